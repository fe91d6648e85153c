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
]
LATEST = len(STEPS)


def schema_version(connection: Connection) -> int:
    if not inspect(connection).has_table("kiosk_meta"):
        return 0
    row = connection.execute(text("SELECT value FROM kiosk_meta WHERE key = 'schema_version'")).first()
    return int(row[0]) if row else 0


def migrate(db: Database, target: int = LATEST) -> int:
    """Apply the pending steps up to `target`; return the version the database is at."""
    with db.engine.begin() as connection:
        connection.info["office_timezone"] = db.timezone  # for steps that need the office's day (v007)
        if not db.is_sqlite:
            connection.execute(text("SELECT pg_advisory_xact_lock(424242)"))
        version = schema_version(connection)
        if version > LATEST:
            raise RuntimeError(f"the database has schema version {version}, newer than this kiosk ({LATEST})")
        for step in range(version, target):
            STEPS[step](connection)
            connection.execute(
                text("UPDATE kiosk_meta SET value = :v WHERE key = 'schema_version'"), {"v": str(step + 1)}
            )
        return max(version, target)
