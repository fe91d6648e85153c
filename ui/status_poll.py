"""Background polls: slow checks (printer, database, print queue) run every few seconds off the GUI thread.

Each poll has a pool of one thread of its own, so a printer that takes its whole timeout to answer
never delays the visitor's ticket (the window's pool), and one poll never runs twice at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer

from ui.background import run_in_background


class BackgroundPoll(QObject):
    """Calls `work()` on a worker thread every `seconds` (and on `run()`), skipping a turn while the last
    call still runs; `on_done(result)` or `on_error(exception)` follow on the GUI thread.

    Stops when `window` closes: the running call is waited for and late answers are dropped.
    """

    def __init__(
        self,
        window: QObject,
        seconds: float,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(window)
        self.work = work
        self.on_done = on_done
        self.on_error = on_error
        self.busy = False
        self.stopped = False
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.run)
        self.set_interval(seconds)
        window.installEventFilter(self)

    def set_interval(self, seconds: float) -> None:
        self.timer.setInterval(round(seconds * 1000))

    def start(self, *, immediately: bool = True) -> None:
        """Run every interval, and now unless told otherwise."""
        self.stopped = False
        self.timer.start()
        if immediately:
            self.run()

    def run(self) -> None:
        """Run once now, unless the last call is still running."""
        if self.busy or self.stopped:
            return
        self.busy = True
        run_in_background(self.work, self._done, self._failed, self.pool)

    def stop(self) -> None:
        self.stopped = True
        self.timer.stop()

    def _done(self, result: Any) -> None:
        self.busy = False
        if not self.stopped:
            self.on_done(result)

    def _failed(self, error: Exception) -> None:
        self.busy = False
        if not self.stopped:
            self.on_error(error)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.stop()
            self.pool.waitForDone()
        return False
