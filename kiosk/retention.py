"""Retention: after `[privacy] retention_days`, tickets lose the visitor's name, NIK key, NIK last 4 and
phone (UU PDP 27/2022: keep personal data no longer than needed). Numbers, sources, categories and
statuses stay, so the reports still count; the audit trail holds none of these fields and still verifies."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, update

from kiosk import audit
from kiosk.config import Config
from kiosk.db import Database
from kiosk.models import Ticket
from kiosk.office_time import local


@dataclass(frozen=True)
class PurgeResult:
    before: date  # tickets of days before this one were purged
    tickets: int

    def as_json(self) -> dict[str, object]:
        return {"before": self.before.isoformat(), "tickets": self.tickets}


def purge_personal_data(db: Database, config: Config, *, older_than_days: int, now: datetime) -> PurgeResult:
    """Remove personal fields from the office's tickets older than `older_than_days` days; audited."""
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
        audit.append(
            session, db, config, "purge", at=now, data={"before": before.isoformat(), "tickets": purged}
        )
    return PurgeResult(before, purged)
