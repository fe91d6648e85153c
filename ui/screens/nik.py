"""NIK: 16 digits on the keypad, shown as typed in groups of four so the visitor can check them."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.nik import validate_nik
from ui.context import KioskContext
from ui.screens.entry import EntryScreen, grouped
from ui.style import Role
from ui.widgets.basics import button
from ui.widgets.keypad import Keypad

LENGTH = 16
SCAN_BUTTON_PX = 120  # the big way out of typing for shaking hands


class NikScreen(EntryScreen):
    max_length = LENGTH
    scan_card = Signal()  # "Scan KTP": read the NIK and name from the card (ui/ktp_scan_flow.py)

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, Keypad(), keys_beside=True)
        self.scan_button = button("scan_ktp", Role.PRIMARY)
        self.scan_button.setMinimumHeight(SCAN_BUTTON_PX)
        self.scan_button.clicked.connect(self.scan_card)
        self.scan_button.hide()  # shown on a kiosk whose camera can read the card
        self.extras.addWidget(self.scan_button)
        self.retranslate()

    def formatted(self) -> str:
        return grouped(self.value.ljust(LENGTH, "_"))

    def validate(self, value: str) -> str:
        return validate_nik(value, self.ctx.desk.tickets.today())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Type your NIK (16 digits)"))
        self.hint.setText(self.tr("You find it on your KTP (ID card). Check each digit before tapping Next."))
        self.scan_button.setText(self.tr("Scan KTP"))
        super().retranslate()
