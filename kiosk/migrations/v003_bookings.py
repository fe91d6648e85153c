"""Version 3: the imported bookings, and on each ticket the booking it was checked in with.

A booking checks in once: at most one ticket per office, day and booking code (a unique index; the
tickets of walk-in visitors have no booking code, and NULLs never collide).
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Connection,
    Date,
    DateTime,
    Integer,
    MetaData,
    String,
    Table,
    Time,
    UniqueConstraint,
    text,
)


def upgrade(connection: Connection) -> None:
    meta = MetaData()
    Table(
        "bookings",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("code", String(32), nullable=False),
        Column("office_code", String(8), nullable=False),
        Column("day", Date, nullable=False),
        Column("service_code", String(32), nullable=False),
        Column("session_start", Time, nullable=False),
        Column("session_end", Time, nullable=False),
        Column("name", String(100), nullable=False),
        Column("nik_key", String(64), nullable=False),
        Column("nik_last4", String(4), nullable=False),
        Column("source", String(16), nullable=False),
        Column("imported_at", DateTime, nullable=False),
        # Also the index a check-in looks a code up with (office, code).
        UniqueConstraint("office_code", "code", "day", name="uq_booking_code"),
    )
    meta.create_all(connection)
    connection.execute(text("ALTER TABLE tickets ADD COLUMN booking_code VARCHAR(32)"))
    connection.execute(text("ALTER TABLE tickets ADD COLUMN session_start TIME"))
    connection.execute(text("ALTER TABLE tickets ADD COLUMN session_end TIME"))
    connection.execute(
        text("CREATE UNIQUE INDEX uq_ticket_booking ON tickets (office_code, day, booking_code)")
    )
