"""A booking the officer looked up by its code: what it is, and cancel or move it (each with a reason)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.nik import masked_last4
from kiosk.session_booking import BookedSession
from kiosk.sessions import session_words
from ui.context import KioskContext
from ui.officer.page import OfficerScreen
from ui.screens.base import button_row
from ui.style import Role
from ui.widgets.basics import button, label

# Stored in the audit trail as they stand, so they carry both languages like [officer] override_reasons.
BOOKING_CANCEL_REASONS = (
    "Pemohon membatalkan / The applicant cancelled",
    "Salah layanan / Wrong service",
    "Data tidak sesuai KTP / Details differ from the KTP",
    "Dugaan calo / Suspected broker",
)
BOOKING_MOVE_REASONS = (
    "Permintaan pemohon / The applicant asked",
    "Pemohon sakit / The applicant is ill",
    "Perubahan layanan kantor / Office schedule changed",
)


class BookingActionsScreen(OfficerScreen):
    """Emits `cancel` or `move` for the booking shown; both are off once it is no longer active."""

    cancel = Signal()
    move = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.booking: BookedSession | None = None
        self.details = label(Role.STRONG, name="booking_details")
        self.status = label(name="booking_status")
        self.page.addWidget(self.details)
        self.page.addWidget(self.status)
        self.page.addStretch(1)
        self.cancel_button = button("cancel_booking", Role.SECONDARY)
        self.move_button = button("move_booking", Role.PRIMARY)
        self.cancel_button.clicked.connect(self.cancel)
        self.move_button.clicked.connect(self.move)
        self.page.addLayout(button_row(self.cancel_button, self.move_button))
        self.bottom(None)
        self.retranslate()

    def show_booking(self, booking: BookedSession) -> None:
        self.booking = booking
        self.retranslate()

    def clear(self) -> None:
        self.booking = None

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Booking"))
        self.cancel_button.setText(self.tr("Cancel booking"))
        self.move_button.setText(self.tr("Move to another session"))
        booking = self.booking
        active = booking is not None and booking.status == "active"
        self.cancel_button.setEnabled(active)
        self.move_button.setEnabled(active)
        if booking is None:
            self.details.setText("")
            self.status.setText("")
            return
        config, language = self.ctx.config, self.ctx.language
        service = config.service(booking.service_code)
        words = session_words(config, booking.day, booking.session_start, booking.session_end, language)
        self.details.setText(
            f"{booking.code}\n{service.name(language) if service else booking.service_code}\n{words}\n"
            f"{booking.name} · NIK {masked_last4(booking.nik_last4)}"
        )
        states = {
            "active": self.tr("Active"),
            "cancelled": self.tr("Cancelled"),
            "moved": self.tr("Moved to another session"),
        }
        self.status.setText(
            self.tr("Status: {status}").format(status=states.get(booking.status, booking.status))
        )
