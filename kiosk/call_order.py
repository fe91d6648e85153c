"""Who is called next: the one call-order function that Next, people_ahead and the wait estimate share.

Among the waiting tickets of a counter's services (README "Who is called next"):
1. the priority lane first, but at most `priority_in_a_row` priority calls in a row at that counter while
   regular tickets wait; a regular call resets the run;
2. within a lane by due time (a walk-in or assisted ticket is due when issued; a checked-in booking at the
   later of its check-in and its session start), ties by number;
3. a regular ticket waiting (since it was due) longer than `max_wait_minutes` goes before everything else.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from kiosk.config import CallingConfig


class Waiting(NamedTuple):
    """A waiting ticket as the call order sees it (a tuple: a line of hundreds is made per read)."""

    ticket_id: str
    prefix: str
    number: int
    priority: bool  # in the priority lane
    due: datetime

    @property
    def label(self) -> str:
        return f"{self.prefix}{self.number:03d}"


def due_time(issued_at: datetime, day: date, session_start: time | None, zone: ZoneInfo) -> datetime:
    """When a ticket is due: when issued, or for a checked-in booking the later of that and its session."""
    if session_start is None:
        return issued_at
    return max(issued_at, datetime.combine(day, session_start, tzinfo=zone))


def call_order(
    waiting: Iterable[Waiting], *, priority_run: int, rules: CallingConfig, now: datetime
) -> list[Waiting]:
    """The order one counter would call `waiting` in if nothing changed: its first is the next call.

    `priority_run` is the counter's priority calls in a row so far. Every call is simulated in turn, so
    the run and the rules act on the whole line, not only on its head.
    """
    key = lambda w: (w.due, w.number, w.prefix)  # noqa: E731
    ordered = sorted(waiting, key=key)
    regular = deque(w for w in ordered if not w.priority)
    priority = deque(w for w in ordered if w.priority)
    overdue_before = now - timedelta(minutes=rules.max_wait_minutes)
    run, order = priority_run, []
    while regular or priority:
        overdue = bool(regular) and regular[0].due < overdue_before
        if priority and not overdue and (run < rules.priority_in_a_row or not regular):
            order.append(priority.popleft())
            run += 1
        else:
            order.append(regular.popleft())
            run = 0
    return order
