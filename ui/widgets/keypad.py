"""The numeric keypad: 1-9 in phone order, then "Delete all" beside 0 and Delete across the bottom, both
wide enough for their words."""

from __future__ import annotations

from ui.widgets.key_grid import BACKSPACE, CLEAR, Key, KeyGrid


class Keypad(KeyGrid):
    """Big digit keys for the NIK and the phone number, on six half-key columns."""

    def __init__(self) -> None:
        digits = [[Key(str(row * 3 + column + 1), 2) for column in range(3)] for row in range(3)]
        zero = [Key(CLEAR, 4), Key("0", 2)]
        super().__init__([*digits, zero, [Key(BACKSPACE, 6)]], key_height=86, spacing=12)
