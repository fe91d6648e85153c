"""The officer's typing screens: a visitor's booking code (the visitors' own booking-code screen, with the
core's refusal shown in place) and a queue number such as A012 on the same keyboard."""

from __future__ import annotations

from string import ascii_uppercase, digits

from kiosk.assisted import LABEL, LABEL_MAX_LENGTH
from kiosk.errors import KioskError
from ui.context import KioskContext
from ui.screens.booking_code import BookingCodeScreen, CodeKeyboard
from ui.screens.entry import EntryScreen
from ui.screens.name import CURSOR


class BookingEntryScreen(BookingCodeScreen):
    """The code of a booked visitor whose phone is dead; `refuse` keeps what was typed."""

    def refuse(self, error: KioskError) -> None:
        self.error = error
        self._refresh()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Type the visitor's booking code"))


class NumberScreen(EntryScreen):
    """A queue number of today's: a letter and its digits, as long as the core's LABEL allows (A1000)."""

    max_length = LABEL_MAX_LENGTH
    allowed = ascii_uppercase + digits

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, CodeKeyboard(), keys_beside=False)
        self.retranslate()

    def formatted(self) -> str:
        return self.value + CURSOR

    def validate(self, value: str) -> str:
        if not LABEL.fullmatch(value):
            raise KioskError("unknown_ticket", ticket=value)
        return value

    def refuse(self, error: KioskError) -> None:
        """Show the core's refusal under the title, keeping what was typed."""
        self.error = error
        self._refresh()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Type the queue number"))
        self.hint.setText(self.tr("As printed on the ticket, for example A012."))
        super().retranslate()
        self.next_button.setText(self.tr("Find"))
