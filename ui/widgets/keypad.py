"""The numeric keypad: 1-9 in phone order, 0, then Clear and Delete as wide keys with words on them."""

from __future__ import annotations

from ui.widgets.key_grid import BACKSPACE, CLEAR, GAP, Key, KeyGrid


class Keypad(KeyGrid):
    """Big digit keys for the NIK and the phone number, on six half-key columns."""

    def __init__(self) -> None:
        digits = [[Key(str(row * 3 + column + 1), 2) for column in range(3)] for row in range(3)]
        zero = [GAP, GAP, Key("0", 2)]
        super().__init__([*digits, zero, [Key(CLEAR, 3), Key(BACKSPACE, 3)]], key_height=86, spacing=12)
