"""Day reports (core and `kiosk report`), and retention: `kiosk purge` removes visitors' personal data from
old tickets, keeps the counts, and leaves the audit trail verifiable."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import audit
from kiosk.config import Config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.models import Ticket
from kiosk.reports import day_report
from kiosk.retention import purge_personal_data
from kiosk.tickets import TicketService
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.support.officer_mode import booked, officer_mode, run_cli

DAY = date(2026, 11, 30)


def busy_day(desk: Desk, clock: FixedClock, folder: Path) -> None:
    """new: 3 walk-ins (1 cancelled); renewal: 1 walk-in reprinted twice, 1 check-in; priority: 3 assisted
    (elderly, child, disability), overridden once by BUDI and once by SARI."""
    budi, sari = officer_mode(desk, clock, "Budi"), officer_mode(desk, clock, "Sari")
    reason = desk.config.officer.override_reasons[1]
    for serial in (1, 2, 3):
        desk.issue("new", make_nik(serial), "Ani", "081234567890")
    budi.assisted.cancel(budi.session, "A003")
    desk.issue("renewal", make_nik(4), "Ina")
    budi.assisted.reprint(budi.session, "B001")
    sari.assisted.reprint(sari.session, "B001", "paper jam")
    budi.assisted.bookings = booked(desk, folder, "TGU-9XYZ9")
    budi.assisted.check_in(budi.session, "TGU-9XYZ9")
    budi.assisted.register(budi.session, make_nik(5, born="010150"), "Siti", "elderly")
    budi.assisted.register(budi.session, make_nik(1), "Ani", "child", override_reason=reason)
    sari.assisted.register(sari.session, make_nik(6), "Rina", "disability", override_reason=reason)


EXPECTED = {
    "new": {
        "issued": 3,
        "walkin": 3,
        "booking": 0,
        "assisted": 0,
        "cancelled": 1,
        "reprints": 0,
        "overrides": 0,
        "elderly": 0,
        "disability": 0,
        "pregnancy": 0,
        "child": 0,
        "places_left": 97,
    },
    "renewal": {
        "issued": 2,
        "walkin": 1,
        "booking": 1,
        "assisted": 0,
        "cancelled": 0,
        "reprints": 2,
        "overrides": 0,
        "elderly": 0,
        "disability": 0,
        "pregnancy": 0,
        "child": 0,
        "places_left": 98,
    },
    "lost-damaged": {
        "issued": 0,
        "walkin": 0,
        "booking": 0,
        "assisted": 0,
        "cancelled": 0,
        "reprints": 0,
        "overrides": 0,
        "elderly": 0,
        "disability": 0,
        "pregnancy": 0,
        "child": 0,
        "places_left": 30,
    },
    "priority": {
        "issued": 3,
        "walkin": 0,
        "booking": 0,
        "assisted": 3,
        "cancelled": 0,
        "reprints": 0,
        "overrides": 2,
        "elderly": 1,
        "disability": 1,
        "pregnancy": 0,
        "child": 1,
        "places_left": 47,
    },
}


@pytest.fixture
def day(desk: Desk, clock: FixedClock, tmp_path: Path) -> None:
    busy_day(desk, clock, tmp_path)


@pytest.mark.all_databases
def test_day_report_counts(db: Database, config: Config, day: None) -> None:
    report = day_report(db, config, DAY)
    assert {
        s.service: {k: v for k, v in s.row().items() if k != "service"} for s in report.services
    } == EXPECTED
    assert report.service("renewal").checked_in == 1
    assert report.overrides_by_officer == {"BUDI": 1, "SARI": 1}
    assert all(s.issued == 0 for s in day_report(db, config, DAY - timedelta(days=1)).services)


def test_report_cli_json_csv_and_text(config: Config, day: None) -> None:
    code, out = run_cli(config, "report", "--date", "2026-11-30", "--json")
    data = json.loads(out)
    assert (
        code == 0 and data["date"] == "2026-11-30" and data["overrides_by_officer"] == {"BUDI": 1, "SARI": 1}
    )
    priority = next(s for s in data["services"] if s["service"] == "priority")
    assert priority["sources"]["assisted"] == 3 and priority["categories"]["child"] == 1

    code, out = run_cli(config, "report", "--date", "2026-11-30", "--csv")
    services, officers, *_calling = out.split("\n\n")  # then the calling figures (kiosk/call_report.py)
    rows = list(csv.DictReader(io.StringIO(services)))
    assert code == 0 and [r["service"] for r in rows] == list(EXPECTED)
    assert {k: int(v) for k, v in rows[1].items() if k not in ("date", "service")} == EXPECTED["renewal"]
    assert list(csv.reader(io.StringIO(officers))) == [
        ["date", "officer", "overrides"],
        ["2026-11-30", "BUDI", "1"],
        ["2026-11-30", "SARI", "1"],
    ]

    code, out = run_cli(config, "report", "--date", "2026-11-30")
    assert code == 0 and "overrides by SARI: 1" in out
    assert out.splitlines()[2].split() == ["new", "3", "3", "0", "0", "1", "0", "0", "0", "0", "0", "0", "97"]


def personal(db: Database) -> list[tuple[object, ...]]:
    with db.read() as session:
        return list(
            session.execute(
                select(Ticket.day, Ticket.name, Ticket.nik_key, Ticket.nik_last4, Ticket.phone).order_by(
                    Ticket.id
                )
            )
        )


@pytest.mark.all_databases
def test_purge_keeps_counts_and_the_trail(
    db: Database, config: Config, clock: FixedClock, day: None, desk: Desk
) -> None:
    before = day_report(db, config, DAY)
    clock.now += timedelta(days=31)
    desk.issue("new", make_nik(40), "Later", "081234500000")
    result = purge_personal_data(db, config, older_than_days=30, now=clock.now)
    assert (result.before, result.tickets, result.bookings) == (DAY + timedelta(days=1), 8, 1)
    rows = personal(db)
    assert all(row[1:] == (None, None, None, None) for row in rows[:-1])
    assert rows[-1][1:4] != (None, None, None) and rows[-1][4] == "081234500000"
    assert day_report(db, config, DAY) == before
    check = audit.verify(db)
    assert check.ok
    assert purge_personal_data(db, config, older_than_days=30, now=clock.now).tickets == 0
    assert audit.verify(db).records == check.records + 1


def test_purge_cli_uses_the_configured_retention(
    make_config: MakeConfig, db_for: Callable[[Config], Database], clock: FixedClock
) -> None:
    config = make_config(privacy={"retention_days": 7})
    db = db_for(config)
    tickets = TicketService(config, db, clock)
    now = datetime.now(UTC)
    for serial, age in ((1, 9), (2, 8), (3, 6)):
        clock.now = now - timedelta(days=age)
        tickets.issue("new", make_nik(serial), "Ani", "081234567890")
    code, out = run_cli(config, "purge", "--json")
    assert code == 0 and json.loads(out)["tickets"] == 2
    assert [row[1] is None for row in personal(db)] == [True, True, False]
    code, out = run_cli(config, "purge", "--older-than", "0")
    assert code == 0 and out.startswith("personal data removed from 1 tickets before ")
    assert run_cli(config, "audit", "verify")[0] == 0
