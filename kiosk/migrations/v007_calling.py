"""Version 7: calling. Each ticket records its life after the kiosk (waiting -> called -> done or
no_show; cancelled stays), the line it waits in now (a transfer moves it; `service_code` keeps the
service it was numbered in), the counter that called it and when, and its recalls. One row per counter
holds who is signed in there, the services they narrowed it to, and its run of priority calls.

Tickets from before this version: those of earlier days are `done` (nobody will call them now), today's
stay `waiting`. "Today" is the office's day at migration time: the migrating Database passes the office's
time zone in `connection.info["office_timezone"]`; without one (a tool that opens a bare URL) it is the
default configuration's zone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Column, Connection, DateTime, Integer, MetaData, String, Table, Text, text

DEFAULT_TIMEZONE = "Asia/Jakarta"  # kiosk/default_config.toml's office.timezone


def upgrade(connection: Connection) -> None:
    for column in (
        "queue_service VARCHAR(32)",
        "counter INTEGER",
        "called_at TIMESTAMP",
        "first_called_at TIMESTAMP",
        "finished_at TIMESTAMP",
        "recalls INTEGER NOT NULL DEFAULT 0",
        "called_by VARCHAR(40)",
    ):
        connection.execute(text(f"ALTER TABLE tickets ADD COLUMN {column}"))
    connection.execute(text("UPDATE tickets SET queue_service = service_code"))
    zone = connection.info.get("office_timezone") or ZoneInfo(DEFAULT_TIMEZONE)
    today = datetime.now(UTC).astimezone(zone).date()
    connection.execute(
        text("UPDATE tickets SET status = 'done' WHERE status = 'waiting' AND day < :today"), {"today": today}
    )
    connection.execute(text("CREATE INDEX ix_tickets_line ON tickets (office_code, day, status)"))
    meta = MetaData()
    Table(
        "counter_state",
        meta,
        Column("office_code", String(8), primary_key=True),
        Column("counter", Integer, primary_key=True, autoincrement=False),
        Column("officer", String(40)),  # NULL: nobody signed in
        Column("services", Text),  # JSON list the officer narrowed the counter to; NULL: the configured ones
        Column("signed_in_at", DateTime),
        Column("priority_run", Integer, nullable=False),  # priority calls in a row
    )
    meta.create_all(connection)
