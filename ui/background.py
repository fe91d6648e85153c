"""Slow work (database, printer) off the GUI thread, answered on it: the one way the screens run it.

In the spirit of Anki's QueryOp/CollectionOp (qt/aqt/operations): success, failure, the busy state and
stale answers are handled here, once, instead of by each flow. A flow owns one `Background`:

    background = Background(window.pool, failed=self.refuse, parent=self)
    background.query(work, done)                      # a read: starts at once, alongside others
    background.change(work, done, busy=(screen,))     # a write or a print: one at a time, in order
    background.move_on()                              # a new visitor or officer session begins

- `work()` runs on a pool thread and must not touch widgets; then `done(result)`, or `failed(error)`
  (the flow's default handler unless given), runs on the GUI thread.
- Busy: every view in `busy` (anything with `set_busy(bool)`: disabled buttons, "please wait") is set busy
  when the request is made and set free when its answer arrives, success or failure, before the handler
  runs; or at once on `move_on()`. A view named by several requests stays busy until the last is answered.
- Changes never overlap and are never dropped silently: one asked for while another runs is queued and
  runs after it, in order, its views busy meanwhile. Only `queue=False` (a camera that reads the same
  code again a moment later) refuses instead: `change` then returns False and logs it.
- Stale answers: an answer to a request made before the last `move_on()` is discarded here (logged), never
  shown to the next visitor or officer. Requests themselves are not cancelled: a ticket asked for is still
  issued and printed (or queued), only its answer is dropped.

The visitor's screens share the walk-in flow's (`WalkInFlow.background`, moved on at each new visitor by
`start_over`); officer mode's tasks share `OfficerFlow.background` (moved on when the officer leaves).

Work repeated every few seconds: ui.status_poll.BackgroundPoll (a Background of its own, turns skipped
while one runs). `run_in_background` is the bare primitive underneath: no busy state, no stale check.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
_pending: set[_Relay] = set()  # keeps each relay alive until its answer has been delivered


class BusyView(Protocol):
    """A screen (or widget) that shows it is waiting: buttons off, a "please wait" text."""

    def set_busy(self, busy: bool) -> None: ...


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, on_done: Callable[[Any], None], on_error: Callable[[Exception], None]) -> None:
        super().__init__()
        self._on_done = on_done
        self._on_error = on_error
        self.done.connect(self._deliver_result)
        self.failed.connect(self._deliver_error)

    @Slot(object)
    def _deliver_result(self, result: Any) -> None:
        _pending.discard(self)
        self._on_done(result)

    @Slot(object)
    def _deliver_error(self, error: Exception) -> None:
        _pending.discard(self)
        self._on_error(error)


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None],
    pool: QThreadPool | None = None,
) -> None:
    """Call `fn()` on a pool thread, then `on_done(result)` or `on_error(exc)` on the GUI thread."""
    relay = _Relay(on_done, on_error)
    _pending.add(relay)

    def work() -> None:
        try:
            result = fn()
        except Exception as exc:
            relay.failed.emit(exc)
        else:
            relay.done.emit(result)

    (pool or QThreadPool.globalInstance()).start(work)


@dataclass(eq=False)
class _Request:
    work: Callable[[], Any]
    done: Callable[[Any], None]
    failed: Callable[[Exception], None]
    busy: tuple[BusyView, ...]
    generation: int
    change: bool


class Background(QObject):
    """Runs one flow's requests; see the module docstring for the rules it keeps."""

    def __init__(
        self, pool: QThreadPool, failed: Callable[[Exception], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._pool = pool
        self._failed = failed
        self._generation = 0
        self._busy: dict[BusyView, int] = {}  # each busy view: how many of this generation's requests hold it
        self._changes: deque[_Request] = deque()  # asked for, not yet started
        self._changing = False

    @property
    def changing(self) -> bool:
        """A change is running (others may wait behind it)."""
        return self._changing

    def query(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
        *,
        busy: Iterable[BusyView] = (),
    ) -> None:
        """Run a read now, whatever else runs."""
        self._start(self._request(work, done, failed, busy, change=False))

    def change(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
        *,
        busy: Iterable[BusyView] = (),
        queue: bool = True,
    ) -> bool:
        """Run a write or a print after those asked for before it. Returns False only when refused
        (`queue=False` while another change runs); then nothing is set busy and nothing runs."""
        if self._changing and not queue:
            log.info("a change is running: this one is refused, not queued")
            return False
        self._changes.append(self._request(work, done, failed, busy, change=True))
        self._next_change()
        return True

    def move_on(self) -> None:
        """A new visitor or officer session: earlier requests' answers are discarded, their views freed."""
        self._generation += 1
        held, self._busy = self._busy, {}
        for view in held:
            view.set_busy(False)

    def _request(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None,
        busy: Iterable[BusyView],
        *,
        change: bool,
    ) -> _Request:
        views = tuple(busy)
        for view in views:
            self._busy[view] = self._busy.get(view, 0) + 1
            view.set_busy(True)
        return _Request(work, done, failed or self._failed, views, self._generation, change)

    def _next_change(self) -> None:
        if not self._changing and self._changes:
            self._changing = True
            self._start(self._changes.popleft())

    def _start(self, request: _Request) -> None:
        run_in_background(
            request.work,
            lambda result: self._answer(request, request.done, result),
            lambda error: self._answer(request, request.failed, error),
            self._pool,
        )

    def _answer(self, request: _Request, handler: Callable[[Any], None], value: Any) -> None:
        if request.change:
            self._changing = False
        try:
            if request.generation != self._generation:
                if isinstance(value, Exception):
                    # One line: the visit it belonged to has ended, and what went wrong is met (and logged)
                    # again by the current visit's own request if it still holds.
                    log.warning("an earlier visit's request failed (%s); not shown", type(value).__name__)
                else:
                    log.info("an answer for an earlier visit arrived after the kiosk moved on; not shown")
                return
            for view in request.busy:
                self._busy[view] -= 1
                if not self._busy[view]:
                    del self._busy[view]
                    view.set_busy(False)
            handler(value)
        finally:
            self._next_change()
