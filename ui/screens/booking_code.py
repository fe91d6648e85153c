"""Typing the booking code: when the camera is missing, or the visitor prefers to. The office code and its
dash are already there ('TGU-'); the visitor types the 4 to 12 letters and digits after them."""

from __future__ import annotations

from string import ascii_uppercase, digits

from kiosk.bookings import BOOKING_CODE
from kiosk.errors import KioskError
from ui.context import KioskContext
from ui.screens.entry import EntryScreen
from ui.screens.name import CURSOR
from ui.widgets.key_grid import BACKSPACE, GAP, Key, KeyGrid


class CodeKeyboard(KeyGrid):
    """Digits over QWERTY capitals on twenty half-key columns, the second letter row half a key in."""

    def __init__(self) -> None:
        rows = [
            [Key(char, 2) for char in row] for row in ("1234567890", "QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM")
        ]
        rows[2].insert(0, GAP)
        rows[3] += [GAP, Key(BACKSPACE, 5)]
        super().__init__(rows, key_height=80, spacing=8)


class BookingCodeScreen(EntryScreen):
    """Emits `accepted` with the whole code ('TGU-8F2K91'); the check-in flow checks it in."""

    max_length = 12
    allowed = ascii_uppercase + digits

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, CodeKeyboard(), keys_beside=False)
        self.camera_missing = False
        self.retranslate()

    @property
    def prefix(self) -> str:
        return f"{self.ctx.config.office.code}-"

    def set_camera_missing(self, missing: bool) -> None:
        """Say (or stop saying) that the camera is not working, so typing is the way today."""
        self.camera_missing = missing
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        """While the code is checked, Next is off: one tap, one check-in."""
        self.next_button.setEnabled(not busy)

    def clear(self) -> None:
        self.camera_missing = False
        self.set_busy(False)
        super().clear()
        self.retranslate()

    def formatted(self) -> str:
        return self.prefix + self.value + CURSOR

    def validate(self, value: str) -> str:
        code = self.prefix + value
        if not BOOKING_CODE.fullmatch(code):
            raise KioskError("booking_code_incomplete", office=self.ctx.config.office.code)
        return code

    def retranslate(self) -> None:
        self.title.setText(self.tr("Type your booking code"))
        self.hint.setText(  # one line, even in larger text on a 1024-pixel screen
            self.tr("The camera is not working. Please type the code.")
            if self.camera_missing
            else self.tr("The code is in your app, for example {example}.").format(
                example=self.prefix + "8F2K91"
            )
        )
        super().retranslate()
