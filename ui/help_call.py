"""The visitor's "Call an officer": the request goes to the core off the GUI thread (kiosk/help_requests.py,
which tells every officer screen through the change feed); the bar says an officer is coming and how long
ago the visitor asked, until an officer clears the request (heard from the change feed's `help` entries
within a second; POLL_SECONDS is the fallback while the feed is offline)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from kiosk import help_requests
from kiosk.change_feed import ChangeEntry
from kiosk.help_requests import OpenRequest
from ui.background import Background
from ui.change_watch import ChangeWatch
from ui.status_poll import BackgroundPoll
from ui.widgets.visitor_bar import VisitorBar
from ui.window import KioskWindow

log = logging.getLogger(__name__)
POLL_SECONDS = 30.0  # fallback: how soon the kiosk notices a cleared request without the feed
AGO_REFRESH_MS = 15_000  # "asked N minutes ago" is redrawn this often


class HelpCall(QObject):
    def __init__(self, window: KioskWindow, bar: VisitorBar, changes: ChangeWatch) -> None:
        super().__init__(window)
        self.window = window
        self.bar = bar
        self.ctx = ctx = window.ctx
        self.request: OpenRequest | None = None
        self.background = Background(window.pool, failed=self._failed, parent=self)  # not moved on: the
        # request stays open for the next visitor too, until an officer has come
        db, config = ctx.desk.tickets.db, ctx.config
        self.poll = BackgroundPoll(
            window, POLL_SECONDS, lambda: help_requests.open_for_kiosk(db, config), self._show, _unchecked
        )
        self.ago = QTimer(self)
        self.ago.setInterval(AGO_REFRESH_MS)
        self.ago.timeout.connect(lambda: self._show(self.request))
        bar.help_requested.connect(self.ask)
        changes.follow(("help",), self._heard)

    def start(self) -> None:
        self.poll.start()
        self.ago.start()

    def refresh(self) -> None:
        """Ask the core now whether the request is still open (an officer may have cleared it)."""
        self.poll.run()

    def _heard(self, _entries: list[ChangeEntry]) -> None:
        if self.request is not None:  # only an open request can be cleared by an officer
            self.poll.refresh()

    def ask(self) -> None:
        """Record the request (or find the open one) and show it; the visitor stays on their screen."""
        tickets, config = self.ctx.desk.tickets, self.ctx.config
        screen = self.window.current().objectName()
        self.background.change(
            lambda: help_requests.ask(tickets.db, config, screen, tickets.clock()), self._show
        )

    def _show(self, request: OpenRequest | None) -> None:
        self.request = request
        self.bar.show_help(request.asked_at if request else None, self.ctx.desk.tickets.clock())

    def _failed(self, error: Exception) -> None:
        """The request did not reach the core (the database is out: the kiosk goes out of service)."""
        log.warning("help request not sent: %s", type(error).__name__)


def _unchecked(error: Exception) -> None:
    """A poll that failed: the next one asks again (an outage is reported by the database watch)."""
    log.debug("help request not checked: %s", type(error).__name__)
