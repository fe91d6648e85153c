"""The base of the typing screens (NIK, name, phone): a big display, on-screen keys, Back and Next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.errors import KioskError
from ui.context import KioskContext
from ui.screens.base import SPACING, Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label
from ui.widgets.key_grid import BACKSPACE, CLEAR, KeyGrid


class EntryScreen(Screen):
    """Typed text lives here until Next validates it; a refusal is shown inline, nothing is lost."""

    accepted = Signal(str)  # the value as the core normalised it ("" for a skipped optional field)
    back = Signal()
    max_length = 16
    allowed = "0123456789"

    def __init__(self, ctx: KioskContext, keys: KeyGrid, *, keys_beside: bool) -> None:
        super().__init__(ctx)
        self.value = ""
        self.error: KioskError | None = None
        self.title = label(Role.TITLE)
        self.hint = label()
        self.display = label(Role.DISPLAY, name="display", align=Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(88)
        self.error_label = label(Role.ERROR, name="error")
        self.keys = keys
        keys.pressed.connect(self._pressed)
        self.back_button = button("back", Role.SECONDARY)
        self.next_button = button("next", Role.PRIMARY)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.submit)
        self.nav = button_row(self.back_button, self.next_button)

        for widget in (self.title, self.hint, self.error_label):  # across the whole width
            self.page.addWidget(widget)
        self.extras = QVBoxLayout()  # below the display: a subclass's own buttons (Skip)
        self.extras.setSpacing(SPACING)
        if keys_beside:
            left = QVBoxLayout()
            left.setSpacing(SPACING)
            left.addWidget(self.display)
            left.addLayout(self.extras)
            left.addStretch(1)
            left.addLayout(self.nav)
            columns = QHBoxLayout()
            columns.setSpacing(SPACING * 2)
            columns.addLayout(left, 1)
            columns.addWidget(keys, 1)
            self.page.addLayout(columns, 1)
        else:
            self.page.addWidget(self.display)
            self.page.addLayout(self.extras)
            self.page.addWidget(keys, 1)
            self.page.addLayout(self.nav)

    def formatted(self) -> str:
        """The display text for `self.value`."""
        raise NotImplementedError

    def validate(self, value: str) -> str:
        """The value as the core accepts it; raises KioskError with the reason otherwise."""
        raise NotImplementedError

    def set_value(self, value: str) -> None:
        self.value = value
        self.error = None
        self._refresh()

    def clear(self) -> None:
        self.set_value("")

    def submit(self) -> None:
        try:
            accepted = self.validate(self.value)
        except KioskError as refusal:
            self.error = refusal
            self._refresh()
            return
        self.accepted.emit(accepted)

    def _pressed(self, key: str) -> None:
        if key == BACKSPACE:
            self.set_value(self.value[:-1])
        elif key == CLEAR:
            self.set_value("")
        elif key in self.allowed and len(self.value) < self.max_length:
            self.set_value(self.value + key)

    def _refresh(self) -> None:
        self.display.setText(self.formatted())
        self.error_label.setText(self.error.message(self.ctx.language) if self.error else "")
        self.error_label.setVisible(self.error is not None)
        self.hint.setVisible(self.error is None and bool(self.hint.text()))  # a refusal says what to do

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self._refresh()


def grouped(digits: str, size: int = 4) -> str:
    """'3201015508900001' -> '3201 0155 0890 0001'."""
    return " ".join(digits[i : i + size] for i in range(0, len(digits), size))
