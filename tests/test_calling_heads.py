"""Next reads only the lanes' heads (kiosk/calling.py HEADS, by the stored due time, migration v010):
the call order stays the whole line's, a booking is due at its session, and when other counters hold
every head the whole line is read."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from kiosk import calling as calling_module
from kiosk.calling import CallingService
from kiosk.db import Database
from kiosk.models import Ticket
from kiosk.tickets import BookingRef, TicketService
from tests.support.calling_support import ALL, Issuer, counters_config
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.version_9 import version_9_database

pytestmark = pytest.mark.all_databases


@pytest.mark.parametrize("heads", [1, 2])
def test_the_worked_example_with_few_heads(
    make_config: MakeConfig, db: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, heads: int
) -> None:
    monkeypatch.setattr(calling_module, "HEADS", heads)
    config = counters_config(make_config)
    issue = Issuer(TicketService(config, db, clock), clock)
    for service in ("new", "new", "renewal", "priority", "priority", "priority"):
        issue(service)
    calling = CallingService(config, db, clock)
    assert [calling.next(1).label for _ in range(6)] == ["P001", "P002", "A001", "P003", "A002", "B001"]


def test_an_overdue_regular_goes_first_with_one_head(
    make_config: MakeConfig, db: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(calling_module, "HEADS", 1)
    config = counters_config(make_config)
    issue = Issuer(TicketService(config, db, clock), clock)
    issue("new"), issue("priority"), issue("priority")
    clock.now += timedelta(minutes=91)
    assert CallingService(config, db, clock).next(1).label == "A001"


def test_a_checked_in_booking_is_due_at_its_session(
    make_config: MakeConfig, db: Database, clock: FixedClock
) -> None:
    config = counters_config(make_config)
    tickets = TicketService(config, db, clock)
    booking = BookingRef("BK1", time(10, 30), time(11, 0), None, "0009")
    early = tickets.issue("new", None, "Ani", source="booking", booking=booking)  # 09:00 for 10:30
    clock.now += timedelta(minutes=5)
    Issuer(tickets, clock)("new")  # 09:06 walk-in
    calling = CallingService(config, db, clock)
    assert calling.next(1).label == "A002"
    assert tickets.get(early.ticket_id).people_ahead == 0  # type: ignore[union-attr]
    clock.now = datetime(2026, 11, 30, 3, 31, tzinfo=UTC)  # 10:31 WIB
    assert calling.next(1).label == "A001"


def test_heads_taken_by_other_counters_the_whole_line_is_read(
    make_config: MakeConfig, db: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    if db.is_sqlite:
        pytest.skip("SQLite serialises writers: nobody else holds a ticket while a Next chooses")
    monkeypatch.setattr(calling_module, "HEADS", 1)
    config = counters_config(make_config, ALL, ALL)
    issue = Issuer(TicketService(config, db, clock), clock)
    first, _ = issue("new"), issue("new")
    calling = CallingService(config, db, clock)
    with db.write() as other:  # another counter in the middle of claiming A001
        other.execute(select(Ticket.id).where(Ticket.ticket_id == first.ticket_id).with_for_update())
        assert calling.next(1).label == "A002"
    assert calling.next(2).label == "A001"


def test_version_9_tickets_get_their_due_time(make_config: MakeConfig, clock: FixedClock) -> None:
    config = counters_config(make_config)
    version_9_database(
        config.database.url, [(1, "2026-11-30 02:00:00", "10:30:00"), (2, "2026-11-30 02:05:00", None)]
    )
    db = Database.open(config.database.url, config.office.timezone)
    with db.read() as session:
        due = dict(session.execute(select(Ticket.number, Ticket.due_at)).all())
    assert due == {
        1: datetime(2026, 11, 30, 3, 30, tzinfo=UTC),  # its 10:30 WIB session
        2: datetime(2026, 11, 30, 2, 5, tzinfo=UTC),  # when issued
    }
    assert CallingService(config, db, clock).next(1).label == "A002"
    db.dispose()
