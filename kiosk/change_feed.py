"""The change feed: what every screen (counter consoles, the waiting-room display, kiosks) must hear of.

An action that others must learn of (a call, a recall, a new ticket, a pause, a help request) calls
`publish` inside its own write transaction. The entry takes the next number from the one `change_head`
row, which the transaction locks until it commits, so numbers are given in commit order: a reader that
has seen number N has seen every change up to N, and catching up is `since(N)`. On PostgreSQL the same
transaction sends NOTIFY (delivered only on commit) so listeners wake at once; on SQLite (one machine)
listeners poll `head()`, one primary-key read. kiosk/change_listener.py turns either into a stream.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, func, insert, literal, select, update
from sqlalchemy.orm import Session

from kiosk.db import riding
from kiosk.models import Change, ChangeHead

CHANNEL = "kiosk_changes"  # the PostgreSQL NOTIFY channel; the payload is the sequence number
KINDS = (
    "ticket",  # a ticket was issued (walk-in, check-in, assisted)
    "call",  # a counter called a ticket
    "recall",  # a counter called its current ticket again
    "queue",  # a ticket left or re-entered the waiting line without a call (finish, no-show, transfer, …)
    "pause",  # a service was paused or resumed
    "help",  # a visitor asked for an officer, or an officer answered
    "booking",  # a session was booked, cancelled or moved
    "counter",  # an officer signed in or out at a counter
)


@dataclass(frozen=True)
class ChangeEntry:
    """One entry as listeners see it; `data` holds no personal data (numbers and codes only)."""

    seq: int
    at: datetime
    kind: str
    data: Mapping[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {"seq": self.seq, "at": self.at.isoformat(), "kind": self.kind, **self.data}


def publish(session: Session, office_code: str, kind: str, at: datetime, **data: Any) -> int:
    """Add an entry in the caller's write transaction; return its sequence number.

    Call it last in the transaction: the head row stays locked until COMMIT, so other writers wait. On
    PostgreSQL the head's step, the entry, the NOTIFY and the writes riding along (kiosk/db.py
    `ride_along`: the action's audit record) are one statement, one round trip under the locks.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown change kind {kind!r}")
    step = update(ChangeHead).where(ChangeHead.id == 1).values(seq=ChangeHead.seq + 1)
    step = step.returning(ChangeHead.seq)
    entry = {"at": at, "office_code": office_code, "kind": kind, "data": json.dumps(data, sort_keys=True)}
    if session.get_bind().dialect.name != "postgresql":
        seq = session.scalars(step).one()
        session.execute(insert(Change).values(seq=seq, **entry))
        return seq
    head = step.cte("head")
    columns = Change.__table__.c
    values = [literal(value, columns[name].type) for name, value in entry.items()]
    added = insert(Change).from_select(["seq", *entry], select(head.c.seq, *values)).returning(Change.seq)
    added_cte = added.cte("added")
    notify = func.pg_notify(CHANNEL, cast(added_cte.c.seq, String))
    statement = select(added_cte.c.seq, notify)
    for n, write in enumerate(riding(session)):  # the audit record, say: no round trip of its own
        statement = statement.add_cte(write.cte(f"riding_{n}"))
    return session.execute(statement).one()[0]


def head(session: Session) -> int:
    """The newest sequence number (0 before the first change)."""
    return session.scalars(select(ChangeHead.seq).where(ChangeHead.id == 1)).one()


def since(session: Session, office_code: str, seq: int, limit: int = 500) -> list[ChangeEntry]:
    """The office's entries after `seq`, oldest first, at most `limit` of them."""
    rows = session.scalars(
        select(Change)
        .where(Change.seq > seq, Change.office_code == office_code)
        .order_by(Change.seq)
        .limit(limit)
    ).all()
    return [ChangeEntry(r.seq, r.at, r.kind, json.loads(r.data)) for r in rows]
