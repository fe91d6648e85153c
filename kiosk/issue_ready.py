"""Can this kiosk issue a ticket now? The out-of-service screen's test, stricter than a ping.

A ping (`Database.ping`, SELECT 1) touches no table, so it passes while a SQLite file is locked by
another program or unreadable. It brings the schema up to date (a database that was unreachable when
the kiosk started gets its tables on the first check that passes), then starts what issuing starts: a
write transaction (BEGIN IMMEDIATE on SQLite), committed empty.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError

from kiosk.db import Database, DatabaseUnavailable

log = logging.getLogger(__name__)


def ready_to_issue(db: Database) -> bool:
    """False while the database is unreachable, locked past its busy timeout or unreadable. Blocks up to
    the connect (3 s, PostgreSQL) or busy timeout (30 s, SQLite): call it off the GUI thread."""
    try:
        db.migrate()
        with db.write() as session:
            session.connection()  # begins the write transaction
    except DatabaseUnavailable:
        return False
    except DBAPIError as exc:  # not a connection fault: a damaged file, a schema that went away
        log.warning("database cannot issue tickets: %s", exc.orig)
        return False
    return True
