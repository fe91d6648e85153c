"""Run slow work (database, printer) on a worker thread and hear back on the GUI thread.

Modelled on Anki's QueryOp: `fn` must not touch widgets; `on_done(result)` or `on_error(exception)`
runs later on the GUI thread, through a queued signal.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

_pending: set[_Relay] = set()  # keeps each relay alive until its answer has been delivered


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
