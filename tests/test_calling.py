"""Calling at the counters on SQLite and PostgreSQL: Next in the call order, Recall, Finish, No-show and
Return, Transfer, Call a number, signing in; each action audited and on the change feed; live people
ahead and the wait estimate."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from sqlalchemy import select

from kiosk import change_feed
from kiosk.calling import CallingService
from kiosk.config import Config
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import AuditRecord
from kiosk.tickets import TicketService
from tests.conftest import FixedClock, MakeConfig
from tests.support.calling_support import Issuer, counters_config

pytestmark = pytest.mark.all_databases


@pytest.fixture
def config(make_config: MakeConfig) -> Config:
    return counters_config(make_config, ["new", "renewal", "priority"], ["renewal"])


@pytest.fixture
def calling(config: Config, db: Database, clock: FixedClock) -> CallingService:
    return CallingService(config, db, clock)


@pytest.fixture
def issue(tickets: TicketService, clock: FixedClock) -> Issuer:
    return Issuer(tickets, clock)


def refused(code: str, action: Callable[[], object]) -> KioskError:
    with pytest.raises(KioskError) as caught:
        action()
    assert caught.value.code == code, caught.value.code
    return caught.value


def feed(db: Database) -> list[tuple[str, dict[str, object]]]:
    with db.read() as session:
        return [(e.kind, dict(e.data)) for e in change_feed.since(session, "TGU", 0) if e.kind != "ticket"]


def audit_actions(db: Database) -> list[str]:
    with db.read() as session:
        return list(session.scalars(select(AuditRecord.action).order_by(AuditRecord.seq)))


def test_next_calls_the_worked_example_in_order(calling: CallingService, issue: Issuer, db: Database) -> None:
    for service in ("new", "new", "renewal", "priority", "priority", "priority"):
        issue(service)
    called = [calling.next(1, "SITI").label for _ in range(6)]
    assert called == ["P001", "P002", "A001", "P003", "A002", "B001"]
    refused("queue_empty", lambda: calling.next(1))
    assert calling.current(1) is None  # the last one was ended by the Next that found nothing
    statuses = {t.label: t.status for t in calling.tickets.list_day()}
    assert set(statuses.values()) == {"done"}
    calls = [data for kind, data in feed(db) if kind == "call"]
    assert calls[0] == {
        "number": "P001",
        "service": "priority",
        "counter": 1,
        "ticket_id": calls[0]["ticket_id"],
    }
    # Each call implies its counter's previous ticket is done; the last Next, finding nothing, says it.
    assert feed(db)[-1] == ("queue", {"number": "B001", "service": "renewal", "status": "done"})
    assert [kind for kind, _ in feed(db)] == ["call"] * 6 + ["queue"]
    assert audit_actions(db).count("call") == 6 and audit_actions(db)[-1] == "finish"


def test_a_counter_calls_only_its_services(calling: CallingService, issue: Issuer) -> None:
    issue("new")
    refused("queue_empty", lambda: calling.next(2))
    b = issue("renewal")
    assert calling.next(2).label == b.label == "B001"
    refused("unknown_counter", lambda: calling.next(7))


def test_recall_counts_and_no_show_then_return(calling: CallingService, issue: Issuer, db: Database) -> None:
    refused("nothing_called", lambda: calling.recall(1))
    a1, a2 = issue("new"), issue("new")
    calling.next(1)
    assert [calling.recall(1).recalls for _ in range(3)] == [1, 2, 3]
    assert calling.current(1).recalls == 3  # type: ignore[union-attr]
    gone = calling.no_show(1)
    assert gone.status == "no_show" and calling.current(1) is None
    refused("ticket_not_no_show", lambda: calling.return_to_queue(a2.label))
    back = calling.return_to_queue(a1.label, "SITI")
    assert (back.status, back.people_ahead, back.recalls) == ("waiting", 0, 0)  # its place in time: first
    assert calling.next(1).label == "A001"
    assert ("recall", {"number": "A001", "service": "new", "counter": 1, "ticket_id": a1.ticket_id}) in feed(
        db
    )
    assert ("queue", {"number": "A001", "service": "new", "status": "waiting"}) in feed(db)
    assert audit_actions(db)[-5:] == ["recall", "recall", "no_show", "return", "call"]


def test_transfer_keeps_the_number_and_the_place_in_time(
    calling: CallingService, issue: Issuer, clock: FixedClock
) -> None:
    a1 = issue("new")
    b1, b2 = issue("renewal"), issue("renewal")
    assert calling.next(1).label == "A001"
    refused("unknown_service", lambda: calling.transfer(1, "visa"))
    moved = calling.transfer(1, "renewal", "SITI")
    assert (moved.label, moved.status, moved.queue_service, moved.service_code) == (
        "A001",
        "waiting",
        "renewal",
        "new",
    )
    assert moved.people_ahead == 0  # issued before B001 and B002: first in the renewal line
    assert calling.tickets.get(b2.ticket_id).people_ahead == 2  # type: ignore[union-attr]
    assert [calling.next(2).label for _ in range(3)] == ["A001", "B001", "B002"]
    assert calling.current(2).label == b2.label  # type: ignore[union-attr]
    assert b1.label == "B001" and a1.label == "A001"


def test_call_a_number_needs_a_reason_and_a_waiting_ticket(
    calling: CallingService, issue: Issuer, db: Database
) -> None:
    issue("new")
    a2 = issue("new")
    refused("reason_required", lambda: calling.call_number(1, "A002", " "))
    assert calling.call_number(1, "a2", "Lansia tidak dapat menunggu").label == a2.label
    error = refused("ticket_not_waiting", lambda: calling.call_number(1, "A002", "lagi"))
    assert "A002" in error.message("en")
    refused("unknown_ticket", lambda: calling.call_number(1, "A099", "alasan"))
    with db.read() as session:
        record = session.scalars(select(AuditRecord).where(AuditRecord.action == "call_number")).one()
    assert "Lansia tidak dapat menunggu" in record.data


def test_a_screen_that_is_out_of_date_is_told(calling: CallingService, issue: Issuer) -> None:
    a1, a2 = issue("new"), issue("new")
    calling.next(1)
    calling.next(1)
    error = refused("ticket_not_called", lambda: calling.finish(1, ticket_id=a1.ticket_id))
    assert "A001" in error.message("id")
    assert calling.finish(1, ticket_id=a2.ticket_id).status == "done"
    refused("nothing_called", lambda: calling.finish(1))


def test_sign_in_narrows_the_counter_and_opens_it(
    calling: CallingService, issue: Issuer, db: Database
) -> None:
    refused("service_not_at_counter", lambda: calling.sign_in(2, "SITI", ["new"]))
    counter = calling.sign_in(1, "SITI", ["renewal"])
    assert counter.open and counter.services == ("renewal",) and counter.officer == "SITI"
    issue("new")
    refused("queue_empty", lambda: calling.next(1))
    calling.sign_out(1)
    assert not calling.overview().counter(1).open
    assert [d for k, d in feed(db) if k == "counter"] == [
        {"counter": 1, "services": ["renewal"]},
        {"counter": 1, "services": []},
    ]


def test_people_ahead_are_the_waiting_tickets_called_first(calling: CallingService, issue: Issuer) -> None:
    """Not every earlier ticket of the day: served ones leave, priority tickets get ahead."""
    a = [issue("new") for _ in range(3)]
    assert [t.people_ahead for t in a] == [0, 1, 2]
    p = issue("priority")
    assert p.people_ahead == 0
    assert calling.tickets.get(a[0].ticket_id).people_ahead == 1  # type: ignore[union-attr]
    calling.next(1)  # P001
    calling.next(1)  # A001
    listed = {t.label: (t.status, t.people_ahead) for t in calling.tickets.list_day()}
    assert listed == {
        "A001": ("called", 0),
        "A002": ("waiting", 0),
        "A003": ("waiting", 1),
        "P001": ("done", 0),
    }


def test_wait_estimate_after_five_finished_tickets(
    calling: CallingService, issue: Issuer, clock: FixedClock
) -> None:
    calling.sign_in(1, "SITI")
    for _ in range(8):
        issue("new")
    for minutes in (4, 6, 5, 3):  # four finished: no figure yet
        calling.next(1)
        clock.now += timedelta(minutes=minutes)
        calling.finish(1)
    assert calling.overview().services["new"].wait_minutes is None
    assert calling.tickets.get(calling.tickets.list_day()[-1].ticket_id).expected_call is None  # type: ignore[union-attr]
    calling.next(1)
    clock.now += timedelta(minutes=7)
    calling.finish(1)  # five finished: median 5 minutes
    queue = calling.overview().services["new"]
    assert (queue.waiting, queue.wait_minutes) == (3, 15)
    last = calling.tickets.list_day()[-1]
    assert last.people_ahead == 2 and last.expected_call == clock.now + timedelta(minutes=10)
    calling.sign_in(2, "RINA")  # counter 2 serves renewal only: it does not shorten the new line
    assert calling.overview().services["new"].wait_minutes == 15
    assert calling.overview().services["renewal"].wait_minutes is None


def test_overview_shows_each_counter_and_the_line(calling: CallingService, issue: Issuer) -> None:
    issue("new"), issue("renewal"), issue("priority")
    calling.sign_in(1, "SITI")
    calling.next(1)
    view = calling.overview()
    one, two = view.counters
    assert (one.number, one.name_id, one.current, one.service, one.open) == (
        1,
        "Loket 1",
        "P001",
        "priority",
        True,
    )
    assert (two.current, two.open) == (None, False)
    assert {s: (q.waiting, q.wait_minutes) for s, q in view.services.items()} == {
        "new": (1, None),
        "renewal": (1, None),
        "priority": (0, None),
    }
    assert [(p.number, p.position) for p in view.line] == [("A001", 1), ("B001", 2)]  # one line: counter 1
