"""A database at schema version 9 (before tickets kept their due time, migration v010), with tickets."""

from __future__ import annotations

from sqlalchemy import text

from kiosk.db import Database, create_db_engine
from kiosk.migrations import migrate


def version_9_database(url: str, tickets: list[tuple[int, str, str | None]]) -> None:
    """Make the database at `url` version 9 with waiting 'new' tickets of 2026-11-30 (number, issued_at
    in UTC, session_start or None for a walk-in)."""
    old = Database(create_db_engine(url))
    assert migrate(old, target=9) == 9
    with old.engine.begin() as conn:
        for number, issued, start in tickets:
            conn.execute(
                text(
                    "INSERT INTO tickets (ticket_id, office_code, kiosk_id, service_code, prefix, day,"
                    " number, issued_at, source, status, nik_key, nik_last4, name, phone, language,"
                    " queue_service, session_start, recalls)"
                    " VALUES (:id, 'TGU', 'front-1', 'new', 'A', '2026-11-30', :number, :at, 'walkin',"
                    " 'waiting', NULL, '0009', 'ANI', NULL, 'id', 'new', :start, 0)"
                ),
                {"id": f"OLD-{number}", "number": number, "at": issued, "start": start},
            )
    old.dispose()
