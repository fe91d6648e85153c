"""Helpers for the officer-mode tests: a logged-in officer at an assisted desk, and the CLI run
in-process with its output captured."""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from kiosk.assisted import AssistedDesk
from kiosk.bookings import import_bookings
from kiosk.checkin import CheckIn
from kiosk.config import Config
from kiosk.desk import Desk
from kiosk.officers import Officers, OfficerSession
from tests.support.clock import FixedClock
from tests.support.niks import make_nik
from ui import launcher

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
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(out):
        patch.setattr("sys.stdin", io.StringIO(stdin))
        code = launcher.main([*args, "--config", str(config.source)])
    return code, out.getvalue()


def sqlite_file(config: Config) -> Path:
    """The SQLite file a config names, for tampering with it by raw SQL."""
    database = make_url(config.database.url).database
    assert database
    return Path(database)


def booked(desk: Desk, folder: Path, *codes: str) -> CheckIn:
    """The real check-in, with `codes` imported as today's renewal bookings at 09:00-10:00."""
    rows = [
        {
            "code": code,
            "nik": make_nik(900 + i),
            "name": "Rina",
            "service": "renewal",
            "office": "TGU",
            "date": "2026-11-30",
            "session_start": "09:00",
            "session_end": "10:00",
        }
        for i, code in enumerate(codes)
    ]
    path = folder / "bookings.json"
    path.write_text(json.dumps(rows), "utf-8")
    import_bookings(path, desk.config, desk.tickets.db, desk.tickets.clock)
    return CheckIn(desk.config, desk.tickets)
