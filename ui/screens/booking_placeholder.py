"""Booking code: QR check-in is not on this kiosk yet, so send the visitor to the officer."""

from __future__ import annotations

from PySide6.QtCore import Signal

from ui.context import KioskContext
from ui.screens.base import Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label


class BookingPlaceholderScreen(Screen):
    back = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.title = label(Role.TITLE)
        self.coming = label()
        self.meanwhile = label(Role.STRONG)
        self.back_button = button("back", Role.SECONDARY)
        self.back_button.clicked.connect(self.back)
        for widget in (self.title, self.coming, self.meanwhile):
            self.page.addWidget(widget)
        self.page.addStretch(1)
        self.page.addLayout(button_row(self.back_button, None))
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Check in with a booking code"))
        self.coming.setText(
            self.tr("Checking in with the QR code from the app is coming soon to this kiosk.")
        )
        self.meanwhile.setText(
            self.tr("For now, please show your booking code to the officer at the front desk.")
        )
        self.back_button.setText(self.tr("Back"))
