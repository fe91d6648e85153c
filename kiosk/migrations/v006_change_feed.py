"""Version 6: the change feed: a row per change every screen must hear of, and the head row ordering them."""

from __future__ import annotations

from sqlalchemy import Column, Connection, DateTime, Integer, MetaData, String, Table, Text


def upgrade(connection: Connection) -> None:
    meta = MetaData()
    Table(
        "change_head",
        meta,
        Column("id", Integer, primary_key=True, autoincrement=False),  # always 1
        Column("seq", Integer, nullable=False),
    )
    Table(
        "changes",
        meta,
        Column("seq", Integer, primary_key=True, autoincrement=False),
        Column("at", DateTime, nullable=False),
        Column("office_code", String(8), nullable=False),
        Column("kind", String(32), nullable=False),
        Column("data", Text, nullable=False),  # JSON, never personal data
    )
    meta.create_all(connection)
    connection.execute(Table("change_head", meta).insert().values(id=1, seq=0))
