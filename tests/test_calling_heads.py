"""Next reads only the lanes' heads (kiosk/calling.py HEADS, by the stored due time, migration v010):
the call order stays the whole line's, a booking is due at its session, and when other counters hold
every head the whole line is read."""

from __future__ import annotations

import random
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import delete, event, insert, select, text

from kiosk import calling as calling_module
from kiosk.call_order import call_order
from kiosk.calling import CallingService
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import CounterState, Ticket
from kiosk.queue_line import waiting_entry
from kiosk.tickets import BookingRef, TicketService
from tests.support.calling_support import ALL, SERVICES, Issuer, counters_config
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


PREFIXES = {"new": "A", "renewal": "B", "visa": "C", "priority": "P"}


def waiting_rows(
    calling: CallingService, due: dict[tuple[str, int], datetime], status: str = "waiting"
) -> list:
    """Ticket rows of today to insert in one statement: (service, number) -> due time."""
    day = calling.today()
    return [
        {
            "ticket_id": f"{service}-{number}",
            "office_code": calling.config.office.code,
            "kiosk_id": "front-1",
            "service_code": service,
            "prefix": PREFIXES[service],
            "day": day,
            "number": number,
            "issued_at": at,
            "source": "walkin",
            "status": status,
            "language": "id",
            "print_status": "printed",
            "print_attempts": 0,
            "reprint_count": 0,
            "queue_service": service,
            "due_at": at,
            "recalls": 0,
        }
        for (service, number), at in due.items()
    ]


def test_each_service_heads_come_from_the_index(
    make_config: MakeConfig, db: Database, clock: FixedClock
) -> None:
    if db.is_sqlite:
        pytest.skip("the plan asked of PostgreSQL, where several counters share one long line")
    config = counters_config(make_config)
    calling = CallingService(config, db, clock)
    due = {(s, n): clock.now + timedelta(seconds=7 * n) for s in ALL for n in range(1, 3001)}
    sent: list[tuple[str, object]] = []
    with db.write() as session:
        session.execute(insert(Ticket), waiting_rows(calling, due))
        session.execute(text("ANALYZE tickets"))
        event.listen(session.connection(), "before_cursor_execute", lambda *a: sent.append((a[2], a[3])))
        calling._lane_heads(session, ALL, calling_module.HEADS)
        statement, parameters = sent[-1]
        plan = "\n".join(
            row[0] for row in session.connection().exec_driver_sql(f"EXPLAIN {statement}", parameters)
        )
    assert "Seq Scan" not in plan and plan.count("ix_tickets_due") == len(ALL), plan


COUNTERS = [["new", "renewal", "visa", "priority"], ["new", "priority"], ["renewal", "visa"], ["priority"]]


@pytest.mark.parametrize("heads", [1, 2])
def test_next_calls_what_the_whole_line_call_order_puts_first(
    make_config: MakeConfig, db: Database, clock: FixedClock, monkeypatch: pytest.MonkeyPatch, heads: int
) -> None:
    """Random lines of three regular services and priority: a Next that reads the heads calls the first
    ticket of the call order worked out from the whole line, every time."""
    monkeypatch.setattr(calling_module, "HEADS", heads)
    visa = {"code": "visa", "prefix": "C", "daily_quota": 999, "name_id": "Visa", "name_en": "Visa"}
    tables = [
        {"number": n, "name_id": f"L{n}", "name_en": f"C{n}", "services": s}
        for n, s in enumerate(COUNTERS, 1)
    ]
    config = make_config(
        services=[*SERVICES, visa], counters=tables, calling={"priority_in_a_row": 2, "max_wait_minutes": 30}
    )
    calling = CallingService(config, db, clock)
    start, rnd = clock.now, random.Random(heads)
    for _ in range(8):
        with db.write() as session:
            session.execute(delete(Ticket)), session.execute(delete(CounterState))
            numbers = [(rnd.choice(list(PREFIXES)), n) for n in range(1, rnd.randint(1, 14))]
            due = {key: start + timedelta(minutes=rnd.choice([0, 0, 5, 10, 40, 60])) for key in numbers}
            if due:
                session.execute(insert(Ticket), waiting_rows(calling, due))
        clock.now = start + timedelta(minutes=rnd.choice([61, 75, 100, 130]))
        for _ in range(12):
            counter = rnd.randint(1, len(COUNTERS))
            with db.read() as session:
                run = session.scalar(select(CounterState.priority_run).where(CounterState.counter == counter))
                line = session.scalars(
                    select(Ticket).where(
                        Ticket.status == "waiting", Ticket.queue_service.in_(COUNTERS[counter - 1])
                    )
                ).all()
            order = call_order(
                map(waiting_entry, line), priority_run=run or 0, rules=config.calling, now=clock.now
            )
            try:
                called = calling.next(counter).label
            except KioskError as refusal:
                assert refusal.code == "queue_empty"
                called = None
            assert called == (order[0].label if order else None)
