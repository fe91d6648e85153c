"""Several kiosks on one queue, on SQLite and on PostgreSQL: kiosk processes issuing at the same moment
never double or skip a number, one NIK gets one ticket however many kiosks try, and every kiosk sees the
queue the others change. (One booking at several kiosks at once: tests/test_checkin.py.)"""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select

from kiosk.db import Database
from kiosk.migrations import LATEST, schema_version
from kiosk.models import Meta
from kiosk.queue_watch import QueueWatch
from kiosk.tickets import TicketService
from tests.support import kiosk_worker
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.kiosk_worker import SERVICE_TABLES, numbering, run_all
from tests.support.niks import make_nik

pytestmark = pytest.mark.all_databases

KIOSKS, PER_KIOSK = 4, 500


def test_four_kiosks_migrate_once_and_number_every_service_without_gaps(make_config: MakeConfig) -> None:
    config = make_config(services=SERVICE_TABLES)
    serials = [range(k * PER_KIOSK + 1, (k + 1) * PER_KIOSK + 1) for k in range(KIOSKS)]
    barrier = kiosk_worker.context().Barrier(KIOSKS)
    run_all(kiosk_worker.issue_many, [(str(config.source), barrier, s) for s in serials])  # on an empty db
    db = Database.open(config.database.url)
    numbers = numbering(db)
    assert {service: len(got) for service, got in numbers.items()} == {
        "new": 666,
        "renewal": 667,
        "lost-damaged": 667,
    }
    with db.engine.connect() as connection:
        assert schema_version(connection) == LATEST
    with db.read() as session:
        assert session.scalar(select(func.count()).where(Meta.key == "nik_secret")) == 1
    db.dispose()


def test_same_nik_at_two_kiosks_at_once_gets_one_ticket(make_config: MakeConfig) -> None:
    config = make_config(services=SERVICE_TABLES)
    Database.open(config.database.url).dispose()
    barrier = kiosk_worker.context().Barrier(2)
    serials = range(1, 41)
    first, second = run_all(kiosk_worker.race_niks, [(str(config.source), barrier, serials)] * 2)
    for outcomes in zip(first, second, strict=True):
        label, refusal = sorted(outcomes)
        assert label.startswith("A") and refusal == "duplicate_nik", outcomes
    db = Database.open(config.database.url)
    assert numbering(db) == {"new": list(range(1, 41))}
    db.dispose()


def test_every_kiosk_sees_a_ticket_another_kiosk_issued(make_config: MakeConfig, clock: FixedClock) -> None:
    """Two kiosks (two TicketService, two engines) on one database: a ticket issued at one changes the
    queue picture the other polls, and a poll with nothing new costs one query and returns None."""
    config = make_config(services=SERVICE_TABLES)
    front, back = (Database.open(config.database.url) for _ in range(2))
    here, there = TicketService(config, front, clock), TicketService(config, back, clock)
    watch = QueueWatch(there)
    first = watch.poll()
    assert first is not None and first.waiting["new"] == 0 and first.places_left["new"] == 9999
    assert watch.poll() is None
    here.issue("new", make_nik(1), "Ani")
    seen = watch.poll()
    assert seen is not None and seen.waiting == {"new": 1, "renewal": 0, "lost-damaged": 0, "priority": 0}
    assert seen.places_left["new"] == 9998 and watch.poll() is None
    there.issue("new", make_nik(2), "Budi")
    assert QueueWatch(here).poll() == watch.poll()
    front.dispose()
    back.dispose()


def test_a_slip_counts_a_ticket_another_kiosk_numbered_first(
    make_config: MakeConfig, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = make_config()
    db = Database.open(config.database.url, config.office.timezone)
    if db.is_sqlite:
        db.dispose()
        pytest.skip("SQLite's BEGIN IMMEDIATE: no other kiosk writes while one issues")
    mine, other = TicketService(config, db, clock), TicketService(config, db, clock)
    take_number = TicketService._next_number
    theirs = []

    def other_kiosk_first(self: TicketService, *args: object, **kwargs: object) -> int:
        if self is mine and not theirs:  # the other kiosk numbers and commits a ticket of the service now
            worker = threading.Thread(target=lambda: theirs.append(other.issue("new", make_nik(2), "BUDI")))
            worker.start()
            worker.join(30)
        return take_number(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(TicketService, "_next_number", other_kiosk_first)
    slip = mine.issue("new", make_nik(1), "ANI")
    assert [theirs[0].label, slip.label] == ["A001", "A002"]
    assert slip.people_ahead == 1 == mine.get(slip.ticket_id).people_ahead  # type: ignore[union-attr]
    db.dispose()
