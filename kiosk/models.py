"""The ORM models (SQLAlchemy 2 typed). The tables themselves are made by kiosk/migrations."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from sqlalchemy import Date, DateTime, Integer, String, Text, Time, TypeDecorator, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """Stores naive UTC, returns aware UTC: the same on SQLite and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key-value facts about this database: the schema version, the NIK hashing secret."""

    __tablename__ = "kiosk_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))


class TicketCounter(Base):
    """The last number given per office, service and office-local day; locked while a ticket is made."""

    __tablename__ = "ticket_counters"
    office_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last_number: Mapped[int] = mapped_column(Integer)


class Ticket(Base):
    """One issued queue ticket. Personal data (name, phone, NIK key) can be purged; the counts stay."""

    __tablename__ = "tickets"
    __table_args__ = (
        UniqueConstraint("office_code", "service_code", "day", "number", name="uq_ticket_number"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ticket_id: Mapped[str] = mapped_column(String(40), unique=True)
    office_code: Mapped[str] = mapped_column(String(8))
    kiosk_id: Mapped[str] = mapped_column(String(32))
    service_code: Mapped[str] = mapped_column(String(32))
    prefix: Mapped[str] = mapped_column(String(1))
    day: Mapped[date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    source: Mapped[str] = mapped_column(String(16))  # walkin | booking | assisted
    status: Mapped[str] = mapped_column(String(16))  # waiting | called | done | no_show | cancelled
    nik_key: Mapped[str | None] = mapped_column(String(64))
    nik_last4: Mapped[str | None] = mapped_column(String(4))
    name: Mapped[str | None] = mapped_column(String(100))
    phone: Mapped[str | None] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(2))
    print_status: Mapped[str] = mapped_column(String(16))  # pending | printed | queued
    printed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    print_attempts: Mapped[int] = mapped_column(Integer)
    category: Mapped[str | None] = mapped_column(String(16))  # priority lane: elderly | disability | …
    override_reason: Mapped[str | None] = mapped_column(String(100))  # set when an officer overrode a rule
    officer: Mapped[str | None] = mapped_column(String(40))  # who issued it in assisted mode
    reprint_count: Mapped[int] = mapped_column(Integer, default=0)
    booking_code: Mapped[str | None] = mapped_column(String(32))  # set when checked in with a booking
    session_start: Mapped[time | None] = mapped_column(Time)  # the booked session, office time
    session_end: Mapped[time | None] = mapped_column(Time)
    # Calling (kiosk/calling.py). queue_service: the line it waits in now (a transfer moves it), at first
    # the service it was numbered in.
    queue_service: Mapped[str] = mapped_column(
        String(32), default=lambda ctx: ctx.get_current_parameters()["service_code"]
    )
    counter: Mapped[int | None] = mapped_column(Integer)  # the counter that called it last
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    first_called_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # for the waiting-time report
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # done or no_show
    recalls: Mapped[int] = mapped_column(Integer, default=0)
    called_by: Mapped[str | None] = mapped_column(String(40))  # the officer at the counter, if named
    # When it is due in the call order (kiosk/call_order.py due_time), fixed at issue: a transfer or a
    # return keeps it. Indexed with the line, so a Next reads only the lanes' heads (migration v010).
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)

    @property
    def label(self) -> str:
        """The number as called out and printed: 'A001'."""
        return f"{self.prefix}{self.number:03d}"


class Officer(Base):
    """An officer who may use the kiosk's officer mode; the PIN is kept only as a salted scrypt hash."""

    __tablename__ = "officers"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    pin_hash: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(UTCDateTime)


class OfficerLogin(Base):
    """Wrong-PIN count per typed name (known or not), so a lockout never tells whether a name exists."""

    __tablename__ = "officer_logins"
    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer)
    locked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class AuditRecord(Base):
    """One link of the audit chain; `hash` covers the content and `prev_hash` (see kiosk/audit.py)."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    office_code: Mapped[str] = mapped_column(String(8))
    kiosk_id: Mapped[str] = mapped_column(String(32))
    officer: Mapped[str | None] = mapped_column(String(40))
    action: Mapped[str] = mapped_column(String(32))
    service_code: Mapped[str | None] = mapped_column(String(32))
    ticket_id: Mapped[str | None] = mapped_column(String(40))
    data: Mapped[str] = mapped_column(Text)  # canonical JSON, never personal data
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ServicePause(Base):
    """A service an officer paused: while the row exists, the service refuses walk-ins."""

    __tablename__ = "service_pauses"
    office_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    paused_at: Mapped[datetime] = mapped_column(UTCDateTime)
    officer: Mapped[str] = mapped_column(String(40))
    kiosk_id: Mapped[str] = mapped_column(String(32))


class ImportedBooking(Base):
    """A booking from the central booking system's day list (`kiosk bookings import`); no full NIK."""

    __tablename__ = "bookings"
    __table_args__ = (UniqueConstraint("office_code", "code", "day", name="uq_booking_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    code: Mapped[str] = mapped_column(String(32))
    office_code: Mapped[str] = mapped_column(String(8))
    day: Mapped[date] = mapped_column(Date)
    service_code: Mapped[str] = mapped_column(String(32))
    session_start: Mapped[time] = mapped_column(Time)
    session_end: Mapped[time] = mapped_column(Time)
    name: Mapped[str] = mapped_column(String(100))
    nik_key: Mapped[str] = mapped_column(String(64))
    nik_last4: Mapped[str] = mapped_column(String(4))
    source: Mapped[str] = mapped_column(String(16))  # import | kiosk
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime)  # for a kiosk booking: when it was made
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | cancelled | moved
    kiosk_id: Mapped[str | None] = mapped_column(String(32))  # a kiosk booking: where it was made
    officer: Mapped[str | None] = mapped_column(String(40))  # who booked it for the visitor
    category: Mapped[str | None] = mapped_column(String(16))  # priority lane at check-in (elderly, …)
    phone: Mapped[str | None] = mapped_column(String(20))
    slip_status: Mapped[str | None] = mapped_column(String(16))  # pending | printed | queued
    language: Mapped[str | None] = mapped_column(String(2))  # the slip's
    changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)  # cancelled or moved at
    change_reason: Mapped[str | None] = mapped_column(String(100))
    moved_to: Mapped[str | None] = mapped_column(String(32))  # the booking code it was moved to


class SessionCounter(Base):
    """One row per office, service, day and session: every booking of the session locks it first."""

    __tablename__ = "session_counters"
    office_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    service_code: Mapped[str] = mapped_column(String(32), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    session_start: Mapped[time] = mapped_column(Time, primary_key=True)
    booked: Mapped[int] = mapped_column(Integer)


class ChangeHead(Base):
    """The one row (id 1) holding the newest change's sequence number; writers lock it, so sequence
    numbers are handed out in commit order and a reader that has seen N has seen everything up to N."""

    __tablename__ = "change_head"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer)


class Change(Base):
    """One entry of the change feed (kiosk/change_feed.py): a call, a new ticket, a pause, a help request."""

    __tablename__ = "changes"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    office_code: Mapped[str] = mapped_column(String(8))
    kind: Mapped[str] = mapped_column(String(32))
    data: Mapped[str] = mapped_column(Text)  # JSON, never personal data


class CounterState(Base):
    """One counter's day: who is signed in (None: closed), the services they narrowed it to (JSON list;
    None: the configured ones) and its run of priority calls; locked by the counter's own actions."""

    __tablename__ = "counter_state"
    office_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    counter: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    officer: Mapped[str | None] = mapped_column(String(40))
    services: Mapped[str | None] = mapped_column(Text)
    signed_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    priority_run: Mapped[int] = mapped_column(Integer, default=0)


class HelpRequest(Base):
    """A visitor asked for an officer at a kiosk (kiosk/help_requests.py); open until an officer clears it."""

    __tablename__ = "help_requests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    office_code: Mapped[str] = mapped_column(String(8))
    kiosk_id: Mapped[str] = mapped_column(String(32))
    kiosk_name: Mapped[str] = mapped_column(String(40))
    screen: Mapped[str] = mapped_column(String(32))
    asked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    cleared_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    cleared_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
