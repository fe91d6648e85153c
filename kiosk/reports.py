"""Day figures per service, for `kiosk report` and the officer screen: tickets by source, priority
categories, cancellations, reprints, overrides per officer, places left. Counted from the tickets, which
keep these fields after a purge of personal data."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from sqlalchemy import func, select

from kiosk import help_requests
from kiosk.config import Config
from kiosk.db import Database
from kiosk.models import Ticket
from kiosk.tickets import SOURCES, places_left

CATEGORIES = ("elderly", "disability", "pregnancy", "child")  # the priority lane's; child: under five


@dataclass
class ServiceStats:
    """One service's day. `checked_in` counts tickets of source 'booking'."""

    service: str
    issued: int = 0
    sources: dict[str, int] = field(default_factory=lambda: dict.fromkeys(SOURCES, 0))
    categories: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CATEGORIES, 0))
    cancelled: int = 0
    reprints: int = 0
    overrides: int = 0
    places_left: int = 0

    @property
    def checked_in(self) -> int:
        return self.sources["booking"]

    def row(self) -> dict[str, object]:
        """A flat row for CSV."""
        return {
            "service": self.service,
            "issued": self.issued,
            **self.sources,
            "cancelled": self.cancelled,
            "reprints": self.reprints,
            "overrides": self.overrides,
            **self.categories,
            "places_left": self.places_left,
        }


@dataclass(frozen=True)
class DayReport:
    day: date
    services: list[ServiceStats]
    overrides_by_officer: dict[str, int]
    help_requests: int = 0  # visitors who tapped "Call an officer" (kiosk/help_requests.py)

    def service(self, code: str) -> ServiceStats:
        return next(s for s in self.services if s.service == code)

    def as_json(self) -> dict[str, object]:
        return {
            "date": self.day.isoformat(),
            "services": [asdict(s) for s in self.services],
            "overrides_by_officer": self.overrides_by_officer,
            "help_requests": self.help_requests,
        }


def day_report(db: Database, config: Config, day: date) -> DayReport:
    """The figures of office-local `day` for every configured service (and any other found that day)."""
    office = config.office.code
    on_day = (Ticket.office_code == office, Ticket.day == day)
    with db.read() as session:
        groups = session.execute(
            select(
                Ticket.service_code,
                Ticket.source,
                Ticket.category,
                Ticket.status,
                func.count(),
                func.sum(Ticket.reprint_count),
                func.count(Ticket.override_reason),
            )
            .where(*on_day)
            .group_by(Ticket.service_code, Ticket.source, Ticket.category, Ticket.status)
        ).all()
        left = places_left(session, config, day)
        helps = help_requests.count_day(session, config, day)
        officers = dict(
            session.execute(
                select(Ticket.officer, func.count())
                .where(*on_day, Ticket.override_reason.is_not(None))
                .group_by(Ticket.officer)
                .order_by(Ticket.officer)
            ).all()
        )
    stats = {s.code: ServiceStats(s.code, places_left=left[s.code]) for s in config.services}
    for service, source, category, status, count, reprints, overrides in groups:
        s = stats.setdefault(service, ServiceStats(service))
        s.issued += count
        s.sources[source] = s.sources.get(source, 0) + count
        if category is not None:
            s.categories[category] = s.categories.get(category, 0) + count
        s.cancelled += count if status == "cancelled" else 0
        s.reprints += reprints or 0
        s.overrides += overrides
    return DayReport(day, list(stats.values()), {name or "-": n for name, n in officers.items()}, helps)
