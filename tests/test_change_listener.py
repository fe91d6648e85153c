"""The change listener: each entry once, in order, from other processes, across a PostgreSQL restart."""

from __future__ import annotations

import multiprocessing
import threading
import time
from datetime import UTC, datetime

import pytest

from kiosk import change_feed
from kiosk.change_listener import ChangeListener
from kiosk.config import Config
from kiosk.db import Database
from tests.support.pg_server import PgServer

pytestmark = pytest.mark.all_databases


def _publish(db: Database, count: int, start: int = 0) -> None:
    for i in range(start, start + count):
        with db.write() as session:
            change_feed.publish(session, "TGU", "help", datetime.now(UTC), index=i)


def _publish_in_child(url: str, count: int, start: int) -> None:
    db = Database.open(url)
    _publish(db, count, start)
    db.dispose()


def _collect(listener: ChangeListener, count: int, timeout: float = 20) -> list[int]:
    got: list[int] = []
    deadline = time.monotonic() + timeout
    while len(got) < count and time.monotonic() < deadline:
        got += [e.data["index"] for e in listener.wait(0.5)]
    return got


def test_entries_from_other_processes_arrive_once_in_order(config: Config, db: Database) -> None:
    _publish(db, 2)  # before the listener: not handed out (it starts at the head)
    listener = ChangeListener(db, "TGU")
    assert listener.wait(0.1) == []
    assert listener.online
    ctx = multiprocessing.get_context("spawn")
    url = config.database.url
    workers = [ctx.Process(target=_publish_in_child, args=(url, 20, i * 100)) for i in range(3)]
    for w in workers:
        w.start()
    got = _collect(listener, 60)
    for w in workers:
        w.join(60)
    got += _collect(listener, 1, timeout=1)  # nothing more comes
    listener.close()
    assert sorted(got) == sorted(i * 100 + k for i in range(3) for k in range(20))
    for i in range(3):  # each writer's entries in its commit order
        assert [g for g in got if g // 100 == i] == sorted(g for g in got if g // 100 == i)


def test_a_listener_catches_up_from_a_given_sequence(db: Database) -> None:
    _publish(db, 3)
    listener = ChangeListener(db, "TGU", after=1)
    assert [e.seq for e in listener.wait(1)] == [2, 3]
    other_office = ChangeListener(db, "XXX", after=0)
    assert other_office.wait(0.5) == []
    listener.close()


def test_wake_ends_a_wait_early(db: Database) -> None:
    listener = ChangeListener(db, "TGU")
    listener.wait(0.1)
    threading.Timer(0.2, listener.wake).start()
    started = time.monotonic()
    assert listener.wait(10) == []
    assert time.monotonic() - started < 5
    listener.close()


def test_a_postgresql_restart_between_two_changes_loses_neither(pg_server: PgServer) -> None:
    db = Database.open(pg_server.create_schema())
    listener = ChangeListener(db, "TGU")
    listener.wait(0.1)
    _publish(db, 1, 0)
    assert _collect(listener, 1) == [0]
    pg_server.restart()
    _publish(db, 1, 1)  # the listener's connection died with the server: it reconnects and reads
    assert _collect(listener, 1) == [1]
    assert listener.online
    pg_server.stop()
    assert _collect(listener, 1, timeout=2) == []
    assert not listener.online
    pg_server.start()
    _publish(db, 1, 2)
    assert _collect(listener, 1) == [2]
    listener.close()
    db.dispose()
