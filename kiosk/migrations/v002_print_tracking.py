"""Version 2: each ticket records whether it printed, so a failed print waits and is retried."""

from __future__ import annotations

from sqlalchemy import Connection, text


def upgrade(connection: Connection) -> None:
    connection.execute(
        text("ALTER TABLE tickets ADD COLUMN print_status VARCHAR(16) NOT NULL DEFAULT 'printed'")
    )
    connection.execute(text("ALTER TABLE tickets ADD COLUMN printed_at TIMESTAMP"))
    connection.execute(text("ALTER TABLE tickets ADD COLUMN print_attempts INTEGER NOT NULL DEFAULT 0"))
    connection.execute(text("CREATE INDEX ix_tickets_print_status ON tickets (print_status)"))
