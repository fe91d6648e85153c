"""Places left stay current across kiosks: while the service screen is shown, today's queue version is
read every REFRESH_SECONDS (one small query), and places left are reloaded when any kiosk changed it.

So the service screen is at most REFRESH_SECONDS (plus a query) behind the other kiosks on the same
database, and so are the waiting counts and wait estimates shown with them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject

from kiosk.queue_watch import QueueState, QueueWatch
from kiosk.tickets import TicketService
from ui.screens.service import ServiceScreen
from ui.status_poll import BackgroundPoll

REFRESH_SECONDS = 3.0


class PlacesRefresh(QObject):
    """Refreshes `screen`'s places left while it is visible; `on_error` hears a failed read."""

    def __init__(
        self,
        window: QObject,
        screen: ServiceScreen,
        tickets: TicketService,
        on_error: Callable[[Exception], None],
    ) -> None:
        super().__init__(window)
        self.screen = screen
        self.queue = QueueWatch(tickets)
        self.poll = BackgroundPoll(window, REFRESH_SECONDS, self.queue.poll, self._changed, on_error)
        screen.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:  # the flow loads places as the screen appears: poll later
            self.poll.start(immediately=False)
        elif event.type() == QEvent.Type.Hide:
            self.poll.stop()
        return False

    def _changed(self, state: QueueState | None) -> None:
        if state is not None:
            self.screen.show_places(state.places_left)
            self.screen.show_lines(state.lines)
