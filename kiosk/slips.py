"""The booking desk: book (or move) a session, then print its slip. The database, written first, is the truth.

A slip the printer does not take keeps its booking (slip_status 'queued') and prints later, marked as
printed late, through the ticket print queue's retries (`PrintQueue.also_retry`); the visitor meanwhile
has the slip on the screen, its QR large enough to photograph.
"""

from __future__ import annotations

import logging
from datetime import date, time

from kiosk import office_key
from kiosk.config import Config
from kiosk.desk import Desk
from kiosk.ports import PrinterError, TicketPrinter
from kiosk.print_queue import PrintQueue
from kiosk.session_booking import BookedSession, SessionBookings
from kiosk.slip_layout import slip_late_note, slip_layout
from kiosk.ticket_layout import TicketLayout

log = logging.getLogger(__name__)


class SlipDesk:
    """Books through SessionBookings and prints the slip on the kiosk's printer."""

    def __init__(
        self,
        config: Config,
        bookings: SessionBookings,
        printer: TicketPrinter,
        queue: PrintQueue | None = None,
    ) -> None:
        self.config = config
        self.bookings = bookings
        self.printer = printer
        if queue is not None:  # waiting slips print when the queue's tickets do
            queue.also_retry.append(self.retry_pending)

    def book(
        self,
        service_code: str,
        nik: str,
        name: str,
        day: date,
        start: time,
        phone: str | None = None,
        *,
        language: str = "id",
        category: str | None = None,
        officer: str | None = None,
    ) -> BookedSession:
        """Store the booking (KioskError on a refusal), then print its slip."""
        booked = self.bookings.book(
            service_code, nik, name, day, start, phone, category=category, officer=officer, language=language
        )
        return self.print(booked)

    def move(
        self, code: str, day: date, start: time, reason: str, *, officer: str | None = None
    ) -> BookedSession:
        """Move a booking to another session and print the new slip (the old one no longer checks in)."""
        return self.print(self.bookings.move(code, day, start, reason, officer=officer))

    def layout(self, booking: BookedSession, notes: tuple[str, ...] = ()) -> TicketLayout:
        return slip_layout(booking, self.config, booking.language, notes)

    def print(self, booking: BookedSession, notes: tuple[str, ...] = ()) -> BookedSession:
        """Print the slip; a printer fault leaves the booking made, its slip 'queued' for a later print."""
        try:
            self.printer.print_ticket(self.layout(booking, notes), f"slip-{booking.code}")
        except Exception as exc:  # a PrinterError, or any driver fault: the booking stands
            log.warning(
                "slip %s not printed, it waits for the printer: %s",
                booking.code,
                exc,
                exc_info=not isinstance(exc, PrinterError),
            )
            return self.bookings.set_slip_status(booking.code, "queued")
        return self.bookings.set_slip_status(booking.code, "printed")

    def retry_pending(self) -> list[BookedSession]:
        """Print this kiosk's waiting slips, oldest first, marked late; stop at the first that fails."""
        printed = []
        for booking in self.bookings.waiting_slips():
            note = slip_late_note(booking, self.config, booking.language, self.bookings.clock())
            result = self.print(booking, (note,))
            if result.slip_status != "printed":
                break
            printed.append(result)
        return printed


def slip_desk(config: Config, desk: Desk) -> SlipDesk:
    """Booking at `desk`'s kiosk; the office key is made here at first use if there is none (a fresh
    installation needs no step; `kiosk keys init` does the same by hand)."""
    key: office_key.OfficeKey | None = None
    try:
        key, made = office_key.create(config.kiosk.data_dir)
    except OSError as exc:  # a data folder that cannot be written: booking refuses, numbers still work
        log.error("no office key in %s: %s", office_key.key_dir(config.kiosk.data_dir), exc)
    else:
        if made:
            log.info("office key made in %s", office_key.key_dir(config.kiosk.data_dir))
    bookings = SessionBookings(config, desk.tickets.db, key, desk.tickets.clock)
    return SlipDesk(config, bookings, desk.printer, desk.print_queue)
