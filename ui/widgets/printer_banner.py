"""Home's printer warning: while the printer cannot print, visitors learn it before they register."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.style import Role
from ui.translation import Retranslating

SIGN = "\u26a0"  # ⚠, drawn by the kiosk's fonts


class PrinterBanner(Retranslating, QLabel):
    """Hidden while the printer prints; otherwise says what is wrong and that numbers are still given."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("printer_warning")
        self.setProperty("role", Role.WARNING.value)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.alert: str | None = None
        self.hide()

    def set_alert(self, alert: str | None) -> None:
        """'paper_out', 'not_printing' (ui.hardware_watch.printer_alert) or None to hide."""
        self.alert = alert
        self.retranslate()
        self.setVisible(alert is not None)

    def retranslate(self) -> None:
        problem = {
            "paper_out": self.tr("The ticket machine has no paper."),
            "not_printing": self.tr("The ticket machine is not working."),
        }.get(self.alert or "", "")
        advice = self.tr("You still get a number. It shows on the screen: show it to the officer.")
        self.setText(f"{SIGN} {problem} {advice}" if problem else "")
