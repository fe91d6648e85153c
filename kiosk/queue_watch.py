"""One picture across kiosks: places left and people waiting, reloaded only when another kiosk changed them.

Every kiosk polls a cheap version of today's queue (one indexed query); only when it differs are places
left and people waiting read again. Polled every `interval` seconds, what a screen shows is at most that
old (plus one query, a millisecond), on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, func, select

from kiosk.models import Ticket
from kiosk.tickets import TicketService

QueueVersion = tuple[str, int, int, int]


@dataclass(frozen=True)
class QueueState:
    """Today's queue as every kiosk should show it."""

    version: QueueVersion
    places_left: dict[str, int]  # per service code: numbers still free today
    waiting: dict[str, int]  # per service code: people waiting now, i.e. ahead of the next ticket


class QueueWatch:
    """Tells a screen when today's queue changed, from this kiosk or any other on the same database."""

    def __init__(self, tickets: TicketService) -> None:
        self.tickets = tickets
        self._seen: QueueVersion | None = None

    def version(self) -> QueueVersion:
        """(day, highest ticket id, how many wait, sum of their ids): changes with every ticket issued and
        every ticket that leaves the waiting line or comes back to it."""
        day = self.tickets.today()
        waiting = Ticket.status == "waiting"
        with self.tickets.db.read() as session:
            top, count, ids = session.execute(
                select(
                    func.max(Ticket.id), func.count(case((waiting, 1))), func.sum(case((waiting, Ticket.id)))
                ).where(Ticket.office_code == self.tickets.config.office.code, Ticket.day == day)
            ).one()
        return day.isoformat(), top or 0, count, ids or 0

    def poll(self) -> QueueState | None:
        """The new state if the queue changed since the last poll (or on the first poll), else None."""
        version = self.version()
        if version == self._seen:
            return None
        self._seen = version
        return QueueState(version, self.tickets.places_left(), self._waiting())

    def _waiting(self) -> dict[str, int]:
        with self.tickets.db.read() as session:
            counts = dict(
                session.execute(
                    select(Ticket.service_code, func.count())
                    .where(
                        Ticket.office_code == self.tickets.config.office.code,
                        Ticket.day == self.tickets.today(),
                        Ticket.status == "waiting",
                    )
                    .group_by(Ticket.service_code)
                ).all()
            )
        return {s.code: counts.get(s.code, 0) for s in self.tickets.config.services}
