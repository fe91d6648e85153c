"""Full name on the letter keyboard, in capitals as on the KTP."""

from __future__ import annotations

from string import ascii_uppercase

from kiosk.tickets import normalise_name
from ui.context import KioskContext
from ui.screens.entry import EntryScreen
from ui.widgets.key_grid import SPACE
from ui.widgets.keyboard import Keyboard

CURSOR = "▏"


class NameScreen(EntryScreen):
    max_length = 100
    allowed = ascii_uppercase + SPACE + "'.-"

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, Keyboard(ctx.config.kiosk.keyboard), keys_beside=False)
        self.retranslate()

    def formatted(self) -> str:
        return self.value + CURSOR

    def validate(self, value: str) -> str:
        return normalise_name(value)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Type your full name, as on your KTP"))
        super().retranslate()
