"""Retention: after `[privacy] retention_days`, tickets lose the visitor's name, NIK key, NIK last 4 and
phone, and imported bookings are deleted (UU PDP 27/2022: keep personal data no longer than needed).
Numbers, sources, categories and statuses stay, so the reports still count; the audit trail holds none of
these fields and still verifies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, or_, update

from kiosk import audit
from kiosk.config import Config
from kiosk.db import Database
from kiosk.models import ImportedBooking, Ticket
from kiosk.office_time import local


@dataclass(frozen=True)
class PurgeResult:
    before: date  # tickets and bookings of days before this one were purged
    tickets: int
    bookings: int

    def as_json(self) -> dict[str, object]:
        return {"before": self.before.isoformat(), "tickets": self.tickets, "bookings": self.bookings}


def purge_personal_data(db: Database, config: Config, *, older_than_days: int, now: datetime) -> PurgeResult:
    """Remove personal fields from the office's tickets older than `older_than_days` days, and delete the
    imported bookings of those days (their tickets keep the booking code); audited."""
    if older_than_days < 0:
        raise ValueError("older_than_days must not be negative")
    before = local(config.office, now).date() - timedelta(days=older_than_days)
    personal = (Ticket.name, Ticket.nik_key, Ticket.nik_last4, Ticket.phone)
    with db.write() as session:
        purged = session.execute(
            update(Ticket)
            .where(
                Ticket.office_code == config.office.code,
                Ticket.day < before,
                or_(*(column.is_not(None) for column in personal)),
            )
            .values(name=None, nik_key=None, nik_last4=None, phone=None)
        ).rowcount
        bookings = session.execute(
            delete(ImportedBooking).where(
                ImportedBooking.office_code == config.office.code, ImportedBooking.day < before
            )
        ).rowcount
        audit.append(
            session,
            db,
            config,
            "purge",
            at=now,
            data={"before": before.isoformat(), "tickets": purged, "bookings": bookings},
        )
    return PurgeResult(before, purged, bookings)
