"""Counters pressing Next at the same moment, in separate processes, on SQLite and PostgreSQL: every
waiting ticket is called exactly once, whichever way PostgreSQL claims it (SKIP LOCKED or one lock)."""

from __future__ import annotations

from collections import Counter

import pytest
from sqlalchemy import select

from kiosk import audit, change_feed
from kiosk.db import Database
from kiosk.models import Ticket
from kiosk.tickets import TicketService
from tests.conftest import MakeConfig
from tests.support import kiosk_worker
from tests.support.counter_worker import next_until_empty
from tests.support.kiosk_worker import NOW, SERVICE_TABLES
from tests.support.niks import make_nik

pytestmark = pytest.mark.all_databases

COUNTERS, TICKETS = 4, 40


@pytest.mark.parametrize("claim", ["skip_locked", "lock"])
def test_four_counters_call_forty_tickets_each_exactly_once(make_config: MakeConfig, claim: str) -> None:
    codes = [s["code"] for s in SERVICE_TABLES]
    counters = [
        {"number": n, "name_id": f"Loket {n}", "name_en": f"Counter {n}", "services": [*codes, "priority"]}
        for n in range(1, COUNTERS + 1)
    ]
    config = make_config(services=SERVICE_TABLES, counters=counters)
    db = Database.open(config.database.url)
    tickets = TicketService(config, db, lambda: NOW)
    for serial in range(1, TICKETS + 1):
        if serial % 5:
            tickets.issue(codes[serial % 3], make_nik(serial), "Ani")
        else:
            tickets.issue("priority", make_nik(serial), "Oma", source="assisted", category="elderly")
    barrier = kiosk_worker.context().Barrier(COUNTERS)
    results = kiosk_worker.run_all(
        next_until_empty, [(str(config.source), n, barrier, claim) for n in range(1, COUNTERS + 1)]
    )
    called = Counter(label for calls in results for label, _ in calls)
    assert len(called) == TICKETS and set(called.values()) == {1}, called.most_common(3)
    with db.read() as session:
        assert set(session.scalars(select(Ticket.status))) == {"done"}
        calls = [e for e in change_feed.since(session, "TGU", 0, limit=1000) if e.kind == "call"]
    assert sorted(e.data["number"] for e in calls) == sorted(called)
    assert audit.verify(db).ok
    db.dispose()
