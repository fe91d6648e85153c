"""Places left stay current across kiosks: while the service screen is shown, today's queue is read again
whenever the change feed tells of a ticket, a call, a ticket leaving the line, a pause or a counter opening
or closing (ui/change_watch.py: within a second, PostgreSQL NOTIFY or SQLite's 300 ms poll), and every
FALLBACK_SECONDS in case the feed is offline (meanwhile what is shown stays).

A read is one small query for today's queue version (kiosk/queue_watch.py); places left, waiting counts and
wait estimates are reloaded only when it changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject

from kiosk.change_feed import ChangeEntry
from kiosk.queue_watch import QueueState, QueueWatch
from kiosk.tickets import TicketService
from ui.change_watch import ChangeWatch
from ui.screens.service import ServiceScreen
from ui.status_poll import BackgroundPoll

FALLBACK_SECONDS = 30.0
KINDS = ("ticket", "call", "recall", "queue", "pause", "counter")


class PlacesRefresh(QObject):
    """Refreshes `screen`'s places left while it is visible; `on_error` hears a failed read."""

    def __init__(
        self,
        window: QObject,
        screen: ServiceScreen,
        tickets: TicketService,
        changes: ChangeWatch,
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(window)
        self.screen = screen
        self.queue = QueueWatch(tickets)
        self.poll = BackgroundPoll(window, FALLBACK_SECONDS, self.queue.poll, self._changed, on_error)
        screen.installEventFilter(self)
        changes.follow(KINDS, self._heard)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:  # the flow loads places as the screen appears: read later
            self.poll.start(immediately=False)
        elif event.type() == QEvent.Type.Hide:
            self.poll.stop()
        return False

    def _heard(self, _entries: list[ChangeEntry]) -> None:
        if self.poll.timer.isActive():  # the service screen shows
            self.poll.refresh()

    def _changed(self, state: QueueState | None) -> None:
        if state is not None:
            self.screen.show_places(state.places_left)
            self.screen.show_lines(state.lines)
