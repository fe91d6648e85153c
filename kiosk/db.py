"""Database access: one engine per kiosk process, write transactions that serialise across kiosks.

SQLite runs in WAL mode with a busy timeout; a write transaction starts with BEGIN IMMEDIATE, so two
processes never both read a counter and then both write it. PostgreSQL (several kiosks, one queue)
locks rows in the write transaction instead.

A database that cannot be reached (server stopped, network cut) raises DatabaseUnavailable, a KioskError
the screen shows as "out of service"; if the connection died during COMMIT it raises CommitUnknown, and
the caller looks its row up before it tries again.
"""

from __future__ import annotations

import logging
import sqlite3
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, Executable, Select, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DatabaseError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from kiosk.db_health import wait_until_reachable
from kiosk.errors import KioskError

log = logging.getLogger(__name__)

BUSY_TIMEOUT_S = 30
# libpq: give up connecting after 3 s; a cut network fails a query within 10 s instead of TCP's ~15 minutes.
PG_CONNECT_ARGS = {
    "connect_timeout": 3,
    "keepalives": 1,
    "keepalives_idle": 5,
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,
}
_UNREACHABLE = (OperationalError, InterfaceError)
COMMIT_CHECK_S = 5.0  # how long a write whose COMMIT was cut waits for the database to look its row up
_PROBE = "kiosk_commit_probe"
_RIDING = "kiosk_riding_writes"


class DatabaseUnavailable(KioskError):
    """The database did not answer (server down, network cut, locked too long), or cannot be used: its
    file is not a database (`database_corrupt`), its folder cannot be made (`database_folder`), its
    schema is newer than this kiosk (`database_too_new`). The touchscreen shows out-of-service for all."""

    def __init__(self, code: str = "database_unavailable", **params: object) -> None:
        super().__init__(code, **params)


def _corrupt(exc: BaseException) -> bool:
    """SQLite's bare DatabaseError (not a subclass such as IntegrityError): "file is not a database",
    "database disk image is malformed"."""
    return isinstance(exc, DatabaseError) and type(exc.orig) is sqlite3.DatabaseError


class CommitUnknown(DatabaseUnavailable):
    """The connection died during COMMIT: the transaction may or may not be stored."""


@contextmanager
def _answering(error: type[DatabaseUnavailable]) -> Iterator[None]:
    """Turn a lost or refused connection into `error` (a KioskError the screen can show)."""
    try:
        yield
    except _UNREACHABLE as exc:
        log.warning("database unavailable: %s", exc.orig)
        raise error() from exc
    except DatabaseError as exc:
        if not _corrupt(exc):
            raise
        log.error("database file unusable: %s", exc.orig)
        raise DatabaseUnavailable("database_corrupt") from exc


def create_db_engine(url: str) -> Engine:
    """An engine for `url`; SQLite files get WAL, a busy timeout and IMMEDIATE write transactions."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, connect_args=PG_CONNECT_ARGS, hide_parameters=True)
    engine = create_engine(
        url, connect_args={"timeout": BUSY_TIMEOUT_S, "check_same_thread": False}, hide_parameters=True
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None  # SQLAlchemy's "begin" event below starts transactions
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_S * 1000}")
        _switch_to_wal(cursor)
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _switch_to_wal(cursor: sqlite3.Cursor) -> None:
    """WAL mode, kept in the file once set. Setting it takes a lock SQLite does not wait for (no busy
    handler there), so kiosks opening a new file at the same moment retry it within the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def ride_along(session: Session, statement: Executable) -> None:
    """Send a write without a round trip of its own: with the transaction's next statement that takes
    riding writes (PostgreSQL's WITH, see change_feed.publish), else just before COMMIT."""
    session.info.setdefault(_RIDING, []).append(statement)


def ride_pending(session: Session) -> bool:
    """Whether a write is still waiting to ride along in this transaction."""
    return bool(session.info.get(_RIDING))


def riding(session: Session) -> list[Executable]:
    """The writes waiting to ride along, handed over once."""
    return session.info.pop(_RIDING, [])


class Database:
    """Sessions for reading and for writing; every write is one short transaction."""

    def __init__(self, engine: Engine, timezone: ZoneInfo | None = None) -> None:
        self.engine = engine
        self.timezone = timezone  # the office's, for migrations that need its day (None: the default's)
        self.is_sqlite = engine.dialect.name == "sqlite"
        self._reader = engine.execution_options(sqlite_begin="DEFERRED") if self.is_sqlite else engine

    @classmethod
    def open(cls, url: str, timezone: ZoneInfo | None = None) -> Database:
        """Open the database at `url` and bring its schema up to date."""
        db = cls(create_db_engine(url), timezone)
        db.migrate()
        return db

    def migrate(self) -> None:
        """Bring the schema up to date (nothing to do is one read in a write transaction).

        Raises DatabaseUnavailable if the database does not answer."""
        from kiosk.migrations import migrate

        with _answering(DatabaseUnavailable):
            migrate(self)

    def make_folder(self) -> None:
        """Create the SQLite file's folder; DatabaseUnavailable('database_folder') if it cannot be made."""
        name = self.engine.url.database
        if not self.is_sqlite or not name or name == ":memory:":
            return
        folder = Path(name).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            log.error("cannot create the database folder %s: %s", folder, exc)
            raise DatabaseUnavailable("database_folder", path=str(folder), reason=exc.strerror) from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session in a write transaction (BEGIN IMMEDIATE on SQLite), committed on success.

        Raises DatabaseUnavailable if the database is lost before COMMIT (the transaction is rolled back).
        If it is lost during COMMIT, the `commit_probe` decides: the block's result stands if the row is
        there, DatabaseUnavailable if it is not, CommitUnknown if the database stays silent.
        """
        with Session(self.engine, expire_on_commit=False) as session:
            with _answering(DatabaseUnavailable):
                session.begin()
                yield session
                for statement in riding(session):  # none was sent with a later statement
                    session.execute(statement)
                session.flush()
            try:
                with _answering(CommitUnknown):
                    session.commit()
            except CommitUnknown:
                self._resolve_commit(session.info.get(_PROBE))

    def commit_probe(self, session: Session, query: Select) -> None:
        """Name a query that finds this transaction's own row (a ticket by its ticket_id): if the
        connection dies during COMMIT, the query is run once the database answers again, to learn
        whether the transaction was stored, so the caller never stores it twice or reports it lost."""
        session.info[_PROBE] = query

    def _resolve_commit(self, probe: Select | None) -> None:
        """Return if the probe finds the row (the commit happened); raise DatabaseUnavailable if it
        does not (nothing stored), CommitUnknown if the database stays silent or there is no probe."""
        if probe is None or not wait_until_reachable(self, COMMIT_CHECK_S):
            raise CommitUnknown()
        with self.read() as session:
            if session.execute(probe).first() is None:
                raise DatabaseUnavailable()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading only; it never blocks writers. Raises DatabaseUnavailable."""
        with (
            _answering(DatabaseUnavailable),
            Session(self._reader, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    def ping(self) -> bool:
        """Whether the database answers now; a pooled connection that died is replaced first."""
        try:
            with self._reader.connect() as connection:
                connection.exec_driver_sql("SELECT 1")
        except _UNREACHABLE:
            return False
        except DatabaseError as exc:
            if not _corrupt(exc):
                raise
            return False
        return True

    def lock(self, session: Session, key: str) -> None:
        """Serialise writers that touch the same `key` (a NIK, a booking) until the transaction ends.

        SQLite's BEGIN IMMEDIATE already serialises all writers; PostgreSQL takes an advisory lock.
        """
        if not self.is_sqlite:
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": zlib.crc32(key.encode())})

    def dispose(self) -> None:
        self.engine.dispose()
