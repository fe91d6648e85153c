"""Version 8: sessions booked at the kiosk.

They live in the `bookings` table beside the imported ones (source 'kiosk'), so capacity, the per-NIK
rules and check-in see both. New columns: status (active | cancelled | moved; imported rows are active),
the slip's print state and language, who booked (kiosk, officer), a priority category, the phone, and
for a cancelled or moved booking the reason, the time and the booking it moved to. One
`session_counters` row per office, service, day and session start is locked by every booking of that
session, like the ticket counters.
"""

from __future__ import annotations

from sqlalchemy import Column, Connection, Date, Integer, MetaData, String, Table, Time, text


def upgrade(connection: Connection) -> None:
    for column in (
        "status VARCHAR(16) NOT NULL DEFAULT 'active'",
        "kiosk_id VARCHAR(32)",
        "officer VARCHAR(40)",
        "category VARCHAR(16)",
        "phone VARCHAR(20)",
        "slip_status VARCHAR(16)",
        "language VARCHAR(2)",
        "changed_at TIMESTAMP",
        "change_reason VARCHAR(100)",
        "moved_to VARCHAR(32)",
    ):
        connection.execute(text(f"ALTER TABLE bookings ADD COLUMN {column}"))
    connection.execute(
        text("CREATE INDEX ix_bookings_session ON bookings (office_code, day, service_code, session_start)")
    )
    connection.execute(text("CREATE INDEX ix_bookings_nik ON bookings (nik_key, day)"))
    meta = MetaData()
    Table(
        "session_counters",
        meta,
        Column("office_code", String(8), primary_key=True),
        Column("service_code", String(32), primary_key=True),
        Column("day", Date, primary_key=True),
        Column("session_start", Time, primary_key=True),
        Column("booked", Integer, nullable=False),  # bookings made through this row (a lock, not the count)
    )
    meta.create_all(connection)
