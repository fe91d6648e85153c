"""Home's "Now serving": the number at each open counter, read from the calling side every few seconds
while Home shows (kiosk.calling.CallingService.overview), so a visitor sees the queue move."""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject

from kiosk.calling import CallingService, CounterNow
from ui.screens.home import HomeScreen
from ui.status_poll import BackgroundPoll
from ui.window import KioskWindow

log = logging.getLogger(__name__)
POLL_SECONDS = 5.0


class ServingNow(QObject):
    def __init__(self, window: KioskWindow, home: HomeScreen) -> None:
        super().__init__(window)
        self.home = home
        tickets = window.ctx.desk.tickets
        calling = CallingService(window.ctx.config, tickets.db, tickets.clock)
        self.poll = BackgroundPoll(
            window, POLL_SECONDS, lambda: calling.overview().counters, self._show, self._failed
        )
        home.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:
            self.poll.start()
        elif event.type() == QEvent.Type.Hide:
            self.poll.stop()
        return False

    def _show(self, counters: list[CounterNow]) -> None:
        self.home.show_serving([(c.name_id, c.name_en, c.current) for c in counters if c.open and c.current])

    def _failed(self, error: Exception) -> None:
        log.debug("numbers being served not read: %s", type(error).__name__)  # the next poll asks again
