"""Help requests: a kiosk asks once, every officer screen hears it on the change feed, an officer clears it,
the day report counts it; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest

from kiosk import change_feed, help_requests
from kiosk.config import Config
from kiosk.db import Database
from kiosk.reports import day_report
from tests.support.clock import FixedClock
from tests.support.officer_mode import run_cli

pytestmark = pytest.mark.all_databases


def _help_entries(db: Database, config: Config) -> list[dict[str, object]]:
    with db.read() as session:
        return [dict(e.data) for e in change_feed.since(session, config.office.code, 0) if e.kind == "help"]


def test_ask_once_clear_once_and_count(db: Database, config: Config, clock: FixedClock) -> None:
    asked = help_requests.ask(db, config, "nik", clock())
    clock.now += timedelta(minutes=2)
    again = help_requests.ask(db, config, "name", clock())
    assert again == asked  # still open: the same request, the first time
    assert help_requests.open_for_kiosk(db, config) == asked
    assert help_requests.open_requests(db, config) == [asked]
    assert _help_entries(db, config) == [
        {"request": asked.id, "kiosk": "front-1", "kiosk_name": "Kios 1", "screen": "nik", "state": "asked"}
    ]

    assert help_requests.clear(db, config, asked.id, officer="BUDI", at=clock())
    assert not help_requests.clear(db, config, asked.id, officer="SARI", at=clock())
    assert help_requests.open_requests(db, config) == []
    assert help_requests.open_for_kiosk(db, config) is None
    assert [e["state"] for e in _help_entries(db, config)] == ["asked", "cleared"]

    second = help_requests.ask(db, config, "home", clock())
    assert second.id != asked.id
    assert day_report(db, config, clock().date()).help_requests == 2
    assert day_report(db, config, clock().date() - timedelta(days=1)).help_requests == 0


def test_help_cli_lists_clears_and_report_counts(db: Database, config: Config, clock: FixedClock) -> None:
    asked = help_requests.ask(db, config, "services", clock())
    code, out = run_cli(config, "help", "list", "--json")
    assert code == 0 and json.loads(out) == [
        {
            "request": asked.id,
            "kiosk": "front-1",
            "kiosk_name": "Kios 1",
            "screen": "services",
            "asked_at": asked.asked_at.isoformat(),
        }
    ]
    code, out = run_cli(config, "help", "clear", str(asked.id), "--officer", "BUDI")
    assert code == 0 and "cleared" in out
    code, out = run_cli(config, "help", "clear", str(asked.id))
    assert code == 1
    code, out = run_cli(config, "help", "list")
    assert code == 0 and "no open help requests" in out
    code, out = run_cli(config, "report", "--date", clock().date().isoformat(), "--json")
    assert json.loads(out)["help_requests"] == 1
