"""Version 4: officers and their login throttle, the hash-chained audit trail, paused services, and the
tickets' assisted-entry fields (priority category, override reason, officer, reprint count)."""

from __future__ import annotations

from sqlalchemy import Column, Connection, DateTime, Index, Integer, MetaData, String, Table, Text, text

GENESIS = "0" * 64


def upgrade(connection: Connection) -> None:
    meta = MetaData()
    Table(
        "officers",
        meta,
        Column("name", String(40), primary_key=True),
        Column("pin_hash", String(200), nullable=False),
        Column("added_at", DateTime, nullable=False),
    )
    Table(
        "officer_logins",
        meta,
        Column("name", String(40), primary_key=True),
        Column("failures", Integer, nullable=False),
        Column("locked_until", DateTime),
    )
    audit = Table(
        "audit_log",
        meta,
        Column("seq", Integer, primary_key=True, autoincrement=False),
        Column("at", DateTime, nullable=False),
        Column("office_code", String(8), nullable=False),
        Column("kiosk_id", String(32), nullable=False),
        Column("officer", String(40)),
        Column("action", String(32), nullable=False),
        Column("service_code", String(32)),
        Column("ticket_id", String(40)),
        Column("data", Text, nullable=False),
        Column("prev_hash", String(64), nullable=False),
        Column("hash", String(64), nullable=False),
    )
    Index("ix_audit_log_at", audit.c.at)
    Table(
        "service_pauses",
        meta,
        Column("office_code", String(8), primary_key=True),
        Column("service_code", String(32), primary_key=True),
        Column("paused_at", DateTime, nullable=False),
        Column("officer", String(40), nullable=False),
        Column("kiosk_id", String(32), nullable=False),
    )
    meta.create_all(connection)
    connection.execute(text("ALTER TABLE tickets ADD COLUMN category VARCHAR(16)"))
    connection.execute(text("ALTER TABLE tickets ADD COLUMN override_reason VARCHAR(100)"))
    connection.execute(text("ALTER TABLE tickets ADD COLUMN officer VARCHAR(40)"))
    connection.execute(text("ALTER TABLE tickets ADD COLUMN reprint_count INTEGER NOT NULL DEFAULT 0"))
    connection.execute(
        text("INSERT INTO kiosk_meta (key, value) VALUES ('audit_head', :head)"), {"head": f"0:{GENESIS}"}
    )
