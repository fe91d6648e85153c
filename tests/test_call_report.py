"""`kiosk report`'s calling figures: served, no-shows, waiting and service time (median, p90) per service
and per counter, and how late or early checked-in bookings were called against their session."""

from __future__ import annotations

import json
from datetime import time, timedelta

import pytest

from kiosk.call_report import calling_report, median_p90
from kiosk.calling import CallingService
from kiosk.config import Config
from kiosk.db import Database
from kiosk.tickets import BookingRef, TicketService
from tests.conftest import FixedClock, MakeConfig
from tests.support.calling_support import Issuer, counters_config
from tests.support.kiosk_cli import kiosk

pytestmark = pytest.mark.all_databases


@pytest.fixture
def config(make_config: MakeConfig) -> Config:
    return counters_config(make_config, ["new", "renewal", "priority"], ["new"])


def test_median_and_p90() -> None:
    assert median_p90([]) == (None, None)
    assert median_p90([5.0]) == (5.0, 5.0)
    assert median_p90([float(m) for m in range(1, 11)]) == (5.5, 9.1)


def test_figures_per_service_and_counter(
    config: Config, db: Database, tickets: TicketService, clock: FixedClock
) -> None:
    calling = CallingService(config, db, clock)
    issue = Issuer(tickets, clock)  # 09:01, 09:02, 09:03 WIB
    for _ in range(3):
        issue("new")
    booked = BookingRef("TGU-BK01", time(9, 30), time(10, 0), None, "0001")
    tickets.issue("renewal", None, "Ani", source="booking", booking=booked)  # checked in at 09:03
    clock.now += timedelta(minutes=7)  # 09:10
    calling.next(1)  # A001 waited 9 min
    calling.next(2)  # A002 waited 8 min
    clock.now += timedelta(minutes=4)
    calling.finish(1)  # served 4 min
    calling.no_show(2)
    calling.next(2)  # A003 at 09:14, waited 11 min
    clock.now += timedelta(minutes=6)
    calling.finish(2)  # served 6 min
    clock.now += timedelta(minutes=25)  # 09:45
    calling.next(1)  # the 09:30 booking, called 15 minutes late
    report = calling_report(db, config, tickets.today())
    new, renewal, _priority = report.services
    assert (new.key, new.served, new.no_shows) == ("new", 2, 1)
    assert new.row()["wait_median_min"] == 9.0 and new.row()["service_median_min"] == 5.0
    assert renewal.row()["booking_late_median_min"] == 15.0 and renewal.served == 0
    one, two = report.counters
    assert (one.served, one.no_shows, two.served, two.no_shows) == (1, 0, 1, 1)
    assert report.as_json()["counters"][1] == {
        "counter": 2,
        "served": 1,
        "no_shows": 1,
        "wait_median_min": 9.5,
        "wait_p90_min": 10.7,
        "service_median_min": 6.0,
        "service_p90_min": 6.0,
        "booking_late_median_min": None,
        "booking_late_p90_min": None,
    }


def test_report_command_prints_them(config: Config, tickets: TicketService, db: Database) -> None:
    Issuer(tickets, FixedClock())("new")
    day = tickets.today().isoformat()
    data = json.loads(kiosk(config, "report", "--date", day, "--json").stdout)
    assert [s["service"] for s in data["calling"]["services"]] == ["new", "renewal", "priority"]
    assert [c["counter"] for c in data["calling"]["counters"]] == [1, 2]
    text = kiosk(config, "report", "--date", day).stdout
    assert "At the counters, per counter" in text and "service_median_min" in text
    assert "date,counter,served,no_shows" in kiosk(config, "report", "--date", day, "--csv").stdout
