"""The orange strip across the top of the window while an officer is logged in, with their name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.style import INK
from ui.translation import Retranslating

ORANGE = "#FF9800"  # with INK text: 9.5:1


class OfficerBanner(Retranslating, QLabel):
    """Hidden in visitor mode; on every officer screen it says who is logged in."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("officer_banner")
        self.officer: str | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(
            f"QLabel#officer_banner {{ background: {ORANGE}; color: {INK}; font-size: 28px;"
            f" font-weight: bold; padding: 4px; border-bottom: 4px solid {INK}; }}"
        )
        self.hide()

    def show_officer(self, name: str | None) -> None:
        self.officer = name
        self.retranslate()
        self.setVisible(name is not None)

    def retranslate(self) -> None:
        self.setText(self.tr("OFFICER MODE — {name}").format(name=self.officer or ""))
