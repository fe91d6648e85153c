"""The PIN pad: tap your name, type your PIN. A refusal never says whether the name or the PIN was wrong."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup

from kiosk.errors import KioskError
from ui.context import KioskContext
from ui.officer.page import ScrollList
from ui.screens.entry import EntryScreen
from ui.style import Role
from ui.widgets.basics import button
from ui.widgets.keypad import Keypad

DOT = "●"
MIN_PIN = 6


class LoginScreen(EntryScreen):
    """Emits `login(name, pin)`; Log in is off until a name is chosen and at least six digits are typed."""

    login = Signal(str, str)
    max_length = 12

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, Keypad(), keys_beside=True)
        self.busy = False
        self.officer: str | None = None
        self.names = QButtonGroup(self)
        self.names.setExclusive(True)
        self.name_list = ScrollList("officer_names")
        self.extras.addWidget(self.name_list, 1)
        self.no_officers = False
        self.accepted.connect(self._log_in)
        self.clear()
        self.retranslate()

    def show_names(self, names: list[str]) -> None:
        """One toggle per registered officer, one under the other."""
        self.officer = None
        for old in self.names.buttons():
            self.names.removeButton(old)
        toggles = []
        for name in names:
            toggle = button(f"officer_{name}", Role.TOGGLE)
            toggle.setText(name)
            toggle.setCheckable(True)
            toggle.clicked.connect(lambda _=False, name=name: self._choose(name))
            self.names.addButton(toggle)
            toggles.append(toggle)
        self.name_list.set_rows(toggles)
        self.no_officers = not names
        self.retranslate()

    def _choose(self, name: str) -> None:
        self.officer = name
        self._update()

    def _log_in(self, pin: str) -> None:
        if self.officer is not None and not self.busy:
            self.login.emit(self.officer, pin)  # officer mode's ui.background sets this screen busy

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.retranslate()

    def refuse(self, error: KioskError) -> None:
        """The PIN is cleared; the refusal ('name or PIN wrong', or locked) stays until the next key."""
        self.busy = False
        self.set_value("")
        self.error = error
        self.retranslate()

    def clear(self) -> None:
        self.busy = False
        self.officer = None
        for toggle in self.names.buttons():
            toggle.setChecked(False)
        super().clear()

    def formatted(self) -> str:
        return DOT * len(self.value)

    def validate(self, value: str) -> str:
        return value

    def set_value(self, value: str) -> None:
        super().set_value(value)
        self._update()

    def _update(self) -> None:
        ready = self.officer is not None and len(self.value) >= MIN_PIN and not self.busy
        self.next_button.setEnabled(ready)
        self.back_button.setEnabled(not self.busy)  # no way out while the PIN is checked

    def retranslate(self) -> None:
        self.title.setText(self.tr("Officer login"))
        self.hint.setText(
            self.tr("No officer is registered yet: add one with 'kiosk officer add'.")
            if self.no_officers
            else self.tr("Tap your name, then type your PIN.")
        )
        super().retranslate()
        self.back_button.setText(self.tr("Cancel"))
        self.next_button.setText(self.tr("Checking…") if self.busy else self.tr("Log in"))
        self._update()
