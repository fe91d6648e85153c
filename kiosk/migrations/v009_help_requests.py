"""Version 9: help requests: a visitor tapped "Call an officer" on a kiosk; an officer clears it."""

from __future__ import annotations

from sqlalchemy import Column, Connection, DateTime, Index, Integer, MetaData, String, Table


def upgrade(connection: Connection) -> None:
    meta = MetaData()
    requests = Table(
        "help_requests",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=True),
        Column("office_code", String(8), nullable=False),
        Column("kiosk_id", String(32), nullable=False),
        Column("kiosk_name", String(40), nullable=False),  # kiosk.display_name, for officer screens
        Column("screen", String(32), nullable=False),  # where the visitor was, never what they typed
        Column("asked_at", DateTime, nullable=False),
        Column("cleared_at", DateTime),
        Column("cleared_by", String(40)),
    )
    Index("ix_help_requests_office_open", requests.c.office_code, requests.c.cleared_at)
    meta.create_all(connection)
