"""Version 5: the print queue: tickets this kiosk could not print, waiting to be printed late."""

from __future__ import annotations

from sqlalchemy import Column, Connection, DateTime, Index, MetaData, String, Table


def upgrade(connection: Connection) -> None:
    meta = MetaData()
    queue = Table(
        "print_queue",
        meta,
        Column("ticket_id", String(40), primary_key=True),
        Column("kiosk_id", String(32), nullable=False),
        Column("state", String(16), nullable=False),  # waiting | printing | printed
        Column("last_error", String(200)),
        Column("queued_at", DateTime, nullable=False),
        Column("attempted_at", DateTime),
    )
    Index("ix_print_queue_kiosk_state", queue.c.kiosk_id, queue.c.state)
    meta.create_all(connection)
