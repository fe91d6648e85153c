"""NIK: 16 digits on the keypad, shown as typed in groups of four on one line, with a "12/16" counter.

Next works only at 16 digits. With `auto_submit` (the walk-in) the 16th digit submits by itself: the
structure is checked at once and the flow asks the core about today's tickets before the visitor types
a name, so a visitor who already has a number learns it now, not after the name and the confirmation."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.nik import validate_nik
from ui.context import KioskContext
from ui.screens.entry import EntryScreen, grouped
from ui.style import Role
from ui.widgets.basics import button
from ui.widgets.keypad import Keypad

LENGTH = 16
SCAN_BUTTON_PX = 120  # the big way out of typing for shaking hands


class NikScreen(EntryScreen):
    max_length = LENGTH
    scan_card = Signal()  # "Scan KTP": read the NIK and name from the card (ui/ktp_scan_flow.py)

    def __init__(self, ctx: KioskContext, *, auto_submit: bool = False) -> None:
        super().__init__(ctx, Keypad(), keys_beside=True)
        self.auto_submit = auto_submit
        self.checking = False
        self.counter.show()
        self.scan_button = button("scan_ktp", Role.PRIMARY)
        self.scan_button.setMinimumHeight(SCAN_BUTTON_PX)
        self.scan_button.clicked.connect(self.scan_card)
        self.scan_button.hide()  # shown on a kiosk whose camera can read the card
        self.extras.addWidget(self.scan_button)
        self.retranslate()

    def formatted(self) -> str:
        return grouped(self.value.ljust(LENGTH, "_"))

    def validate(self, value: str) -> str:
        return validate_nik(value, self.ctx.desk.tickets.today())

    def set_busy(self, checking: bool) -> None:
        """While the core looks for today's ticket of this NIK: Next is off and the hint says so."""
        self.checking = checking
        self.retranslate()

    def clear(self) -> None:
        self.checking = False
        super().clear()

    def _pressed(self, key: str) -> None:
        before = self.value
        super()._pressed(key)
        if self.auto_submit and len(self.value) == LENGTH and self.value != before:
            self.submit()

    def _refresh(self) -> None:
        super()._refresh()
        self.counter.setText(
            self.tr("{count} of {length} digits").format(count=len(self.value), length=LENGTH)
        )
        self.next_button.setEnabled(len(self.value) == LENGTH and not self.checking)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Type your NIK (16 digits)"))
        self.hint.setText(
            self.tr("One moment, checking…")
            if self.checking
            else self.tr("The NIK is at the top of your KTP.")
        )
        self.scan_button.setText(self.tr("Scan KTP"))
        super().retranslate()
