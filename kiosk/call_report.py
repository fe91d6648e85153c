"""The calling side of `kiosk report`: per service and per counter, how many were served or did not come,
how long they waited (issue -> first call) and were served (call -> done), as median and p90 in minutes,
and for checked-in bookings how late (+) or early (-) the first call came against the booked session."""

from __future__ import annotations

import statistics
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select

from kiosk.config import Config
from kiosk.db import Database
from kiosk.models import Ticket


def median_p90(values: list[float]) -> tuple[float | None, float | None]:
    """The median and the 90th percentile (inclusive method), in minutes to one decimal; None if empty."""
    if not values:
        return None, None
    p90 = statistics.quantiles(values, n=10, method="inclusive")[-1] if len(values) > 1 else values[0]
    return round(statistics.median(values), 1), round(p90, 1)


@dataclass
class CallStats:
    """One service's or one counter's day at the counters."""

    key: str  # a service code, or a counter number as text
    served: int = 0
    no_shows: int = 0
    waits: list[float] = field(default_factory=list, repr=False)  # issue -> first call, minutes
    services: list[float] = field(default_factory=list, repr=False)  # call -> done, minutes
    booking_offsets: list[float] = field(default_factory=list, repr=False)  # first call - session start

    def row(self) -> dict[str, object]:
        wait, wait_p90 = median_p90(self.waits)
        service, service_p90 = median_p90(self.services)
        late, late_p90 = median_p90(self.booking_offsets)
        return {
            "served": self.served,
            "no_shows": self.no_shows,
            "wait_median_min": wait,
            "wait_p90_min": wait_p90,
            "service_median_min": service,
            "service_p90_min": service_p90,
            "booking_late_median_min": late,
            "booking_late_p90_min": late_p90,
        }


@dataclass(frozen=True)
class CallingReport:
    day: date
    services: list[CallStats]
    counters: list[CallStats]

    def as_json(self) -> dict[str, object]:
        return {
            "services": [{"service": s.key, **s.row()} for s in self.services],
            "counters": [{"counter": int(c.key), **c.row()} for c in self.counters],
        }


def calling_report(db: Database, config: Config, day: date) -> CallingReport:
    """The figures of office-local `day` for every configured service and counter (and any other found)."""
    zone = config.office.timezone
    with db.read() as session:
        tickets = session.scalars(
            select(Ticket).where(
                Ticket.office_code == config.office.code,
                Ticket.day == day,
                Ticket.first_called_at.is_not(None),
                Ticket.status.in_(("called", "done", "no_show")),  # a transferred ticket waits again
            )
        ).all()
    services = {s.code: CallStats(s.code) for s in config.services}
    counters = {str(c.number): CallStats(str(c.number)) for c in config.counters}
    minutes: Callable[[datetime, datetime], float] = lambda a, b: (b - a).total_seconds() / 60  # noqa: E731
    for t in tickets:
        assert t.first_called_at is not None
        for stats in (
            services.setdefault(t.queue_service, CallStats(t.queue_service)),
            counters.setdefault(str(t.counter), CallStats(str(t.counter))),  # the counter that called it last
        ):
            stats.waits.append(minutes(t.issued_at, t.first_called_at))
            if t.status == "done" and t.called_at and t.finished_at:
                stats.served += 1
                stats.services.append(minutes(t.called_at, t.finished_at))
            stats.no_shows += t.status == "no_show"
            if t.session_start is not None:
                session_start = datetime.combine(t.day, t.session_start, tzinfo=zone)
                stats.booking_offsets.append(minutes(session_start, t.first_called_at))
    return CallingReport(day, list(services.values()), list(counters.values()))
