"""The letter keyboard for names: QWERTY capitals, apostrophe, dot, hyphen, space and Delete."""

from __future__ import annotations

from ui.widgets.key_grid import BACKSPACE, GAP, SPACE, Key, KeyGrid

# Twenty half-key columns, so the second row can sit half a key to the right as on a real keyboard.
_ROWS = ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM'.-")


class Keyboard(KeyGrid):
    """Capital letters only: a name is typed as it stands on the KTP."""

    def __init__(self) -> None:
        rows = [[Key(char, 2) for char in row] for row in _ROWS]
        rows[1].insert(0, GAP)
        rows.append([GAP, GAP, Key(SPACE, 12), Key(BACKSPACE, 6)])
        super().__init__(rows, key_height=80, spacing=8)
