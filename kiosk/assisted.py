"""Assisted entry: what a logged-in officer does at the kiosk, for the officer screen to call.

Register a visitor in the priority lane with a category (and, with a configured reason, past the
one-number-per-NIK rule or the quota), check a booking in by its code, reprint or cancel a ticket, pause
or resume a service, and read today's figures. Each action names the officer's session and is audited in
the same transaction as its change.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol, TypeGuard

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.config import PRIORITY_SERVICE
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.models import Ticket
from kiosk.nik import birth_date, validate_nik
from kiosk.officers import Officers, OfficerSession
from kiosk.pauses import set_paused
from kiosk.reports import CATEGORIES, DayReport, day_report
from kiosk.tickets import IssuedTicket

ELDERLY_AGE, CHILD_AGE = 60, 5
NUMBER_DIGITS = 4  # [[services]] daily_quota is at most 9999
LABEL = re.compile(rf"([A-Z])([0-9]{{1,{NUMBER_DIGITS}}})")  # a queue number as typed: A12, A012, A1000
LABEL_MAX_LENGTH = 1 + NUMBER_DIGITS  # the longest queue number there is to type
# The refusals a reason answers, per action: the officer chooses one and the action is tried again with it.
ANSWERED_BY_REASON: dict[str, frozenset[str]] = {
    "register": frozenset(
        {"duplicate_nik", "quota_exhausted"}
    ),  # an override, from [officer] override_reasons
    "reprint": frozenset({"reprint_reason_required"}),  # the second reprint and later
}


class BookingCheckIn(Protocol):
    """The booking module's check-in (kiosk/checkin.py CheckIn): verifies a typed booking code and stores
    its ticket through TicketService.issue, passing `officer` on so the 'check_in' audit record names
    them; it does not print."""

    def check_in(self, text: str, *, language: str = "id", officer: str | None = None) -> IssuedTicket: ...


def age_on(born: date, day: date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def suggest_category(nik: str, today: date) -> str | None:
    """'elderly' (60 or older) or 'child' (under five) from the NIK's birth date, else None."""
    age = age_on(birth_date(validate_nik(nik, today), today), today)
    return "elderly" if age >= ELDERLY_AGE else "child" if age < CHILD_AGE else None


def find_ticket(session: Session, office: str, today: date, ref: str, *, lock: bool = False) -> Ticket:
    """A ticket by today's number ('A001', 'a1') or by its ticket ID (locked with `lock`); KioskError
    'unknown_ticket' if there is none."""
    ref = ref.strip().upper()
    where = [Ticket.office_code == office]
    label = LABEL.fullmatch(ref)
    if label:
        where += [Ticket.day == today, Ticket.prefix == label[1], Ticket.number == int(label[2])]
    else:
        where.append(Ticket.ticket_id == ref)
    query = select(Ticket).where(*where)
    ticket = session.scalars(query.with_for_update() if lock else query).first()
    if ticket is None:
        raise KioskError("unknown_ticket", ticket=ref)
    return ticket


def reason_answers(action: str, error: Exception) -> TypeGuard[KioskError]:
    """Whether `error`, refusing `action` ('register', 'reprint', …), is lifted by the officer giving a
    reason; the officer screen then asks for one instead of showing the refusal."""
    return isinstance(error, KioskError) and error.code in ANSWERED_BY_REASON.get(action, frozenset())


def _reason(text: str) -> str:
    cleaned = " ".join(text.split())
    if not 3 <= len(cleaned) <= 100:
        raise KioskError("invalid_reason")
    return cleaned


class AssistedDesk:
    """The officer screen's core: every method takes the OfficerSession the screen holds."""

    def __init__(self, desk: Desk, officers: Officers, bookings: BookingCheckIn | None = None) -> None:
        self.desk = desk
        self.tickets = desk.tickets
        self.config = desk.config
        self.db = desk.tickets.db
        self.officers = officers
        self.bookings = bookings

    def suggest_category(self, nik: str) -> str | None:
        return suggest_category(nik, self.tickets.today())

    def register(
        self,
        officer: OfficerSession,
        nik: str,
        name: str,
        category: str,
        *,
        phone: str | None = None,
        override_reason: str | None = None,
        language: str = "id",
    ) -> IssuedTicket:
        """Issue and print a priority-lane ticket; `override_reason` (from [officer] override_reasons)
        lets it past the one-number-per-NIK rule and the quota."""
        self.officers.require_active(officer)
        if category not in CATEGORIES:
            raise KioskError("invalid_category", category=category)
        if override_reason is not None and override_reason not in self.config.officer.override_reasons:
            raise KioskError("invalid_reason")
        ticket = self.tickets.issue(
            PRIORITY_SERVICE,
            nik,
            name,
            phone,
            source="assisted",
            language=language,
            category=category,
            override=override_reason,
            officer=officer.officer,
        )
        return self.desk.print(ticket)

    def check_in(self, officer: OfficerSession, code: str, *, language: str = "id") -> IssuedTicket:
        """Check a booking in by the code the visitor shows, and print its ticket."""
        self.officers.require_active(officer)
        if self.bookings is None:
            raise KioskError("bookings_unavailable")
        return self.desk.print(self.bookings.check_in(code, language=language, officer=officer.officer))

    def find(self, ref: str) -> IssuedTicket:
        """A ticket by today's number ('A001', 'a1') or by its ticket ID."""
        with self.db.read() as session:
            ticket_id = self._ticket(session, ref).ticket_id
        found = self.tickets.get(ticket_id)
        assert found is not None
        return found

    def reprint(self, officer: OfficerSession, ref: str, reason: str | None = None) -> IssuedTicket:
        """Print a ticket again; from the second reprint on, a reason is required."""
        self.officers.require_active(officer)
        with self.db.write() as session:
            ticket = self._waiting(session, ref)
            if ticket.reprint_count >= 1 and not reason:
                raise KioskError("reprint_reason_required", number=ticket.label)
            ticket.reprint_count += 1
            audit.record_ticket(
                session,
                self.db,
                self.config,
                "reprint",
                ticket,
                at=self.tickets.clock(),
                officer=officer.officer,
                reprint=ticket.reprint_count,
                reason=reason and _reason(reason),
            )
            ticket_id = ticket.ticket_id
        return self.desk.print(self.find(ticket_id))

    def cancel(self, officer: OfficerSession, ref: str, reason: str | None = None) -> IssuedTicket:
        """Cancel a waiting ticket; the visitor's NIK may then get a new number today."""
        self.officers.require_active(officer)
        with self.db.write() as session:
            ticket = self._waiting(session, ref)
            ticket.status = "cancelled"
            audit.record_ticket(
                session,
                self.db,
                self.config,
                "cancel",
                ticket,
                at=self.tickets.clock(),
                officer=officer.officer,
                reason=reason and _reason(reason),
            )
            ticket_id = ticket.ticket_id
        return self.find(ticket_id)

    def pause(self, officer: OfficerSession, service_code: str) -> bool:
        """Stop walk-ins for a service; False if it was already paused."""
        return self._set_paused(officer, service_code, True)

    def resume(self, officer: OfficerSession, service_code: str) -> bool:
        """Take walk-ins for a service again; False if it was not paused."""
        return self._set_paused(officer, service_code, False)

    def _set_paused(self, officer: OfficerSession, service_code: str, paused: bool) -> bool:
        self.officers.require_active(officer)
        service = self.tickets.service(service_code, walk_in=False)
        return set_paused(
            self.db, self.config, service, paused, officer=officer.officer, at=self.tickets.clock()
        )

    def today(self) -> DayReport:
        """Today's figures per service (issued, checked in, cancelled, places left, …)."""
        return day_report(self.db, self.config, self.tickets.today())

    def _ticket(self, session: Session, ref: str) -> Ticket:
        return find_ticket(session, self.config.office.code, self.tickets.today(), ref)

    def _waiting(self, session: Session, ref: str) -> Ticket:
        ticket = self._ticket(session, ref)
        if ticket.status == "cancelled":
            raise KioskError("ticket_cancelled", number=ticket.label)
        return ticket
