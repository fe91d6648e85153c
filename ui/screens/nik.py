"""NIK: 16 digits on the keypad, shown as typed in groups of four so the visitor can check them."""

from __future__ import annotations

from kiosk.nik import validate_nik
from ui.context import KioskContext
from ui.screens.entry import EntryScreen, grouped
from ui.widgets.keypad import Keypad

LENGTH = 16


class NikScreen(EntryScreen):
    max_length = LENGTH

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, Keypad(), keys_beside=True)
        self.retranslate()

    def formatted(self) -> str:
        return grouped(self.value.ljust(LENGTH, "_"))

    def validate(self, value: str) -> str:
        return validate_nik(value, self.ctx.desk.tickets.today())

    def retranslate(self) -> None:
        self.title.setText(self.tr("Type your NIK (16 digits)"))
        self.hint.setText(self.tr("You find it on your KTP (ID card). Check each digit before tapping Next."))
        super().retranslate()
