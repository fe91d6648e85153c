"""Scan: the live camera picture with its square, how to hold the QR code, and typing the code instead."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ui.context import KioskContext
from ui.screens.base import SPACING, Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label
from ui.widgets.camera_view import CameraView


class ScanScreen(Screen):
    """The camera runs only while this screen shows (the check-in flow starts and stops it)."""

    back = Signal()
    type_code = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.title = label(Role.TITLE)
        self.view = CameraView()
        self.aim = label(Role.STRONG, name="scan_aim")
        self.tips = label(name="scan_tips")
        self.checking = label(Role.STRONG, name="scan_checking")
        text = QVBoxLayout()
        text.setSpacing(SPACING)
        for widget in (self.aim, self.tips, self.checking):
            text.addWidget(widget)
        text.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(SPACING * 2)
        columns.addWidget(self.view, 1)
        columns.addLayout(text, 1)
        self.back_button = button("back", Role.SECONDARY, "arrow-left")
        self.type_button = button("type_code", Role.SECONDARY, "keyboard")
        self.back_button.clicked.connect(self.back)
        self.type_button.clicked.connect(self.type_code)
        self.page.addWidget(self.title)
        self.page.addLayout(columns, 1)
        self.page.addLayout(button_row(self.back_button, self.type_button))
        self.set_busy(False)
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        """While a code that was read is checked: say so, and keep the visitor from leaving mid-way."""
        self.checking.setVisible(busy)
        self.type_button.setEnabled(not busy)

    def clear(self) -> None:
        self.view.clear()
        self.set_busy(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Show your booking QR code to the camera"))
        self.aim.setText(self.tr("Hold the QR code inside the square"))
        self.tips.setText(
            self.tr("Hold it still, about 20 cm from the camera. On a phone, make the screen brighter.")
        )
        self.checking.setText(self.tr("One moment, checking…"))
        self.back_button.setText(self.tr("Back"))
        self.type_button.setText(self.tr("Type the code"))
