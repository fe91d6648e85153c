"""Confirmation: the visitor checks service, masked NIK, name and phone, then takes a number."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout

from kiosk.nik import mask
from ui.context import KioskContext
from ui.screens.base import SPACING, Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label


class ConfirmScreen(Screen):
    confirmed = Signal()
    back = Signal()
    add_phone = Signal()  # the phone number is optional: typed from here, not a step of its own

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.busy = False
        self.title = label(Role.TITLE)
        self.page.addWidget(self.title)
        rows = QGridLayout()
        rows.setHorizontalSpacing(SPACING * 2)
        rows.setVerticalSpacing(SPACING)
        self.captions = {key: label() for key in ("service", "nik", "name", "phone")}
        self.values = {key: label(Role.STRONG, name=f"confirm_{key}") for key in self.captions}
        for row, key in enumerate(self.captions):
            rows.addWidget(self.captions[key], row, 0)
            rows.addWidget(self.values[key], row, 1)
        self.phone_button = button("add_phone", Role.SECONDARY)
        self.phone_button.clicked.connect(self.add_phone)
        rows.addWidget(self.phone_button, len(self.captions), 1)
        rows.setColumnStretch(1, 1)
        self.page.addLayout(rows)
        self.page.addStretch(1)
        self.change_button = button("change", Role.SECONDARY, "arrow-left")
        self.confirm_button = button("confirm", Role.PRIMARY, "check")
        self.change_button.clicked.connect(self.back)
        self.confirm_button.clicked.connect(self._confirm)
        self.page.addLayout(button_row(self.change_button, self.confirm_button))
        self.retranslate()

    def _confirm(self) -> None:
        if not self.busy:  # a second tap while the ticket is being issued does nothing
            self.confirmed.emit()  # the flow's ui.background sets this screen busy, and frees it

    def clear(self) -> None:
        """A new visit: the buttons work again, even if an earlier visit's ticket is still being issued."""
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        """While the ticket is issued and printed, both buttons are off (no double tickets)."""
        self.busy = busy
        self.confirm_button.setEnabled(not busy)
        self.change_button.setEnabled(not busy)
        self.phone_button.setEnabled(not busy)
        self.retranslate()

    def retranslate(self) -> None:
        visit = self.ctx.visit
        self.title.setText(self.tr("Please check your details"))
        self.captions["service"].setText(self.tr("Service"))
        self.captions["nik"].setText(self.tr("NIK"))
        self.captions["name"].setText(self.tr("Name"))
        self.captions["phone"].setText(self.tr("Mobile number"))
        self.values["service"].setText(visit.service.name(self.ctx.language) if visit.service else "")
        self.values["nik"].setText(mask(visit.nik))
        self.values["name"].setText(visit.name)
        self.values["phone"].setText(visit.phone or self.tr("Not given"))
        self.phone_button.setText(
            self.tr("Change the mobile number") if visit.phone else self.tr("Add a mobile number")
        )
        self.change_button.setText(self.tr("Change"))
        self.confirm_button.setText(
            self.tr("Printing your number…") if self.busy else self.tr("Confirm, take my number")
        )
