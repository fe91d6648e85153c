"""Migration 7 (calling) on a database made by version 6: today's waiting tickets stay waiting, earlier
days' are done, cancelled ones stay cancelled; "today" is the office's day (its time zone) at migration."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import text

from kiosk.calling import CallingService
from kiosk.db import Database, create_db_engine
from kiosk.migrations import migrate
from tests.conftest import MakeConfig

pytestmark = pytest.mark.all_databases

KIRITIMATI = ZoneInfo("Pacific/Kiritimati")  # UTC+14: its day is often not Jakarta's


def old_ticket(conn, number: int, day: date, status: str, service: str = "new") -> None:  # type: ignore[no-untyped-def]
    conn.execute(
        text(
            "INSERT INTO tickets (ticket_id, office_code, kiosk_id, service_code, prefix, day, number,"
            " issued_at, source, status, nik_key, nik_last4, name, phone, language)"
            " VALUES (:id, 'TGU', 'front-1', :service, 'A', :day, :number, :at, 'walkin', :status, NULL,"
            " '0009', 'ANI', NULL, 'id')"
        ),
        {
            "id": f"OLD-{day}-{number}",
            "service": service,
            "day": day,
            "number": number,
            "at": datetime.combine(day, datetime.min.time()),
            "status": status,
        },
    )


def test_version_6_tickets_become_waiting_today_and_done_before(make_config: MakeConfig) -> None:
    config = make_config(office={"timezone": "Pacific/Kiritimati"})
    now = datetime.now(UTC)
    today = now.astimezone(KIRITIMATI).date()
    old = Database(create_db_engine(config.database.url))
    assert migrate(old, target=6) == 6
    with old.engine.begin() as conn:
        old_ticket(conn, 1, today - timedelta(days=1), "waiting")
        old_ticket(conn, 2, today - timedelta(days=1), "cancelled")
        old_ticket(conn, 1, today, "waiting")
        old_ticket(conn, 2, today, "cancelled")
    old.dispose()

    db = Database.open(config.database.url, config.office.timezone)
    with db.read() as session:
        rows = session.execute(
            text("SELECT day, number, status, queue_service, recalls FROM tickets ORDER BY day, number")
        ).all()
    assert [(r[2], r[3], r[4]) for r in rows] == [
        ("done", "new", 0),
        ("cancelled", "new", 0),
        ("waiting", "new", 0),
        ("cancelled", "new", 0),
    ]
    calling = CallingService(config, db, lambda: now)
    assert calling.overview().services["new"].waiting == 1
    called = calling.next(1)
    assert (called.label, called.status, called.counter) == ("A001", "called", 1)
    db.dispose()
