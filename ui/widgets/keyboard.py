"""The letter keyboard for names: capitals, apostrophe, dot, hyphen, space and Delete.

Two letter orders (`kiosk.keyboard`): "abc", alphabetical in rows of ten, for visitors who never typed on
a computer (the default: they find a letter by the alphabet they know), and "qwerty" for those who did.
bench/keyboard_bench.py measures taps and finger travel of both for a list of names."""

from __future__ import annotations

from ui.widgets.key_grid import BACKSPACE, GAP, SPACE, Key, KeyGrid

# Twenty half-key columns, so a row can sit half a key to the right as on a real keyboard.
LAYOUTS = {
    "abc": ("ABCDEFGHIJ", "KLMNOPQRST", "UVWXYZ'.-"),
    "qwerty": ("QWERTYUIOP", "ASDFGHJKL", "ZXCVBNM'.-"),
}


class Keyboard(KeyGrid):
    """Capital letters only: a name is typed as it stands on the KTP."""

    def __init__(self, layout: str = "abc") -> None:
        rows = [[Key(char, 2) for char in row] for row in LAYOUTS[layout]]
        rows[1 if layout == "qwerty" else 2].insert(0, GAP)
        rows.append([GAP, GAP, Key(SPACE, 12), Key(BACKSPACE, 6)])
        super().__init__(rows, key_height=80, spacing=8)
        self.layout_name = layout
