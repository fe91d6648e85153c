"""What the counter console shows, read in one go: the counter, its current ticket with how long the
visitor waited, the lines of its services with their estimates, the next numbers it would call, and the
counter's figures for today."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk import change_feed
from kiosk.call_report import CallStats, calling_report
from kiosk.calling import CallingService, CounterNow
from kiosk.queue_line import QueueSnapshot, ServiceQueue
from kiosk.tickets import IssuedTicket

UPCOMING = 5  # next numbers shown


@dataclass(frozen=True)
class CounterView:
    counter: CounterNow
    current: IssuedTicket | None
    waited_minutes: int | None  # the current visitor's wait, issue -> call
    lines: list[ServiceQueue]  # the counter's services
    upcoming: list[str]  # the next numbers in this counter's call order
    today: CallStats  # this counter's figures today
    head: int  # the change feed's head when this was read: newer entries make it stale


def counter_view(calling: CallingService, number: int) -> CounterView:
    """The console's picture of counter `number` now."""
    with calling.db.read() as session:  # first: a change after this makes the view stale, none is missed
        head = change_feed.head(session)
        line = QueueSnapshot.read(session, calling.config, calling.clock())
    counter = calling.overview().counter(number)
    current = calling.current(number)
    lines = line.service_queues()
    this = next(c for c in line.counters if c.config.number == number)
    report = calling_report(calling.db, calling.config, calling.today())
    today = next(c for c in report.counters if c.key == str(number))
    return CounterView(
        counter,
        current,
        _minutes(current.issued_at, current.called_at) if current and current.called_at else None,
        [lines[code] for code in counter.services if code in lines],
        [w.label for w in line.counter_order(this)[:UPCOMING]],
        today,
        head,
    )


def _minutes(start: datetime, end: datetime) -> int:
    return max(0, round((end - start).total_seconds() / 60))
