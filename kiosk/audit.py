"""The audit trail: an append-only, hash-chained record of what officers and kiosks did.

Each record's `hash` is the SHA-256 of its canonical JSON content, which includes the previous record's
hash, so editing, deleting or reordering a record breaks the chain from there on (docs/audit.md). The
stored `data` text must be exactly the canonical text that was hashed: a record rewritten with a duplicate
JSON key (which SQL's json_extract reads differently) is a changed record. `verify` never stops on what
it reads: an unreadable time, data or chain head is a finding, not a crash. A record
is written in the same transaction as the action it records, with the chain's head row (kiosk_meta
audit_head) locked to the commit, so the chain stays linear when several kiosks share one PostgreSQL
database. Records never hold a visitor's name, NIK or
phone: a purge of personal data leaves the chain intact.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import String, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from kiosk.bounded_json import JsonRefused, parse_bounded
from kiosk.config import Config
from kiosk.db import Database, ride_along, ride_pending
from kiosk.errors import KioskError
from kiosk.models import AuditRecord, Meta, Ticket

FORMAT = 1
GENESIS = "0" * 64
HEAD_KEY = "audit_head"  # kiosk_meta: "<last seq>:<last hash>", so a record cut off the end shows too
_HEAD = re.compile(r"([0-9]{1,18}):([0-9a-f]{64})")
HASH = re.compile(r"[0-9a-f]{64}")
MAX_DATA_CHARS = 100_000
ACTIONS = frozenset(
    {
        "issue",
        "check_in",
        "reprint",
        "cancel",
        "pause",
        "resume",
        "login",
        "login_failed",
        "logout",
        "exit",
        "officer_added",
        "officer_removed",
        "purge",
        # calling (kiosk/calling.py)
        "call",
        "call_number",
        "recall",
        "finish",
        "no_show",
        "transfer",
        "return",
        "counter_open",
        "counter_close",
        "booking",  # a session booked at the kiosk (kiosk/session_booking.py)
        "booking_cancel",
        "booking_move",
    }
)
# A NIK or a phone number typed into a free-text reason; \d on purpose: digits of any script are masked.
_LONG_NUMBER = re.compile(r"\d{9,}")


def canonical(value: Any) -> str:
    """The one JSON text a value hashes as: sorted keys, no spaces, UTF-8."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def stamp(moment: datetime) -> str:
    """A record's time as hashed and exported: UTC with microseconds, '2026-11-30T02:00:00.000000Z'."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _scrub(value: Any) -> Any:
    """Mask any long digit run in free text to its last 4, so no full NIK or phone enters the trail."""
    if isinstance(value, str):
        return _LONG_NUMBER.sub(lambda m: "*" * (len(m[0]) - 4) + m[0][-4:], value)
    if isinstance(value, dict):
        return {k: _scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v) for v in value]
    return value


@dataclass(frozen=True)
class AuditEntry:
    """One record of the trail as verified and exported."""

    seq: int
    at: datetime
    office_code: str
    kiosk_id: str
    officer: str | None
    action: str
    service_code: str | None
    ticket_id: str | None
    data: dict[str, Any]
    prev_hash: str
    hash: str = ""

    def content(self) -> dict[str, Any]:
        """What the hash covers: every field but the hash itself, the time as `stamp` writes it."""
        return {
            "v": FORMAT,
            "seq": self.seq,
            "at": stamp(self.at),
            "office": self.office_code,
            "kiosk": self.kiosk_id,
            "officer": self.officer,
            "action": self.action,
            "service": self.service_code,
            "ticket": self.ticket_id,
            "data": self.data,
            "prev": self.prev_hash,
        }

    def computed_hash(self) -> str:
        return hashlib.sha256(canonical(self.content()).encode("utf-8")).hexdigest()

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "at": stamp(self.at)}

    @classmethod
    def of(cls, record: Any) -> AuditEntry:
        """The entry a stored row holds (an AuditRecord, or a row of `_STORED` whose time may be text);
        raises ValueError if its time or data cannot be read, or the data is not the canonical text."""
        at = record.at
        if isinstance(at, str):  # SQLite keeps text: an edit may have left anything there
            at = datetime.fromisoformat(at)
        if not isinstance(at, datetime):
            raise ValueError("the time is not a time")
        at = at.replace(tzinfo=UTC) if at.tzinfo is None else at
        try:
            data = parse_bounded(record.data, MAX_DATA_CHARS)
        except JsonRefused as exc:
            raise ValueError(str(exc)) from None
        if not isinstance(data, dict) or canonical(data) != record.data:
            raise ValueError("data is not the canonical JSON object that was hashed")
        return cls(
            record.seq,
            at,
            record.office_code,
            record.kiosk_id,
            record.officer,
            record.action,
            record.service_code,
            record.ticket_id,
            data,
            record.prev_hash,
            record.hash,
        )


def _head(session: Session, *, lock: bool = False) -> tuple[int, str] | None:
    """The chain's recorded end (seq, hash); None if the kiosk_meta row is missing or not one. With
    `lock`, its row stays locked to the commit: the one lock that keeps the chain linear."""
    query = select(Meta.value).where(Meta.key == HEAD_KEY)
    value = session.scalars(query.with_for_update() if lock else query).first()
    match = _HEAD.fullmatch(value or "")
    return (int(match[1]), match[2]) if match else None


# The columns of audit_log with the time as stored, so a time edited into nonsense is read, not raised.
_STORED = select(
    AuditRecord.seq,
    type_coerce(AuditRecord.at, String).label("at"),
    AuditRecord.office_code,
    AuditRecord.kiosk_id,
    AuditRecord.officer,
    AuditRecord.action,
    AuditRecord.service_code,
    AuditRecord.ticket_id,
    AuditRecord.data,
    AuditRecord.prev_hash,
    AuditRecord.hash,
)


def append(
    session: Session,
    db: Database,
    config: Config,
    action: str,
    *,
    at: datetime,
    officer: str | None = None,
    service_code: str | None = None,
    ticket_id: str | None = None,
    data: dict[str, Any] | None = None,
    ride: bool = False,
) -> AuditEntry:
    """Add a record to the chain inside the caller's write transaction; call it after the action's
    other writes (flushed), so the chain's head row, locked to the commit by every kiosk and counter, is
    the last lock a transaction takes. Two round trips hold it before the commit: the head read with its
    lock, then the record and the new head written (one statement on PostgreSQL). With `ride` (the
    caller publishes on the change feed next) that write goes in the change feed's statement."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if ride_pending(session):  # that record's new head is not written yet: this one would fork the chain
        raise RuntimeError("an audit record is still waiting to ride along: publish it before the next")
    session.flush()  # nothing of the action may be written while the head is held
    head = _head(session, lock=True)  # SQLite: BEGIN IMMEDIATE already serialises every writer
    if head is None:  # never guessed from the last record: that would hide what was done to the trail
        raise KioskError("audit_head_unreadable")
    seq, prev = head
    entry = AuditEntry(
        seq + 1,
        at,
        config.office.code,
        config.kiosk.id,
        officer,
        action,
        service_code,
        ticket_id,
        _scrub(data or {}),
        prev,
    )
    entry = replace(entry, hash=entry.computed_hash())
    record = insert(AuditRecord).values(
        seq=entry.seq,
        at=at,
        office_code=entry.office_code,
        kiosk_id=entry.kiosk_id,
        officer=officer,
        action=action,
        service_code=service_code,
        ticket_id=ticket_id,
        data=canonical(entry.data),
        prev_hash=prev,
        hash=entry.hash,
    )
    new_head = update(Meta).where(Meta.key == HEAD_KEY).values(value=f"{entry.seq}:{entry.hash}")
    if db.is_sqlite:  # no INSERT in a WITH there; a local file needs no fewer round trips anyway
        session.execute(record)
        session.execute(new_head)
    elif ride:
        ride_along(session, new_head.add_cte(record.cte("record")))
    else:
        session.execute(new_head.add_cte(record.cte("record")))
    return entry


def record_ticket(
    session: Session,
    db: Database,
    config: Config,
    action: str,
    ticket: Ticket,
    *,
    at: datetime,
    officer: str | None,
    ride: bool = False,
    **data: Any,
) -> AuditEntry:
    """Record an action on `ticket` with its number, source and officer-mode fields (no personal data)."""
    facts = {
        "number": ticket.label,
        "source": ticket.source,
        "category": ticket.category,
        "override": ticket.override_reason,
        **data,
    }
    return append(
        session,
        db,
        config,
        action,
        at=at,
        officer=officer,
        service_code=ticket.service_code,
        ticket_id=ticket.ticket_id,
        data={k: v for k, v in facts.items() if v is not None},
        ride=ride,
    )


def record_issue(
    session: Session, db: Database, config: Config, ticket: Ticket, *, ride: bool = False
) -> AuditEntry:
    """Record a new ticket ('check_in' for a booking), noting an override that went beyond the quota."""
    service = config.service(ticket.service_code)
    quota = service.daily_quota if service is not None else ticket.number
    over_quota = ticket.override_reason is not None and ticket.number > quota
    action = "check_in" if ticket.source == "booking" else "issue"
    return record_ticket(
        session,
        db,
        config,
        action,
        ticket,
        at=ticket.issued_at,
        officer=ticket.officer,
        ride=ride,
        over_quota=over_quota or None,
    )


@dataclass(frozen=True)
class AuditCheck:
    """The outcome of `verify`: intact, or the first record where the chain breaks and why."""

    records: int
    head: str
    first_bad: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_bad is None

    def as_json(self) -> dict[str, Any]:
        return {"ok": self.ok, **asdict(self)}


def verify(db: Database, kept_hash: str | None = None) -> AuditCheck:
    """Walk the chain from the first record and report the first edited, missing or moved one; with
    `kept_hash` (a day's last hash, kept outside the database) also whether the chain still holds it."""
    with db.read() as session:
        head = _head(session)
        check, hashes = _walk(
            session.execute(_STORED.order_by(AuditRecord.seq).execution_options(yield_per=2000))
        )
    last, prev = check.records, check.head
    if not check.ok:
        return check
    if head is None:
        return AuditCheck(
            last, prev, last + 1, "the chain's recorded end (kiosk_meta audit_head) is missing or unreadable"
        )
    head_seq, head_hash = head
    if head_seq > last:
        return AuditCheck(
            last, prev, last + 1, f"records {last + 1} to {head_seq} are missing (deleted from the end)"
        )
    if head_seq < last:
        return AuditCheck(
            last, prev, head_seq + 1, f"record {head_seq + 1} was added behind the chain's recorded end"
        )
    if head_hash != prev:
        return AuditCheck(last, prev, last, f"record {last} is not the chain's recorded end (replaced)")
    if kept_hash is not None and kept_hash not in hashes:
        return AuditCheck(
            last,
            prev,
            last,
            f"the hash kept outside ({kept_hash}) is not in the chain: records were deleted from the end "
            "or the chain was rewritten",
        )
    return AuditCheck(last, prev)


def _walk(rows: Any) -> tuple[AuditCheck, set[str]]:
    """Follow the records in seq order; stop at the first one that does not link or does not hash.
    Returns the outcome and the hashes of the intact records."""
    expected, prev, hashes = 1, GENESIS, set()

    def broken(problem: str) -> tuple[AuditCheck, set[str]]:
        return AuditCheck(expected - 1, prev, expected, problem), hashes

    for record in rows:
        if record.seq != expected:
            return broken(f"record {expected} is missing (deleted)")
        if record.prev_hash != prev:
            return broken(
                f"record {expected} does not follow record {expected - 1}: a record was "
                "rewritten, removed or moved"
            )
        try:
            intact = AuditEntry.of(record).computed_hash() == record.hash
        except ValueError:
            intact = False
        if not intact:
            return broken(f"record {expected} was changed (its content does not match its hash)")
        expected, prev = expected + 1, record.hash
        hashes.add(prev)
    return AuditCheck(expected - 1, prev), hashes


def day_head(db: Database, config: Config, day: date) -> tuple[int, str] | None:
    """The last record made up to the end of office-local `day` (seq, hash): the day's hash to keep
    outside the database; None before the first record."""
    _, end = day_bounds(config, day)
    with db.read() as session:
        row = session.execute(
            select(AuditRecord.seq, AuditRecord.hash)
            .where(AuditRecord.at < end)
            .order_by(AuditRecord.seq.desc())
            .limit(1)
        ).first()
    return (row.seq, row.hash) if row else None


def day_bounds(config: Config, day: date) -> tuple[datetime, datetime]:
    """The office-local day as a UTC interval [start, end)."""
    start = datetime.combine(day, time(), tzinfo=config.office.timezone)
    end = datetime.combine(day + timedelta(days=1), time(), tzinfo=config.office.timezone)
    return start.astimezone(UTC), end.astimezone(UTC)


def records_of_day(db: Database, config: Config, day: date) -> Iterator[AuditEntry]:
    """The records made on office-local `day`, in chain order."""
    start, end = day_bounds(config, day)
    with db.read() as session:
        rows = session.execute(
            _STORED.where(AuditRecord.at >= start, AuditRecord.at < end).order_by(AuditRecord.seq)
        ).all()
    for row in rows:
        try:
            yield AuditEntry.of(row)
        except ValueError:
            raise KioskError("audit_record_unreadable", seq=row.seq) from None
