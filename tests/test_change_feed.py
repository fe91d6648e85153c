"""The change feed: numbers in commit order, no gap, across processes, on SQLite and PostgreSQL."""

from __future__ import annotations

import multiprocessing
from datetime import UTC, datetime

import pytest

from kiosk import change_feed
from kiosk.config import Config
from kiosk.db import Database
from kiosk.tickets import TicketService
from tests.support.niks import make_nik

pytestmark = pytest.mark.all_databases


def _publish_many(url: str, count: int) -> None:
    db = Database.open(url)
    for i in range(count):
        with db.write() as session:
            change_feed.publish(session, "TGU", "help", datetime.now(UTC), index=i)
    db.dispose()


def test_sequence_is_gapless_across_processes(config: Config, db: Database) -> None:
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_publish_many, args=(config.database.url, 25)) for _ in range(3)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
        assert w.exitcode == 0
    with db.read() as session:
        assert change_feed.head(session) == 75
        entries = change_feed.since(session, "TGU", 0)
        assert [e.seq for e in entries] == list(range(1, 76))
        assert [e.seq for e in change_feed.since(session, "TGU", 70)] == [71, 72, 73, 74, 75]
        assert change_feed.since(session, "XXX", 0) == []


def test_a_ticket_is_published(config: Config, tickets: TicketService, db: Database) -> None:
    ticket = tickets.issue("new", make_nik(1), "SITI AMINAH")
    with db.read() as session:
        (entry,) = change_feed.since(session, config.office.code, 0)
    assert entry.kind == "ticket"
    assert entry.data == {"number": ticket.label, "service": "new", "source": "walkin"}
    assert "SITI" not in str(entry.as_json())


def test_a_rolled_back_action_leaves_no_entry(config: Config, db: Database) -> None:
    with pytest.raises(RuntimeError), db.write() as session:
        change_feed.publish(session, "TGU", "help", datetime.now(UTC))
        raise RuntimeError("the action failed")
    with db.read() as session:
        assert change_feed.head(session) == 0
