"""The base of every screen: a page layout, and texts refilled whenever the language changes."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from ui.context import KioskContext
from ui.translation import Retranslating

MARGIN = 40
SPACING = 16


class Screen(Retranslating, QWidget):
    """A page of the kiosk. Subclasses build widgets once and set every text in `retranslate`.

    In portrait (a tall screen) the page keeps the lowest third of the window empty (less if a page needs
    more room), so its buttons sit in the middle third, within reach of a standing or seated visitor, not
    at waist height."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.portrait = False
        self.page = QVBoxLayout(self)
        self.page.setContentsMargins(MARGIN, MARGIN - 16, MARGIN, MARGIN - 16)
        self.page.setSpacing(SPACING)
        self.below = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Maximum)

    def clear(self) -> None:
        """Forget what the visitor typed here (screens without input keep nothing)."""

    def overflows(self) -> bool:
        """Whether the page needs more height than it has at its width, wrapped texts included (a screen
        then leaves out what it can do without: larger text on a small screen)."""
        return self.height() > 0 and self.page.totalHeightForWidth(self.width()) > self.height()

    def set_portrait(self, portrait: bool) -> None:
        """Lay the page out for a tall (True) or wide screen; the window calls it when it turns."""
        if self.page.indexOf(self.below) < 0:
            self.page.addSpacerItem(self.below)  # after everything the subclass added
        self.portrait = portrait
        self._fit_below()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_below()

    def _fit_below(self) -> None:
        window = self.window()
        if self.portrait and window is not self:
            bottom = self.mapTo(window, QPoint(0, self.height())).y()
            empty = max(0, window.height() // 3 - (window.height() - bottom))
        else:
            empty = 0
        if empty != self.below.sizeHint().height():
            self.below.changeSize(0, empty, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Maximum)
            self.page.invalidate()


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
