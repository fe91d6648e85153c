"""The base of every screen: a page layout, and texts refilled whenever the language changes."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.context import KioskContext
from ui.translation import Retranslating

MARGIN = 40
SPACING = 16


class Screen(Retranslating, QWidget):
    """A page of the kiosk. Subclasses build widgets once and set every text in `retranslate`."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.page = QVBoxLayout(self)
        self.page.setContentsMargins(MARGIN, MARGIN - 16, MARGIN, MARGIN - 16)
        self.page.setSpacing(SPACING)

    def clear(self) -> None:
        """Forget what the visitor typed here (screens without input keep nothing)."""


def button_row(*items: QPushButton | None) -> QHBoxLayout:
    """Buttons side by side across the bottom of a page, sharing its width; None leaves a gap."""
    row = QHBoxLayout()
    row.setSpacing(SPACING)
    for item in items:
        if item is None:
            row.addStretch(1)
        else:
            row.addWidget(item, 1)
    return row
