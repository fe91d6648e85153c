"""Following the other counters and kiosks: the change feed's head, read every half second off the GUI
thread (one primary-key read, ui/status_poll.py), and a callback when it moved on. The one place the
console polls; a shared change listener (ui/change_watch.py, PostgreSQL NOTIFY) can replace it here."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject

from kiosk import change_feed
from kiosk.db import Database
from ui.status_poll import BackgroundPoll

log = logging.getLogger(__name__)
INTERVAL_SECONDS = 0.5


class FeedFollower(QObject):
    """Calls `changed(head)` on the GUI thread when the change feed's head passes the last one seen."""

    def __init__(self, window: QObject, db: Database, changed: Callable[[int], None]) -> None:
        super().__init__(window)
        self.db = db
        self.changed = changed
        self.head = 0
        self.poll = BackgroundPoll(window, INTERVAL_SECONDS, self._read, self._heard, self._failed)

    def start(self, head: int) -> None:
        self.head = head
        self.poll.start(immediately=False)

    def stop(self) -> None:
        self.poll.stop()

    def seen(self, head: int) -> None:
        """The caller has shown everything up to `head`."""
        self.head = max(self.head, head)

    def _read(self) -> int:
        with self.db.read() as session:
            return change_feed.head(session)

    def _heard(self, head: int) -> None:
        if head > self.head:
            self.head = head
            self.changed(head)

    def _failed(self, error: Exception) -> None:
        log.warning("counter console: the change feed could not be read: %s", error)
