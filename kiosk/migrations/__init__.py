"""Schema migrations, applied at start-up so an upgraded kiosk keeps its data.

Each step is a module `vNNN_what.py` with `upgrade(connection)`; its position in STEPS is its version.
Steps are written once and never changed: they describe the schema as it was, not the models.
A step only adds; `migrate` runs the pending ones in one transaction, so several kiosks starting at once
migrate once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from kiosk.migrations import (
    v001_initial,
    v002_print_tracking,
    v003_bookings,
    v004_officers_audit,
    v005_print_queue,
    v006_change_feed,
    v007_calling,
    v008_booked_sessions,
    v009_help_requests,
    v010_due_at,
)

if TYPE_CHECKING:
    from kiosk.db import Database

STEPS: list[Callable[[Connection], None]] = [
    v001_initial.upgrade,
    v002_print_tracking.upgrade,
    v003_bookings.upgrade,
    v004_officers_audit.upgrade,
    v005_print_queue.upgrade,
    v006_change_feed.upgrade,
    v007_calling.upgrade,
    v008_booked_sessions.upgrade,
    v009_help_requests.upgrade,
    v010_due_at.upgrade,
]
LATEST = len(STEPS)


def schema_version(connection: Connection) -> int:
    if not inspect(connection).has_table("kiosk_meta"):
        return 0
    row = connection.execute(text("SELECT value FROM kiosk_meta WHERE key = 'schema_version'")).first()
    return int(row[0]) if row else 0


def _checked(version: int) -> int:
    """`version`, unless it is newer than this kiosk knows: DatabaseUnavailable('database_too_new')."""
    from kiosk.db import DatabaseUnavailable

    if version > LATEST:
        raise DatabaseUnavailable("database_too_new", version=version, latest=LATEST)
    return version


def migrate(db: Database, target: int = LATEST) -> int:
    """Apply the pending steps up to `target`; return the version the database is at.

    The version is read first in a read transaction, so a current schema (every start but the first
    after an upgrade) never waits for another kiosk's write lock."""
    db.make_folder()
    with db.read() as session:
        version = _checked(schema_version(session.connection()))
    if version >= target:
        return version
    with db.engine.begin() as connection:
        connection.info["office_timezone"] = db.timezone  # for steps that need the office's day (v007)
        if not db.is_sqlite:
            connection.execute(text("SELECT pg_advisory_xact_lock(424242)"))
        version = _checked(schema_version(connection))
        for step in range(version, target):
            STEPS[step](connection)
            connection.execute(
                text("UPDATE kiosk_meta SET value = :v WHERE key = 'schema_version'"), {"v": str(step + 1)}
            )
        return max(version, target)
