"""Home's "Now serving": the number at each open counter (kiosk.calling.CallingService.overview), read
again whenever the change feed tells of a call, a recall, a ticket leaving the line or a counter opening
or closing (ui/change_watch.py: within a second, PostgreSQL NOTIFY or SQLite's 300 ms poll), so a visitor
sees the queue move. Read as Home appears, and every FALLBACK_SECONDS while it shows in case the feed is
offline (meanwhile what is shown stays)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject

from kiosk.calling import CallingService, CounterNow
from kiosk.change_feed import ChangeEntry
from ui.change_watch import ChangeWatch
from ui.screens.home import HomeScreen
from ui.status_poll import BackgroundPoll
from ui.window import KioskWindow

log = logging.getLogger(__name__)
FALLBACK_SECONDS = 30.0
KINDS = ("call", "recall", "queue", "counter", "pause")


class ServingNow(QObject):
    def __init__(self, window: KioskWindow, home: HomeScreen, changes: ChangeWatch) -> None:
        super().__init__(window)
        self.home = home
        tickets = window.ctx.desk.tickets
        calling = CallingService(window.ctx.config, tickets.db, tickets.clock)
        self.poll = BackgroundPoll(
            window, FALLBACK_SECONDS, lambda: calling.overview().counters, self._show, self._failed
        )
        home.installEventFilter(self)
        changes.follow(KINDS, self._heard)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.poll.start()
        elif event.type() == QEvent.Type.Hide:
            self.poll.stop()
        return False

    def _heard(self, _entries: list[ChangeEntry]) -> None:
        if self.poll.timer.isActive():  # Home shows
            self.poll.refresh()

    def _show(self, counters: list[CounterNow]) -> None:
        self.home.show_serving([(c.name_id, c.name_en, c.current) for c in counters if c.open and c.current])

    def _failed(self, error: Exception) -> None:
        log.debug("numbers being served not read: %s", type(error).__name__)  # the next change asks again
