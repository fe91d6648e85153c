"""The print queue, retried in the background: tickets the printer did not take print late by themselves.

At start-up (tickets left waiting before a restart), every `printer.retry_seconds`, and at once when the
printer status poll sees the printer able to print again. Each retry runs RetryLoop.tick on a worker
thread (it talks to the printer, up to its timeout per ticket); two never run at once.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from kiosk.desk import Desk
from kiosk.print_queue import RetryLoop
from kiosk.tickets import IssuedTicket
from ui.status_poll import BackgroundPoll

log = logging.getLogger(__name__)


class PrintRetry(QObject):
    """Prints the tickets waiting in `desk.print_queue`, oldest first, each with the "late" note."""

    printed = Signal(list)  # the tickets one retry printed (list[IssuedTicket]), when there were any

    def __init__(self, window: QObject, desk: Desk) -> None:
        super().__init__(window)
        every = desk.config.printer.retry_seconds
        self.loop = RetryLoop(desk.print_queue, every)
        # The timer keeps the interval, so each turn is forced: a timer firing a millisecond before
        # RetryLoop's own deadline would otherwise skip a whole interval.
        self.poll = BackgroundPoll(
            window, every, lambda: self.loop.tick(force=True), self._done, self._failed
        )

    def now(self) -> None:
        """Retry now (the printer is back), unless a retry is running."""
        self.poll.run()

    def _done(self, tickets: list[IssuedTicket]) -> None:
        if tickets:
            log.info("printed late from the print queue: %s", ", ".join(t.label for t in tickets))
            self.printed.emit(tickets)

    def _failed(self, error: Exception) -> None:
        log.warning("print queue not retried: %s", error)
