"""Version 10: each ticket keeps the time it is due in the call order (`due_at`, UTC), so a Next reads
only the heads of the lanes (the first few of each by due time, from an index) instead of the whole line.

A walk-in or assisted ticket is due when issued; a checked-in booking at the later of its check-in and
its session start (office-local on the ticket's day). Existing tickets get theirs here; the office's time
zone comes as in version 7 (`connection.info["office_timezone"]`, else the default configuration's).
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Date, DateTime, Integer, Time, bindparam, text

DEFAULT_TIMEZONE = "Asia/Jakarta"  # kiosk/default_config.toml's office.timezone


def upgrade(connection: Connection) -> None:
    connection.execute(text("ALTER TABLE tickets ADD COLUMN due_at TIMESTAMP"))
    connection.execute(text("UPDATE tickets SET due_at = issued_at WHERE session_start IS NULL"))
    zone = connection.info.get("office_timezone") or ZoneInfo(DEFAULT_TIMEZONE)
    booked = connection.execute(
        text("SELECT id, issued_at, day, session_start FROM tickets WHERE session_start IS NOT NULL").columns(
            id=Integer, issued_at=DateTime, day=Date, session_start=Time
        )
    ).all()
    stamp = text("UPDATE tickets SET due_at = :due WHERE id = :id")
    stamp = stamp.bindparams(bindparam("due", type_=DateTime))
    for row in booked:
        start = datetime.combine(row.day, row.session_start, tzinfo=zone).astimezone(UTC).replace(tzinfo=None)
        connection.execute(stamp, {"due": max(row.issued_at, start), "id": row.id})
    connection.execute(
        text("CREATE INDEX ix_tickets_due ON tickets (office_code, day, status, queue_service, due_at)")
    )
