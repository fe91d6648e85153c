"""The call order (kiosk/call_order.py): each rule of "Who is called next" and the README's worked example."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from kiosk.call_order import Waiting, call_order, due_time
from kiosk.config import CallingConfig

NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # 10:00 WIB
RULES = CallingConfig(priority_in_a_row=2, max_wait_minutes=90)
JAKARTA = ZoneInfo("Asia/Jakarta")


def ticket(label: str, minutes_ago: float) -> Waiting:
    return Waiting(label, label[0], int(label[1:]), label[0] == "P", NOW - timedelta(minutes=minutes_ago))


def order(*waiting: Waiting, run: int = 0, rules: CallingConfig = RULES) -> list[str]:
    return [w.label for w in call_order(waiting, priority_run=run, rules=rules, now=NOW)]


def test_worked_example_of_the_readme() -> None:
    """Walk-ins A001, A002, B001 issued before assisted P001, P002, P003; one counter serving all."""
    line = [ticket("A001", 30), ticket("A002", 29), ticket("B001", 28)]
    line += [ticket("P001", 20), ticket("P002", 19), ticket("P003", 18)]
    assert order(*line) == ["P001", "P002", "A001", "P003", "A002", "B001"]


def test_priority_lane_first_up_to_the_run_limit_while_regular_tickets_wait() -> None:
    line = [ticket("A001", 50), ticket("P001", 10), ticket("P002", 9), ticket("P003", 8)]
    assert order(*line) == ["P001", "P002", "A001", "P003"]
    assert order(*line, rules=CallingConfig(priority_in_a_row=3)) == ["P001", "P002", "P003", "A001"]


def test_the_counter_run_so_far_counts() -> None:
    """A counter that already made two priority calls in a row calls a regular ticket next."""
    line = [ticket("A001", 50), ticket("P001", 10)]
    assert order(*line, run=2) == ["A001", "P001"]
    assert order(*line, run=1) == ["P001", "A001"]


def test_priority_goes_on_when_no_regular_ticket_waits() -> None:
    assert order(ticket("P001", 3), ticket("P002", 2), ticket("P003", 1), run=5) == ["P001", "P002", "P003"]


def test_within_a_lane_by_due_time_then_by_number() -> None:
    assert order(ticket("A003", 40), ticket("A007", 41), ticket("B002", 40)) == ["A007", "B002", "A003"]


def test_a_checked_in_booking_is_due_at_its_session_start_or_its_check_in() -> None:
    day = NOW.astimezone(JAKARTA).date()
    early = NOW - timedelta(minutes=40)  # checked in at 09:20 for the 10:30 session
    assert due_time(early, day, time(10, 30), JAKARTA) == datetime(2026, 11, 30, 3, 30, tzinfo=UTC)
    assert due_time(early, day, time(9, 0), JAKARTA) == early  # late for a 09:00 session: when it came
    assert due_time(early, day, None, JAKARTA) == early  # walk-in or assisted: when issued
    booking = Waiting("A009", "A", 9, False, due_time(early, day, time(9, 50), JAKARTA))
    assert order(booking, ticket("A010", 15)) == ["A010", "A009"]  # 09:45 walk-in before the 09:50 session


def test_a_regular_ticket_waiting_too_long_goes_before_everything() -> None:
    line = [ticket("P001", 100), ticket("P002", 99), ticket("A001", 91), ticket("A002", 89)]
    assert order(*line) == ["A001", "P001", "P002", "A002"]
    assert order(*line, rules=CallingConfig(max_wait_minutes=120)) == ["P001", "P002", "A001", "A002"]


def test_an_overdue_call_resets_the_priority_run() -> None:
    line = [ticket("A001", 95), ticket("A002", 10), ticket("P001", 9), ticket("P002", 8), ticket("P003", 7)]
    assert order(*line, run=1) == ["A001", "P001", "P002", "A002", "P003"]


def test_nothing_waiting_is_an_empty_order() -> None:
    assert order() == []
