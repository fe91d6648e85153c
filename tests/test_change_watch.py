"""ChangeWatch, the screens' view of the change feed: batches on the GUI thread, a kinds filter, the
online signal across a PostgreSQL stop and start."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from kiosk import change_feed
from kiosk.db import Database
from tests.support.pg_server import PgServer
from ui.change_watch import ChangeWatch


def _publish(db: Database, kind: str, **data: object) -> None:
    with db.write() as session:
        change_feed.publish(session, "TGU", kind, datetime.now(UTC), **data)


def test_batches_filtered_by_kind_and_the_online_signal(qtbot: QtBot, pg_server: PgServer) -> None:
    db = Database.open(pg_server.create_schema())
    watch = ChangeWatch(db, "TGU", after=0, kinds={"call", "recall"})
    got: list[tuple[str, int]] = []
    online: list[bool] = []
    watch.changed.connect(lambda entries: got.extend((e.kind, e.data["n"]) for e in entries))
    watch.online_changed.connect(online.append)
    _publish(db, "call", n=1)  # before start: read as a catch-up from `after`
    watch.start()
    _publish(db, "ticket", n=2)
    _publish(db, "recall", n=3)
    qtbot.waitUntil(lambda: got == [("call", 1), ("recall", 3)], timeout=10_000)
    assert online == [True]
    pg_server.stop()
    qtbot.waitUntil(lambda: online == [True, False], timeout=15_000)
    pg_server.start()
    _publish(db, "call", n=4)
    qtbot.waitUntil(lambda: got[-1] == ("call", 4) and online == [True, False, True], timeout=15_000)
    watch.stop()
    db.dispose()
