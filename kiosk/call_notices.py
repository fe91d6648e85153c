"""Calls as the waiting room hears of them: the feed's call and recall entries with the counter's name.

The change feed carries numbers and codes only (kiosk/calling.py publishes {"number", "service",
"counter", "ticket_id"}); the counter's name comes from the configuration. `kiosk calls watch`, the
display and its voice all read calls through here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any

from sqlalchemy import select

from kiosk import change_feed
from kiosk.change_feed import ChangeEntry
from kiosk.config import Config
from kiosk.db import Database
from kiosk.models import Change
from kiosk.office_time import local

CALL_KINDS = frozenset({"call", "recall"})


@dataclass(frozen=True)
class CallNotice:
    seq: int
    number: str  # the queue number, "A012"
    service: str
    counter: int
    counter_name: str  # the counter's Indonesian name from [[counters]]
    kind: str  # "call" or "recall"
    at: datetime

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "number": self.number,
            "service": self.service,
            "counter": self.counter,
            "counter_name": self.counter_name,
            "kind": self.kind,
            "at": self.at.isoformat(),
        }


def counter_name(config: Config, number: int, language: str = "id") -> str:
    """The configured name of counter `number` ("Loket 3"); a counter no longer configured: its number."""
    counter = config.counter(number)
    if counter is None:
        return f"Loket {number}" if language == "id" else f"Counter {number}"
    return counter.name(language)


def call_notice(config: Config, entry: ChangeEntry) -> CallNotice | None:
    """The call an entry announces, or None for entries of other kinds."""
    if entry.kind not in CALL_KINDS:
        return None
    data = entry.data
    counter = int(data["counter"])
    return CallNotice(
        entry.seq,
        str(data["number"]),
        str(data["service"]),
        counter,
        counter_name(config, counter),
        entry.kind,
        entry.at,
    )


def todays_calls(db: Database, config: Config, now: datetime, limit: int) -> tuple[list[CallNotice], int]:
    """The last `limit` calls of the office's day (oldest first) and the feed's head, read together, so a
    listener started after the head misses none and repeats none."""
    today = local(config.office, now).date()
    start = datetime.combine(today, time(0), tzinfo=config.office.timezone)
    with db.read() as session:
        head = change_feed.head(session)
        rows = session.scalars(
            select(Change)
            .where(
                Change.office_code == config.office.code,
                Change.kind.in_(CALL_KINDS),
                Change.at >= start,
                Change.seq <= head,
            )
            .order_by(Change.seq.desc())
            .limit(limit)
        ).all()
    entries = [ChangeEntry(r.seq, r.at, r.kind, json.loads(r.data)) for r in reversed(rows)]
    return [n for n in (call_notice(config, e) for e in entries) if n is not None], head
