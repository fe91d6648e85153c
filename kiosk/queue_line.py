"""Today's waiting line as screens and tickets see it: people ahead of a ticket and the wait estimate.

Read once per screen or listing (`QueueSnapshot.read`: three indexed queries), then asked per ticket.
People ahead come from the call order (kiosk/call_order.py) of the counters that serve the ticket's
service, taken as one line: the open counters serving it (or, while none is open, all configured to),
the union of their services, and the smallest priority run among them. Counters with different service
sets are thus approximated by one merged line (README "Who is called next").

The wait estimate is the median service time (call -> done) of the service's last 20 finished tickets
today, times the people ahead, divided by the open counters serving it; no figure until 5 tickets of the
service were finished today, and none while no counter serving it is open.
"""

from __future__ import annotations

import json
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.call_order import Waiting, call_order
from kiosk.config import PRIORITY_SERVICE, Config, CounterConfig
from kiosk.db import Database
from kiosk.models import CounterState, Ticket
from kiosk.office_time import local

RECENT_FINISHED = 20  # service times taken into the median
MIN_FINISHED = 5  # finished tickets of a service today before there is an estimate


@dataclass(frozen=True)
class CounterLine:
    """A counter as the line sees it: the services it serves now, whether someone is signed in."""

    config: CounterConfig
    services: tuple[str, ...]
    officer: str | None
    priority_run: int

    @property
    def open(self) -> bool:
        return self.officer is not None


def counter_lines(config: Config, states: Sequence[CounterState]) -> list[CounterLine]:
    """Every configured counter with its stored state (a counter never signed in is closed)."""
    by_number = {s.counter: s for s in states}
    lines = []
    for counter in config.counters:
        state = by_number.get(counter.number)
        narrowed = json.loads(state.services) if state is not None and state.services else None
        lines.append(
            CounterLine(
                counter,
                tuple(narrowed) if narrowed else counter.services,
                state.officer if state is not None else None,
                state.priority_run if state is not None else 0,
            )
        )
    return lines


def read_states(session: Session, config: Config) -> list[CounterState]:
    return list(session.scalars(select(CounterState).where(CounterState.office_code == config.office.code)))


# What the call order needs of a waiting ticket: read as plain rows, not ORM objects (a line can be long).
WAITING_COLUMNS = (Ticket.ticket_id, Ticket.prefix, Ticket.number, Ticket.queue_service, Ticket.due_at)


def waiting_entry(ticket: Any) -> Waiting:
    """The call order's view of a Ticket, or of a row of WAITING_COLUMNS (due as stored at issue)."""
    priority = ticket.queue_service == PRIORITY_SERVICE
    return Waiting(ticket.ticket_id, ticket.prefix, ticket.number, priority, ticket.due_at)


@dataclass(frozen=True)
class ServiceQueue:
    """One service's line: how many wait, and the estimate for a ticket issued now (None: no figure)."""

    service: str
    waiting: int
    wait_minutes: int | None


class QueueSnapshot:
    """The waiting line of one office day, read once, answering per ticket and per service."""

    def __init__(
        self,
        config: Config,
        now: datetime,
        waiting: dict[str, list[Waiting]],
        counters: list[CounterLine],
        service_times: dict[str, list[float]],
    ) -> None:
        self.config = config
        self.now = now
        self.waiting = waiting  # per service code, the waiting tickets (any order)
        self.counters = counters
        self.service_times = service_times  # per service code: minutes, newest first, today's finished
        self._orders: dict[tuple[frozenset[str], int], list[Waiting]] = {}
        self._positions: dict[tuple[frozenset[str], int], dict[str, int]] = {}

    @classmethod
    def read(cls, session: Session, config: Config, now: datetime, day: date | None = None) -> QueueSnapshot:
        day = day or local(config.office, now).date()
        office_day = (Ticket.office_code == config.office.code, Ticket.day == day)
        waiting: dict[str, list[Waiting]] = {}
        rows = session.connection().execute(  # plain rows, no ORM loading: a line can be long
            select(*WAITING_COLUMNS).where(*office_day, Ticket.status == "waiting")
        )
        for row in rows:
            waiting.setdefault(row.queue_service, []).append(waiting_entry(row))
        times: dict[str, list[float]] = {}
        for service, called, finished in session.connection().execute(
            select(Ticket.queue_service, Ticket.called_at, Ticket.finished_at)
            .where(*office_day, Ticket.status == "done", Ticket.called_at.is_not(None))
            .order_by(Ticket.finished_at.desc())
        ):
            if finished is not None:
                times.setdefault(service, []).append((finished - called).total_seconds() / 60)
        return cls(config, now, waiting, counter_lines(config, read_states(session, config)), times)

    def serving(self, service: str) -> list[CounterLine]:
        """The counters whose line a ticket of `service` is in: the open ones serving it, else all."""
        serving = [c for c in self.counters if service in c.services]
        return [c for c in serving if c.open] or serving

    def _line(self, service: str) -> tuple[frozenset[str], int]:
        counters = self.serving(service)
        services = frozenset(s for c in counters for s in c.services) | {service}
        return services, min((c.priority_run for c in counters), default=0)

    def order(self, service: str) -> list[Waiting]:
        """The waiting tickets of the line `service` is in, in call order."""
        line = self._line(service)
        if line not in self._orders:
            self._orders[line] = self._call_order(line, [])
            self._positions[line] = {w.ticket_id: i for i, w in enumerate(self._orders[line])}
        return self._orders[line]

    def counter_order(self, counter: CounterLine) -> list[Waiting]:
        """The waiting tickets one counter would call, in its call order (its services, its run)."""
        return self._call_order((frozenset(counter.services), counter.priority_run), [])

    def ahead(self, service: str, ticket_id: str) -> int:
        """How many waiting tickets the call order puts before the waiting ticket `ticket_id`."""
        order = self.order(service)
        return self._positions[self._line(service)].get(ticket_id, len(order))

    def people_ahead(self, ticket: Ticket) -> int:
        """How many waiting tickets the call order puts before this one (0 once it is no longer waiting)."""
        return self.ahead(ticket.queue_service, ticket.ticket_id) if ticket.status == "waiting" else 0

    def ahead_of_new(self, service: str) -> int:
        """How many would be ahead of a ticket of `service` issued now."""
        new = Waiting("", "~", 0, service == PRIORITY_SERVICE, self.now)
        return self._call_order(self._line(service), [new]).index(new)

    def _call_order(self, line: tuple[frozenset[str], int], extra: list[Waiting]) -> list[Waiting]:
        services, run = line
        waiting = [w for s in services for w in self.waiting.get(s, ())] + extra
        return call_order(waiting, priority_run=run, rules=self.config.calling, now=self.now)

    def waiting_count(self, service: str) -> int:
        return len(self.waiting.get(service, ()))

    def service_queues(self) -> dict[str, ServiceQueue]:
        """Every configured service's waiting count and estimate, for the service screen and `kiosk queue`."""
        return {
            s.code: ServiceQueue(s.code, self.waiting_count(s.code), self.wait_minutes(s.code))
            for s in self.config.services
        }

    def minutes_for(self, service: str, ahead: int) -> float | None:
        """The estimated wait for `ahead` people in `service`'s line; None without a figure."""
        times = self.service_times.get(service, [])
        open_counters = sum(1 for c in self.counters if c.open and service in c.services)
        if len(times) < MIN_FINISHED or open_counters == 0:
            return None
        return statistics.median(times[:RECENT_FINISHED]) * ahead / open_counters

    def wait_minutes(self, service: str) -> int | None:
        """The estimate for a ticket of `service` issued now, in whole minutes."""
        minutes = self.minutes_for(service, self.ahead_of_new(service))
        return None if minutes is None else round(minutes)

    def expected_call(self, ticket: Ticket) -> datetime | None:
        """When a waiting ticket may expect its call; None without a figure or once it is called."""
        if ticket.status != "waiting":
            return None
        minutes = self.minutes_for(ticket.queue_service, self.people_ahead(ticket))
        return None if minutes is None else self.now + timedelta(minutes=minutes)


def service_queues(db: Database, config: Config, now: datetime) -> dict[str, ServiceQueue]:
    """Every service's waiting count and estimate now, in one read."""
    with db.read() as session:
        return QueueSnapshot.read(session, config, now).service_queues()
