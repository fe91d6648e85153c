"""Helpers for the calling tests: a configuration with counters, and tickets issued a minute apart."""

from __future__ import annotations

from datetime import timedelta

from kiosk.config import Config
from kiosk.tickets import IssuedTicket, TicketService
from tests.conftest import FixedClock, MakeConfig
from tests.support.niks import make_nik

SERVICES = [
    {"code": "new", "prefix": "A", "daily_quota": 999, "name_id": "Paspor Baru", "name_en": "New passport"},
    {"code": "renewal", "prefix": "B", "daily_quota": 999, "name_id": "Penggantian", "name_en": "Renewal"},
]
ALL = ["new", "renewal", "priority"]


def counters_config(make_config: MakeConfig, *counters: list[str], **sections: dict[str, object]) -> Config:
    """Counters 1, 2, … serving the given service lists (default: one counter serving all)."""
    tables = [
        {"number": n, "name_id": f"Loket {n}", "name_en": f"Counter {n}", "services": services}
        for n, services in enumerate(counters or (ALL,), start=1)
    ]
    return make_config(services=SERVICES, counters=tables, **sections)


class Issuer:
    """Issues walk-in and priority tickets, the clock a minute later each time."""

    def __init__(self, tickets: TicketService, clock: FixedClock) -> None:
        self.tickets, self.clock, self.serial = tickets, clock, 0

    def __call__(self, service: str) -> IssuedTicket:
        self.serial += 1
        self.clock.now += timedelta(minutes=1)
        nik = make_nik(self.serial)
        if service == "priority":
            return self.tickets.issue(
                "priority", nik, "Ani", source="assisted", category="elderly", officer="BUDI"
            )
        return self.tickets.issue(service, nik, "Ani")
