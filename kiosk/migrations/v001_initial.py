"""Version 1: the counters, the tickets and the meta table (with the NIK hashing secret)."""

from __future__ import annotations

import secrets

from sqlalchemy import (
    Column,
    Connection,
    Date,
    DateTime,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    UniqueConstraint,
    text,
)


def upgrade(connection: Connection) -> None:
    meta = MetaData()
    Table("kiosk_meta", meta, Column("key", String(64), primary_key=True), Column("value", String(256)))
    Table(
        "ticket_counters",
        meta,
        Column("office_code", String(8), primary_key=True),
        Column("service_code", String(32), primary_key=True),
        Column("day", Date, primary_key=True),
        Column("last_number", Integer, nullable=False),
    )
    tickets = Table(
        "tickets",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("ticket_id", String(40), nullable=False, unique=True),
        Column("office_code", String(8), nullable=False),
        Column("kiosk_id", String(32), nullable=False),
        Column("service_code", String(32), nullable=False),
        Column("prefix", String(1), nullable=False),
        Column("day", Date, nullable=False),
        Column("number", Integer, nullable=False),
        Column("issued_at", DateTime, nullable=False),
        Column("source", String(16), nullable=False),
        Column("status", String(16), nullable=False),
        Column("nik_key", String(64)),
        Column("nik_last4", String(4)),
        Column("name", String(100)),
        Column("phone", String(20)),
        Column("language", String(2), nullable=False),
        UniqueConstraint("office_code", "service_code", "day", "number", name="uq_ticket_number"),
    )
    Index("ix_tickets_day_nik", tickets.c.office_code, tickets.c.day, tickets.c.nik_key)
    meta.create_all(connection)
    connection.execute(
        text("INSERT INTO kiosk_meta (key, value) VALUES ('schema_version', '0'), ('nik_secret', :s)"),
        {"s": secrets.token_hex(32)},
    )
