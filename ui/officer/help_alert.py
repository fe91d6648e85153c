"""On every officer screen: the visitors who tapped "Call an officer" (on any kiosk of the office), oldest
first, with how long ago; "Helped" clears the oldest. While officer mode is open the requests are read
again whenever the change feed tells of a `help` entry (ui/change_watch.py: within a second, PostgreSQL
NOTIFY or SQLite's 300 ms poll), and every REDRAW_SECONDS so the minutes shown stay current (and in case the
feed is offline; meanwhile what is shown stays)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QWidget

from kiosk import help_requests
from kiosk.change_feed import ChangeEntry
from kiosk.help_requests import OpenRequest
from ui.change_watch import ChangeWatch
from ui.screens.base import SPACING
from ui.status_poll import BackgroundPoll
from ui.style import Role
from ui.translation import Retranslating
from ui.widgets.basics import button, label

if TYPE_CHECKING:
    from ui.officer.flow import OfficerFlow
    from ui.window import KioskWindow

log = logging.getLogger(__name__)
REDRAW_SECONDS = 15.0


class HelpAlert(Retranslating, QWidget):
    """A warning strip under the officer banner; hidden in visitor mode and while nobody asked."""

    def __init__(self, window: KioskWindow, officer: OfficerFlow, changes: ChangeWatch) -> None:
        super().__init__()
        self.setObjectName("help_alert")
        self.window = window
        self.officer = officer
        self.requests: list[OpenRequest] = []
        self.text = label(Role.WARNING, name="help_alert_text")
        self.done = button("help_done", Role.PRIMARY)
        self.done.clicked.connect(self._clear_oldest)
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACING, SPACING // 2, SPACING, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.done)
        tickets, config = window.ctx.desk.tickets, window.ctx.config
        self.poll = BackgroundPoll(
            window,
            REDRAW_SECONDS,
            lambda: help_requests.open_requests(tickets.db, config),
            self.show_requests,
            self._failed,
        )
        window.layout().insertWidget(window.layout().indexOf(officer.banner) + 1, self)
        window.stack.currentChanged.connect(self._screen_changed)
        changes.follow(("help",), self._heard)
        self.hide()

    def _screen_changed(self) -> None:
        if self.officer.session is not None:
            if not self.poll.timer.isActive():
                self.poll.start()
        else:
            self.poll.stop()
            self.requests = []
            self.hide()

    def _heard(self, _entries: list[ChangeEntry]) -> None:
        if self.poll.timer.isActive():  # officer mode is open
            self.poll.refresh()

    def show_requests(self, requests: list[OpenRequest]) -> None:
        self.requests = requests if self.officer.session is not None else []
        self.retranslate()
        self.setVisible(bool(self.requests))

    def _clear_oldest(self) -> None:
        session = self.officer.session
        if not self.requests or session is None:
            return
        oldest, tickets, config = self.requests[0], self.window.ctx.desk.tickets, self.window.ctx.config
        self.officer.background.change(
            lambda: help_requests.clear(
                tickets.db, config, oldest.id, officer=session.officer, at=tickets.clock()
            ),
            lambda _: self.poll.refresh(),
            self._failed,
        )

    def _failed(self, error: Exception) -> None:
        log.warning("help requests not read or not cleared: %s", type(error).__name__)

    def retranslate(self) -> None:
        now = self.window.ctx.desk.tickets.clock()
        parts = [
            self.tr("{kiosk} ({minutes} min)").format(
                kiosk=r.kiosk_name, minutes=max(0, int((now - r.asked_at).total_seconds() // 60))
            )
            for r in self.requests
        ]
        self.text.setText(self.tr("A visitor asks for help: {where}").format(where=", ".join(parts)))
        self.done.setText(self.tr("Helped"))
