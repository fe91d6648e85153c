"""Checking in a booked visitor: read what the QR claims, verify it, issue the ticket through TicketService.

Refusals, in the order they are checked: not_a_booking, booking_forged (a signed QR whose signature no
configured key verifies), booking_invalid (signed, but a field cannot be used), booking_unknown (a bare
code not in the imported list), booking_wrong_office,
booking_wrong_date, unknown_service, booking_used (showing the ticket it got), booking_too_early /
booking_too_late (the session, opened `booking.early_minutes` before its start and closed
`booking.late_minutes` after its end). Issuing then applies the ticket rules: office hours, and one ticket
per NIK for an imported booking (a signed QR carries only the NIK's last 4 digits, so there only the
booking's once-only rule holds). A booking is not refused for the daily quota.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from kiosk.booking_formats import parse_claim
from kiosk.bookings import Booking, CodeClaim, SignedClaim, find_booking
from kiosk.config import Config
from kiosk.errors import KioskError
from kiosk.office_time import format_clock, format_date, local
from kiosk.tickets import IssuedTicket, TicketService


def booking_text(texts: Sequence[str]) -> str:
    """Of the texts decoded from one picture, the first that is a booking (else the first, to be refused)."""
    if not texts:
        raise KioskError("qr_unreadable")
    return next((t for t in texts if parse_claim(t) is not None), texts[0])


class CheckIn:
    """Verifies booking QRs for this office and issues their tickets."""

    def __init__(self, config: Config, tickets: TicketService) -> None:
        self.config = config
        self.tickets = tickets
        self._keys = [Ed25519PublicKey.from_public_bytes(key) for key in config.booking.public_keys]

    def verify(self, text: str) -> Booking:
        """The booking `text` (a scanned QR or typed code) stands for, if it may check in now.

        Reads only; raises KioskError with the refusal."""
        claim = parse_claim(text)
        if claim is None:
            raise KioskError("not_a_booking")
        booking = self._signed(claim) if isinstance(claim, SignedClaim) else self._imported(claim)
        office = self.config.office
        if booking.office_code != office.code:
            raise KioskError(
                "booking_wrong_office", booking=booking.code, office=booking.office_code, here=office.code
            )
        today = self.tickets.today()
        if booking.day != today:
            raise KioskError(
                "booking_wrong_date",
                booking=booking.code,
                date_id=format_date(booking.day, "id"),
                date_en=format_date(booking.day, "en"),
            )
        self.tickets.service(booking.service_code, walk_in=False)  # 'unknown_service'
        self.tickets.require_unused_booking(booking.code, today)
        self._require_session(booking)
        return booking

    def check_in(self, text: str, *, language: str = "id", officer: str | None = None) -> IssuedTicket:
        """Verify `text` and issue the booking's ticket (not printed yet: Desk.print does that); `officer`
        is the one who typed the code for the visitor, for the audit trail."""
        booking = self.verify(text)
        return self.tickets.issue(
            booking.service_code,
            None,
            booking.name,
            source="booking",
            language=language,
            booking=booking.ref(),
            officer=officer,
        )

    def _signed(self, claim: SignedClaim) -> Booking:
        for key in self._keys:
            try:
                key.verify(claim.signature, claim.payload)
            except InvalidSignature:
                continue
            return claim.booking()
        raise KioskError("booking_forged")

    def _imported(self, claim: CodeClaim) -> Booking:
        booking = find_booking(self.tickets.db, self.config.office.code, claim.code, self.tickets.today())
        if booking is None:
            raise KioskError("booking_unknown", booking=claim.code)
        return booking

    def _require_session(self, booking: Booking) -> None:
        office, settings = self.config.office, self.config.booking
        start = datetime.combine(booking.day, booking.session_start, tzinfo=office.timezone)
        end = datetime.combine(booking.day, booking.session_end, tzinfo=office.timezone)
        session = f"{start:%H:%M}–{format_clock(end)}"
        now = local(office, self.tickets.clock())
        opens = start - timedelta(minutes=settings.early_minutes)
        if now < opens:
            raise KioskError("booking_too_early", session=session, opens=format_clock(opens))
        closes = end + timedelta(minutes=settings.late_minutes)
        if now >= closes:
            raise KioskError("booking_too_late", session=session, closes=format_clock(closes))
