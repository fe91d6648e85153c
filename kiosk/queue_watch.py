"""One picture across kiosks: places left and people waiting, reloaded only when another kiosk changed them.

A kiosk reads a cheap version of today's queue (one indexed query) whenever the change feed tells of a
ticket, a call, a pause or a ticket leaving the line (ui/places_refresh.py, within a second on SQLite and
PostgreSQL alike), and slowly otherwise; only when the version differs are places left and people waiting
read again.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select

from kiosk import change_feed
from kiosk.models import Ticket
from kiosk.queue_line import ServiceQueue, service_queues
from kiosk.tickets import TicketService

QueueVersion = tuple[str, int, int, int, int]


@dataclass(frozen=True)
class QueueState:
    """Today's queue as every kiosk should show it."""

    version: QueueVersion
    places_left: dict[str, int]  # per service code: numbers still free today
    lines: dict[str, ServiceQueue]  # per service code: waiting count and the estimate for a new ticket

    @property
    def waiting(self) -> dict[str, int]:
        """Per service code: people waiting now."""
        return {code: line.waiting for code, line in self.lines.items()}


class QueueWatch:
    """Tells a screen when today's queue changed, from this kiosk or any other on the same database."""

    def __init__(self, tickets: TicketService) -> None:
        self.tickets = tickets
        self._seen: QueueVersion | None = None

    def version(self) -> QueueVersion:
        """(day, highest ticket id, how many wait, sum of their ids, change feed head): changes with every
        ticket issued, every ticket that leaves the waiting line or comes back to it, and every call."""
        day = self.tickets.today()
        waiting = Ticket.status == "waiting"
        with self.tickets.db.read() as session:
            top, count, ids = session.execute(
                select(
                    func.max(Ticket.id), func.count(case((waiting, 1))), func.sum(case((waiting, Ticket.id)))
                ).where(Ticket.office_code == self.tickets.config.office.code, Ticket.day == day)
            ).one()
            changes = change_feed.head(session)
        return day.isoformat(), top or 0, count, ids or 0, changes

    def poll(self) -> QueueState | None:
        """The new state if the queue changed since the last poll (or on the first poll), else None."""
        version = self.version()
        if version == self._seen:
            return None
        self._seen = version
        lines = service_queues(self.tickets.db, self.tickets.config, self.tickets.clock())
        return QueueState(version, self.tickets.places_left(), lines)
