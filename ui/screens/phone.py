"""Phone number, optional: keypad entry or a big Skip button."""

from __future__ import annotations

from kiosk.tickets import normalise_phone
from ui.context import KioskContext
from ui.screens.entry import EntryScreen, grouped
from ui.style import Role
from ui.widgets.basics import button
from ui.widgets.keypad import Keypad


class PhoneScreen(EntryScreen):
    max_length = 15

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, Keypad(), keys_beside=True)
        self.skip_button = button("skip", Role.SECONDARY)
        self.skip_button.clicked.connect(self.skip)
        self.extras.addWidget(self.skip_button)
        self.retranslate()

    def skip(self) -> None:
        self.set_value("")
        self.accepted.emit("")

    def formatted(self) -> str:
        return grouped(self.value)

    def validate(self, value: str) -> str:
        return normalise_phone(value) or ""

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your phone number (optional)"))
        self.hint.setText(self.tr("So the office can contact you. You may skip this."))
        self.skip_button.setText(self.tr("Skip"))
        super().retranslate()
