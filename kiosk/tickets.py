"""Issuing tickets: the one path that walk-in, check-in and assisted entry all go through.

The number is taken from a counter row per office, service and office-local day, in the same write
transaction that stores the ticket and checks the quota and the one-ticket-per-NIK rule, so a number
is never doubled or skipped, however many kiosks share the database.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kiosk import audit, change_feed
from kiosk.call_order import due_time
from kiosk.config import Config, ServiceConfig
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import Meta, Ticket, TicketCounter
from kiosk.nik import last4, nik_key, validate_nik
from kiosk.office_time import format_clock, local, require_open
from kiosk.pauses import refuse_if_paused
from kiosk.queue_line import QueueSnapshot
from kiosk.sessions import earliest_free, offer, require_walk_in

Clock = Callable[[], datetime]
SOURCES = ("walkin", "booking", "assisted")
_NAME = re.compile(r"[A-Z][A-Z .,'-]{0,98}[A-Z.]")


def utc_now() -> datetime:
    return datetime.now(UTC)


def nik_secret(session: Session) -> bytes:
    """The database's secret for NIK keys (kiosk_meta 'nik_secret', made by the first migration)."""
    return bytes.fromhex(session.get_one(Meta, "nik_secret").value)


@dataclass(frozen=True)
class BookingRef:
    """The booking a check-in ticket is issued for: its code, its session, who booked (no full NIK)."""

    code: str
    session_start: time
    session_end: time
    nik_key: str | None  # None when the booking does not say (a signed QR carries only the last 4)
    nik_last4: str


@dataclass(frozen=True)
class IssuedTicket:
    """A stored ticket as screens, printers and the CLI see it (no full NIK)."""

    ticket_id: str
    label: str
    service_code: str
    day: date
    issued_at: datetime
    people_ahead: int
    source: str
    status: str
    nik_last4: str | None
    name: str | None
    kiosk_id: str
    language: str
    print_status: str
    printed_at: datetime | None
    booking_code: str | None = None
    session_start: time | None = None
    session_end: time | None = None
    queue_service: str | None = None  # the line it waits in now (a transfer moves it)
    counter: int | None = None  # the counter that called it
    called_at: datetime | None = None
    recalls: int = 0
    expected_call: datetime | None = None  # the wait estimate, when there is one (kiosk/queue_line.py)
    category: str | None = None  # the priority lane's: elderly | disability | pregnancy | child

    @classmethod
    def of(cls, ticket: Ticket, people_ahead: int, expected_call: datetime | None = None) -> IssuedTicket:
        return cls(
            ticket.ticket_id,
            ticket.label,
            ticket.service_code,
            ticket.day,
            ticket.issued_at,
            people_ahead,
            ticket.source,
            ticket.status,
            ticket.nik_last4,
            ticket.name,
            ticket.kiosk_id,
            ticket.language,
            ticket.print_status,
            ticket.printed_at,
            booking_code=ticket.booking_code,
            session_start=ticket.session_start,
            session_end=ticket.session_end,
            queue_service=ticket.queue_service,
            counter=ticket.counter,
            called_at=ticket.called_at,
            recalls=ticket.recalls or 0,
            expected_call=expected_call,
            category=ticket.category,
        )

    def as_json(self) -> dict[str, object]:
        return {
            "ticket_id": self.ticket_id,
            "number": self.label,
            "service": self.service_code,
            "people_ahead": self.people_ahead,
            "issued_at": self.issued_at.isoformat(),
            "day": self.day.isoformat(),
            "source": self.source,
            "status": self.status,
            "nik_last4": self.nik_last4,
            "kiosk_id": self.kiosk_id,
            "print_status": self.print_status,
            "booking": None
            if self.booking_code is None
            else {
                "code": self.booking_code,
                "session": f"{self.session_start:%H:%M}-{self.session_end:%H:%M}",
            },
            "queue_service": self.queue_service,
            "counter": self.counter,
            "called_at": self.called_at and self.called_at.isoformat(),
            "recalls": self.recalls,
            "expected_call": self.expected_call and self.expected_call.isoformat(),
        }


def normalise_name(name: str) -> str:
    """Upper-case with single spaces, as on a KTP; raise KioskError('invalid_name') if unusable."""
    cleaned = " ".join(name.upper().split())
    if not _NAME.fullmatch(cleaned):
        raise KioskError("invalid_name")
    return cleaned


def normalise_phone(phone: str | None) -> str | None:
    if not phone:
        return None
    digits = phone.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"\+?[0-9]{9,15}", digits):
        raise KioskError("invalid_phone")
    return digits


def places_left(session: Session, config: Config, day: date) -> dict[str, int]:
    """Per service code, how many numbers of the daily quota the counters leave free on `day`."""
    used: dict[str, int] = dict(
        session.execute(  # type: ignore[arg-type]
            select(TicketCounter.service_code, TicketCounter.last_number).where(
                TicketCounter.office_code == config.office.code, TicketCounter.day == day
            )
        ).all()
    )
    return {s.code: max(0, s.daily_quota - used.get(s.code, 0)) for s in config.services}


def placed(ticket: Ticket, line: QueueSnapshot) -> IssuedTicket:
    """The ticket with its place in `line` (people ahead, expected call)."""
    return IssuedTicket.of(ticket, line.people_ahead(ticket), line.expected_call(ticket))


class TicketService:
    """Issues and reads tickets for one office and kiosk."""

    def __init__(self, config: Config, db: Database, clock: Clock = utc_now) -> None:
        self.config = config
        self.db = db
        self.clock = clock
        self._secret: bytes | None = None

    def today(self) -> date:
        return local(self.config.office, self.clock()).date()

    def require_open(self) -> None:
        require_open(self.config.office, self.clock())

    def service(self, code: str, *, walk_in: bool) -> ServiceConfig:
        service = self.config.service(code)
        if service is None:
            raise KioskError("unknown_service", service=code)
        if walk_in and not service.walk_in:
            raise KioskError("service_not_offered", service_id=service.name_id, service_en=service.name_en)
        return service

    def issue(
        self,
        service_code: str,
        nik: str | None,
        name: str,
        phone: str | None = None,
        *,
        source: str = "walkin",
        language: str = "id",
        booking: BookingRef | None = None,
        category: str | None = None,
        override: str | None = None,
        officer: str | None = None,
    ) -> IssuedTicket:
        """Check the rules and store a new ticket with the next number; raise KioskError on a refusal.

        A check-in (source 'booking') gives `booking` instead of a NIK: the booking names the visitor,
        gives one ticket only ('booking_used'), and is not refused for the daily quota (the booking
        system has already counted it). The one-ticket-per-NIK rule applies when the booking has a NIK key.
        Officer mode (kiosk/assisted.py) passes the `officer`, a priority `category`, and an `override`
        reason that lifts the one-ticket-per-NIK rule and the quota. A paused service refuses walk-ins.
        The audit record is written in the same transaction.
        """
        by_booking = source == "booking"
        if source not in SOURCES or by_booking != (booking is not None) or by_booking != (nik is None):
            raise ValueError(f"source {source!r}: a booking ticket takes a booking and no NIK, others a NIK")
        service = self.service(service_code, walk_in=source == "walkin")
        now = self.clock()
        require_open(self.config.office, now)
        day = local(self.config.office, now).date()
        if nik is not None:
            validate_nik(nik, day)
        name = normalise_name(name)
        phone = normalise_phone(phone)
        office = self.config.office.code
        with self.db.write() as session:
            if source == "walkin":
                refuse_if_paused(session, self.config, service)
            if booking is None and override is None:
                require_walk_in(session, self.config, service, now)
            key: str | None
            if booking is None:
                assert nik is not None
                key, nik_last4 = nik_key(nik, self._nik_secret(session)), last4(nik)
            else:
                key, nik_last4 = booking.nik_key, booking.nik_last4
                self.db.lock(session, f"booking:{booking.code}")
                self._require_unused(session, day, booking.code)
            if key is not None:
                self.db.lock(session, key)
                existing = self._active_for(session, day, key)
                if existing is not None and override is None:
                    raise KioskError("duplicate_nik", number=existing.label)
            number = self._next_number(session, service, day, quota=booking is None and override is None)
            ticket = Ticket(
                ticket_id=f"{office}-{day:%Y%m%d}-{service.prefix}{number:03d}-{secrets.token_hex(3).upper()}",
                office_code=office,
                kiosk_id=self.config.kiosk.id,
                service_code=service.code,
                prefix=service.prefix,
                day=day,
                number=number,
                issued_at=now,
                source=source,
                status="waiting",
                nik_key=key,
                nik_last4=nik_last4,
                name=name,
                phone=phone,
                language=language,
                print_status="pending",
                printed_at=None,
                print_attempts=0,
                booking_code=booking and booking.code,
                session_start=booking and booking.session_start,
                session_end=booking and booking.session_end,
                due_at=due_time(now, day, booking and booking.session_start, self.config.office.timezone),
                category=category,
                override_reason=override,
                officer=officer,
                reprint_count=0,
            )
            session.add(ticket)
            session.flush()
            self.db.commit_probe(session, select(Ticket.id).where(Ticket.ticket_id == ticket.ticket_id))
            # The line read after the number is taken (a ticket of the service numbered before this one is
            # committed by now) and before the audit chain's head is locked (held by every kiosk and counter).
            line = QueueSnapshot.read(session, self.config, now, day)
            audit.record_issue(session, self.db, self.config, ticket, ride=True)
            change_feed.publish(
                session, office, "ticket", now, number=ticket.label, service=service.code, source=source
            )
        # After the commit, without the database: a stored ticket is never reported as failed.
        return placed(ticket, line)

    def check_nik(self, nik: str) -> None:
        """Refuse a walk-in's NIK as `issue` would, as soon as it is typed: its structure, and an active
        ticket today ('duplicate_nik' with that number). Only reads; `issue` checks both again."""
        day = self.today()
        validate_nik(nik, day)
        with self.db.read() as session:
            existing = self._active_for(session, day, nik_key(nik, self._nik_secret(session)))
        if existing is not None:
            raise KioskError("duplicate_nik", number=existing.label)

    def _nik_secret(self, session: Session) -> bytes:
        if self._secret is None:
            self._secret = nik_secret(session)
        return self._secret

    def require_unused_booking(self, code: str, day: date) -> None:
        """Refuse with 'booking_used' (showing the ticket) if booking `code` already has a ticket on `day`."""
        with self.db.read() as session:
            self._require_unused(session, day, code)

    def _require_unused(self, session: Session, day: date, code: str) -> None:
        ticket = session.scalars(
            select(Ticket).where(
                Ticket.office_code == self.config.office.code, Ticket.day == day, Ticket.booking_code == code
            )
        ).first()
        if ticket is not None:
            raise KioskError(
                "booking_used",
                booking=code,
                number=ticket.label,
                time=format_clock(local(self.config.office, ticket.issued_at)),
            )

    def _active_for(self, session: Session, day: date, key: str) -> Ticket | None:
        return session.scalars(
            select(Ticket)
            .where(
                Ticket.office_code == self.config.office.code,
                Ticket.day == day,
                Ticket.nik_key == key,
                Ticket.status != "cancelled",
            )
            .limit(1)
        ).first()

    def _next_number(self, session: Session, service: ServiceConfig, day: date, *, quota: bool = True) -> int:
        """Take the next number from the counter row (made on first use); if `quota`, within the quota."""
        office = self.config.office.code
        insert = sqlite_insert if self.db.is_sqlite else pg_insert
        first = insert(TicketCounter).values(
            office_code=office, service_code=service.code, day=day, last_number=1
        )
        number = session.scalars(  # one statement: the row made on first use, else stepped (and locked)
            first.on_conflict_do_update(
                index_elements=[TicketCounter.office_code, TicketCounter.service_code, TicketCounter.day],
                set_={"last_number": TicketCounter.last_number + 1},
            ).returning(TicketCounter.last_number)
        ).one()
        if quota and number > service.daily_quota:
            raise self._quota_refusal(session, service)
        return number

    def view(self, session: Session, ticket: Ticket, line: QueueSnapshot | None = None) -> IssuedTicket:
        """The ticket with its live place in the line (read now unless `line` is given)."""
        return placed(ticket, line or QueueSnapshot.read(session, self.config, self.clock(), ticket.day))

    def _quota_refusal(self, session: Session, service: ServiceConfig) -> KioskError:
        """'quota_exhausted', offering the earliest free session of a bookable service."""
        refusal = KioskError("quota_exhausted", service_id=service.name_id, service_en=service.name_en)
        if service.booking:
            earliest = earliest_free(session, self.config, self.clock(), service.code)
            refusal.params.update(offer(self.config, earliest))
        return refusal

    def require_walk_in(self, service_code: str) -> None:
        """Before a visitor types anything: refuse a walk-in for `service_code` now, as issuing would
        ('walk_in_closed' in online_only, 'quota_exhausted' when full; both offer a session)."""
        service = self.service(service_code, walk_in=True)
        with self.db.read() as session:
            require_walk_in(session, self.config, service, self.clock())
            if places_left(session, self.config, self.today())[service.code] <= 0:
                raise self._quota_refusal(session, service)

    def places_left(self) -> dict[str, int]:
        """Per service code, how many numbers are still free today."""
        with self.db.read() as session:
            return places_left(session, self.config, self.today())

    def get(self, ticket_id: str) -> IssuedTicket | None:
        with self.db.read() as session:
            ticket = session.scalars(select(Ticket).where(Ticket.ticket_id == ticket_id)).first()
            return None if ticket is None else self.view(session, ticket)

    def list_day(self, day: date | None = None) -> list[IssuedTicket]:
        """Every ticket of the office on `day` (default today), in the order they were issued."""
        day = day or self.today()
        with self.db.read() as session:
            tickets = session.scalars(
                select(Ticket)
                .where(Ticket.office_code == self.config.office.code, Ticket.day == day)
                .order_by(Ticket.issued_at, Ticket.id)
            ).all()
            line = QueueSnapshot.read(session, self.config, self.clock(), day)
            return [self.view(session, t, line) for t in tickets]

    def set_print_status(self, ticket_id: str, status: str) -> IssuedTicket:
        """Record a print attempt's outcome: 'printed' (with the time) or 'queued'."""
        with self.db.write() as session:
            ticket = session.scalars(select(Ticket).where(Ticket.ticket_id == ticket_id)).one()
            ticket.print_status = status
            ticket.print_attempts += 1
            if status == "printed":
                ticket.printed_at = self.clock()
            session.flush()
            return self.view(session, ticket)
