"""Background polls: slow checks (printer, database, print queue) run every few seconds off the GUI thread.

Each poll has a pool of one thread of its own, so a printer that takes its whole timeout to answer
never delays the visitor's ticket (the window's pool), and one poll never runs twice at once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, QThreadPool, QTimer

from ui.background import Background


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
        self.stopped = False
        self.again = False  # refresh() asked while a call ran: run once more after it
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.background = Background(self.pool, on_error, parent=self)
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
        """Run once now, unless the last call is still running (a skipped turn: the next one comes)."""
        if not self.stopped:
            self.background.change(self.work, self._done, self._failed, queue=False)

    def refresh(self) -> None:
        """Run now; if a call is running (it may have read before the news), run once more after it."""
        if self.background.changing:
            self.again = not self.stopped
        else:
            self.run()

    def _done(self, result: Any) -> None:
        self.on_done(result)
        self._run_again()

    def _failed(self, error: Exception) -> None:
        self.on_error(error)
        self._run_again()

    def _run_again(self) -> None:
        if self.again:
            self.again = False
            self.run()

    def stop(self) -> None:
        """No more calls; the answer of one still running is dropped."""
        self.stopped = True
        self.again = False
        self.timer.stop()
        self.background.move_on()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close:
            self.stop()
            self.pool.waitForDone()
        return False
