"""A clock the test sets, for the ticket service's `clock`."""

from __future__ import annotations

from datetime import UTC, datetime


class FixedClock:
    """A clock the test sets; starts on a Monday at 09:00 WIB."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now
