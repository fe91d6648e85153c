"""Is the database reachable? Pings with back-off, for the out-of-service screen and for commit checks.

`Database.ping` may block up to the connect timeout (3 s on PostgreSQL), so a screen calls these from a
worker thread, never from the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.db import Database


def backoff(first: float = 0.2, factor: float = 2.0, cap: float = 5.0) -> Iterator[float]:
    """Delays between tries: first, first×factor, … never above cap."""
    delay = first
    while True:
        yield delay
        delay = min(delay * factor, cap)


def wait_until_reachable(db: Database, timeout: float) -> bool:
    """Ping with back-off until the database answers (True) or `timeout` seconds pass (False)."""
    deadline = time.monotonic() + timeout
    delays = backoff()
    while not db.ping():
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return False
        time.sleep(min(next(delays), remaining))
    return True


class DatabaseHealth:
    """Whether the database answers, for a screen that polls it: while it does not, `check` pings only
    when the back-off delay (1 s doubling to 15 s) has passed, so a dead server is not hammered."""

    def __init__(self, db: Database, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.db = db
        self.clock = clock
        self.up = True
        self._delays: Iterator[float] | None = None
        self._next_ping = 0.0

    def check(self) -> bool:
        """Ping if one is due and return whether the database answered the last ping."""
        now = self.clock()
        if now < self._next_ping:
            return self.up
        self.up = self.db.ping()
        if self.up:
            self._delays = None
        else:
            self._delays = self._delays or backoff(first=1.0, cap=15.0)
            self._next_ping = now + next(self._delays)
        return self.up
