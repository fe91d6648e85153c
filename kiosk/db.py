"""Database access: one engine per kiosk process, write transactions that serialise across kiosks.

SQLite runs in WAL mode with a busy timeout; a write transaction starts with BEGIN IMMEDIATE, so two
processes never both read a counter and then both write it. PostgreSQL (several kiosks, one queue)
locks rows in the write transaction instead.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

BUSY_TIMEOUT_S = 30


def create_db_engine(url: str) -> Engine:
    """An engine for `url`; SQLite files get WAL, a busy timeout and IMMEDIATE write transactions."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event below starts transactions
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Database:
    """Sessions for reading and for writing; every write is one short transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._reader = engine.execution_options(sqlite_begin="DEFERRED") if self.is_sqlite else engine

    @classmethod
    def open(cls, url: str) -> Database:
        """Open the database at `url` and bring its schema up to date."""
        from kiosk.migrations import migrate

        db = cls(create_db_engine(url))
        migrate(db)
        return db

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in a write transaction (BEGIN IMMEDIATE on SQLite), committed on success."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only; it never blocks writers."""
        with Session(self._reader, expire_on_commit=False) as session, session.begin():
            yield session

    def lock(self, session: Session, key: str) -> None:
        """Serialise writers that touch the same `key` (a NIK, a booking) until the transaction ends.

        SQLite's BEGIN IMMEDIATE already serialises all writers; PostgreSQL takes an advisory lock.
        """
        if not self.is_sqlite:
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": zlib.crc32(key.encode())})

    def dispose(self) -> None:
        self.engine.dispose()
