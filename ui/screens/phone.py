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
        self.skip_button = button("skip", Role.SECONDARY, "arrow-right")
        self.skip_button.clicked.connect(self.skip)
        self.extras.addWidget(self.skip_button)
        self.retranslate()

    def set_portrait(self, portrait: bool) -> None:
        """On a tall screen Skip joins Back and Next under the keys, so they stay in the middle third."""
        super().set_portrait(portrait)
        self.extras.removeWidget(self.skip_button)
        self.nav.removeWidget(self.skip_button)
        if portrait:
            self.nav.insertWidget(1, self.skip_button, 1)
        else:
            self.extras.addWidget(self.skip_button)

    def skip(self) -> None:
        self.set_value("")
        self.accepted.emit("")

    def formatted(self) -> str:
        return grouped(self.value)

    def validate(self, value: str) -> str:
        return normalise_phone(value) or ""

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your mobile number (you may leave it out)"))
        self.hint.setText(self.tr("No mobile? Tap Skip."))
        self.skip_button.setText(self.tr("Skip"))
        super().retranslate()
