"""A grid of big on-screen keys; the numeric keypad and the letter keyboard are two layouts of it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from ui.style import Role
from ui.translation import Retranslating
from ui.widgets.basics import button

BACKSPACE = "backspace"
CLEAR = "clear"
SPACE = " "
WORD_KEYS = (BACKSPACE, CLEAR, SPACE)  # keys labelled with a word, not with what they type
# Object names for keys whose value is not a letter or digit (tests and screen readers find keys by name).
_NAMES = {SPACE: "space", "'": "apostrophe", ".": "dot", "-": "hyphen", BACKSPACE: BACKSPACE, CLEAR: CLEAR}


@dataclass(frozen=True)
class Key:
    """One key: the value it types (or BACKSPACE / CLEAR), and how many grid columns it spans."""

    value: str
    span: int = 1


MIN_KEY_WIDTH = 72  # a key never gets narrower than this, however tight the screen
GAP = Key("")  # an empty cell, for staggering keyboard rows


def key_name(value: str) -> str:
    """The object name of the key that types `value`: key_7, key_A, key_space, key_backspace…"""
    return f"key_{_NAMES.get(value, value)}"


def _word_labels() -> dict[str, str]:
    """Labels of the keys that show a word rather than their value, in the current language."""
    return {
        BACKSPACE: QCoreApplication.translate("KeyGrid", "⌫ Delete"),
        CLEAR: QCoreApplication.translate("KeyGrid", "Delete all"),
        SPACE: QCoreApplication.translate("KeyGrid", "Space"),
    }


class KeyGrid(Retranslating, QWidget):
    """Emits `pressed(value)` when a key is tapped; keys are named `key_<value>` (e.g. key_7, key_A)."""

    pressed = Signal(str)

    def __init__(self, rows: list[list[Key]], key_height: int, spacing: int = 10) -> None:
        super().__init__()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(spacing)
        self._keys: dict[str, QPushButton] = {}
        for row, keys in enumerate(rows):
            column = 0
            for key in keys:
                if key.value:
                    grid.addWidget(self._make_key(key.value, key_height), row, column, 1, key.span)
                column += key.span
        for column in range(grid.columnCount()):
            grid.setColumnStretch(column, 1)
        self.retranslate()

    def _make_key(self, value: str, height: int) -> QPushButton:
        key = button(key_name(value), Role.KEY)
        key.setProperty("word", value in WORD_KEYS)  # styled in the body font, not the key font
        key.setMinimumSize(MIN_KEY_WIDTH, height)
        key.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)  # equal columns
        key.clicked.connect(lambda: self.pressed.emit(value))
        self._keys[value] = key
        return key

    def retranslate(self) -> None:
        words = _word_labels()
        for value, key in self._keys.items():
            key.setText(words.get(value, value))
