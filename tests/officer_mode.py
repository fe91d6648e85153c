"""Helpers for the officer-mode tests: a logged-in officer at an assisted desk, and the CLI run
in-process with its output captured."""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from datetime import time
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from kiosk import cli
from kiosk.assisted import AssistedDesk
from kiosk.config import Config
from kiosk.desk import Desk
from kiosk.officers import Officers, OfficerSession
from kiosk.tickets import BookingRef, IssuedTicket, TicketService
from tests.conftest import FixedClock

PIN = "482913"


@dataclass
class OfficerMode:
    officers: Officers
    assisted: AssistedDesk
    session: OfficerSession


def officer_mode(desk: Desk, clock: FixedClock, name: str = "Budi") -> OfficerMode:
    """Officer `name` registered with PIN and logged in at an assisted desk."""
    officers = Officers(desk.config, desk.tickets.db, clock)
    officers.add(name, PIN)
    return OfficerMode(officers, AssistedDesk(desk, officers), officers.login(name, PIN))


def run_cli(config: Config, *args: str, stdin: str = "") -> tuple[int, str]:
    """`kiosk ARGS --config <config>` in this process; returns the exit code and what it printed."""
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli, "Context", functools.partial(cli.Context, out=out))
        patch.setattr("sys.stdin", io.StringIO(stdin))
        code = cli.main([*args, "--config", str(config.source)])
    return code, out.getvalue()


def sqlite_file(config: Config) -> Path:
    """The SQLite file a config names, for tampering with it by raw SQL."""
    database = make_url(config.database.url).database
    assert database
    return Path(database)


class BookingDesk:
    """Stands in for kiosk/checkin.py CheckIn, which is wired in later: a typed code checks in through
    TicketService.issue with the officer, as BookingCheckIn asks."""

    def __init__(self, tickets: TicketService) -> None:
        self.tickets = tickets

    def check_in(self, text: str, *, language: str = "id", officer: str | None = None) -> IssuedTicket:
        booking = BookingRef(text, time(9), time(10), None, "0042")
        return self.tickets.issue(
            "renewal", None, "Rina", source="booking", booking=booking, officer=officer, language=language
        )
