"""The change feed as a stream: every entry of the office exactly once, in order, across outages.

A listener remembers the last sequence number it handed out and only ever reads `since(last)` from the
database, so what it yields never depends on a notification arriving: a wake-up is only a hint to read
now. On PostgreSQL it LISTENs on its own psycopg connection (outside SQLAlchemy's pool, which would
hand the connection to others) and wakes within milliseconds of a commit; on SQLite (one machine) it
polls `head()`, one primary-key read, every `poll_seconds`. When the database or the network goes away
the listener says so (`online` is False), tries again with back-off, and on return reads everything it
missed: nothing is lost, nothing is yielded twice.

No Qt here: ui/change_watch.py runs a listener on a thread for the screens; `kiosk calls watch` loops
over `stream`.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Iterator

import psycopg
from sqlalchemy.engine import URL
from sqlalchemy.exc import InterfaceError, OperationalError, ProgrammingError

from kiosk import change_feed
from kiosk.change_feed import ChangeEntry
from kiosk.db import PG_CONNECT_ARGS, Database, DatabaseUnavailable

log = logging.getLogger(__name__)

POLL_SECONDS = 0.3  # SQLite: how often head() is read (the issue asks 250-500 ms)
CHECK_SECONDS = 5.0  # PostgreSQL: read the feed this often even without a notification (a safety net)
BATCH = 500  # entries read at once; a longer backlog is read in several rounds
BACKOFF_SECONDS = (0.25, 0.5, 1.0, 2.0, 4.0)  # waits between reconnection attempts; the last repeats
# ProgrammingError: PostgreSQL before its migration (no change_head yet; a kiosk started while it was down)
_DOWN = (OperationalError, InterfaceError, ProgrammingError, DatabaseUnavailable, psycopg.Error, OSError)


def libpq_params(url: URL) -> dict[str, str | int]:
    """psycopg.connect keywords for a SQLAlchemy postgresql+psycopg URL (query options like
    `options=-csearch_path=…` and `sslmode` pass through as libpq keywords)."""
    params: dict[str, str | int] = {
        key: value
        for key, value in (
            ("host", url.host),
            ("port", url.port),
            ("user", url.username),
            ("password", url.password),
            ("dbname", url.database),
        )
        if value is not None
    }
    for key, value in url.query.items():
        params[key] = value if isinstance(value, str) else value[-1]
    return params


class ChangeListener:
    """Hands out the office's change entries after `after` (default: the head when it first connects).

    Use `wait(timeout)` from one thread; `wake()` (any thread) makes a waiting call return early.
    """

    def __init__(
        self,
        db: Database,
        office_code: str,
        after: int | None = None,
        *,
        poll_seconds: float = POLL_SECONDS,
    ) -> None:
        self.db = db
        self.office_code = office_code
        self.last_seq = after
        self.poll_seconds = poll_seconds
        self.online = False
        self._listen: psycopg.Connection | None = None
        self._failures = 0
        self._retry_at = 0.0
        self._last_read = 0.0
        self._seen_head = 0  # SQLite: the head row as last read
        self._more = False  # the last read was a full batch: read again without waiting
        self._woken = threading.Event()

    def wait(self, timeout: float) -> list[ChangeEntry]:
        """Wait up to `timeout` seconds for changes; return the new entries, oldest first (none if none
        came or the database is down; `online` tells which)."""
        deadline = time.monotonic() + timeout
        while True:
            entries = self._step(deadline)
            if entries or time.monotonic() >= deadline or self._woken.is_set():
                self._woken.clear()
                return entries

    def stream(self, stop: threading.Event | None = None, tick: float = 1.0) -> Iterator[ChangeEntry]:
        """Every entry as it comes, until `stop` is set (checked every `tick` seconds)."""
        while stop is None or not stop.is_set():
            yield from self.wait(tick)

    def wake(self) -> None:
        """Make a `wait` in progress return soon (to stop a thread)."""
        self._woken.set()

    def close(self) -> None:
        if self._listen is not None:
            with contextlib.suppress(psycopg.Error):
                self._listen.close()
            self._listen = None

    # -- one round: connect if needed, wait for a hint, read what is new --

    def _step(self, deadline: float) -> list[ChangeEntry]:
        now = time.monotonic()
        if now < self._retry_at:
            self._sleep(min(self._retry_at, deadline) - now)
            return []
        try:
            if not self.online:
                self._connect()
                return self._read()
            if self._hinted(deadline):
                return self._read()
            return []
        except _DOWN as exc:
            self._went_down(exc)
            return []

    def _connect(self) -> None:
        if not self.db.is_sqlite:
            self.close()
            params = libpq_params(self.db.engine.url)
            self._listen = psycopg.connect(**params, **PG_CONNECT_ARGS, autocommit=True)  # type: ignore[arg-type]
            self._listen.execute(f"LISTEN {change_feed.CHANNEL}")
        # Listening before reading: a change committed in between is both read now and notified.
        with self.db.read() as session:
            head = change_feed.head(session)
        if self.last_seq is None:
            self.last_seq = head
        self._seen_head = head
        if self._failures:
            log.warning("change feed reachable again; catching up from %s", self.last_seq)
        self.online = True
        self._failures = 0

    def _hinted(self, deadline: float) -> bool:
        """Block until there may be something new (or the deadline); True if the feed should be read."""
        now = time.monotonic()
        if self._more:
            return True
        if self._listen is None:  # SQLite: poll the head row
            if now - self._last_read < self.poll_seconds:
                self._sleep(min(self._last_read + self.poll_seconds, deadline) - now)
                return False
            with self.db.read() as session:
                head = change_feed.head(session)
            self._last_read = time.monotonic()
            moved, self._seen_head = head > self._seen_head, head
            return moved
        check_at = self._last_read + CHECK_SECONDS
        timeout = max(0.0, min(deadline, check_at, now + 0.25) - now)  # 0.25: stay responsive to wake()
        for _ in self._listen.notifies(timeout=timeout, stop_after=1):
            return True
        return time.monotonic() >= check_at

    def _read(self) -> list[ChangeEntry]:
        with self.db.read() as session:
            entries = change_feed.since(session, self.office_code, self.last_seq or 0, BATCH)
        self._more = len(entries) == BATCH
        self._last_read = time.monotonic()
        if self._listen is not None:  # drop notifications that this read already covered
            for _ in self._listen.notifies(timeout=0):
                pass
        if entries:
            self.last_seq = entries[-1].seq
        return entries

    def _went_down(self, exc: BaseException) -> None:
        if self.online or not self._failures:
            log.warning("change feed unreachable, retrying: %s", exc)
        self.online = False
        self.close()
        delay = BACKOFF_SECONDS[min(self._failures, len(BACKOFF_SECONDS) - 1)]
        self._failures += 1
        self._retry_at = time.monotonic() + delay

    def _sleep(self, seconds: float) -> None:
        if seconds > 0:
            self._woken.wait(seconds)
