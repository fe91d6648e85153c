"""The database goes away: the kiosk shows an out-of-service screen that sends visitors to the officer,
retries by itself off the GUI thread, and returns to Home when the database answers; a confirmation cut
by the outage is never re-submitted. Real PostgreSQL stopped and started; a real SQLite file locked."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import IntegrityError, InterfaceError, OperationalError, ProgrammingError

import kiosk.db
from kiosk.db import CommitUnknown, DatabaseUnavailable
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.tickets import TicketService
from printing.printers import make_printer
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.support.pg_server import PgServer
from tests.ui.conftest import Kiosk, OpenKiosk
from ui.app import build_window, open_database
from ui.hardware_watch import database_unreachable

QUICK = {"check_seconds": 1}
OUT_ID = KioskError("database_unavailable").message("id")
OUT_EN = KioskError("database_unavailable").message("en")


@contextmanager
def stopped(server: PgServer) -> Iterator[None]:
    """The server is down inside the block, and always up again after it."""
    server.stop("fast")
    try:
        yield
    finally:
        server.start()


def assert_out_of_service(kiosk: Kiosk) -> None:
    assert kiosk.text("message") == OUT_ID
    assert "petugas" in kiosk.texts() and "Traceback" not in kiosk.texts()
    assert not kiosk.window.watch.database.in_service


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_server_stopped_on_home_then_back(
    make_config: MakeConfig, open_kiosk: OpenKiosk, pg_server: PgServer
) -> None:
    kiosk = open_kiosk(make_config(database=QUICK))
    kiosk.desk.issue("new", make_nik(1), "ANI")
    with stopped(pg_server):
        kiosk.wait_for("out_of_service", timeout=4000)  # found by the periodic check, nobody tapped
        assert_out_of_service(kiosk)
        kiosk.tap("other_language")
        assert kiosk.text("message") == OUT_EN and "officer" in kiosk.text("out_of_service_note")
        kiosk.qtbot.wait(1200)
        assert kiosk.screen == "out_of_service"  # it keeps trying, and stays while nothing answers
    kiosk.wait_for("home", timeout=6000)  # back by itself (DatabaseHealth's back-off: 1, 2, 4 s)
    assert kiosk.window.ctx.language == "id"  # the next visitor starts afresh
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(make_nik(2))
    kiosk.tap("confirm")
    kiosk.wait_for("ticket")
    assert kiosk.text("ticket_number") == "A002"


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_server_stopped_while_confirming_is_never_resubmitted(
    make_config: MakeConfig, open_kiosk: OpenKiosk, pg_server: PgServer
) -> None:
    kiosk = open_kiosk(make_config(database=QUICK))
    nik = make_nik(3)
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(nik)
    with stopped(pg_server):
        kiosk.tap("confirm")
        kiosk.wait_for("out_of_service", timeout=8000)
        assert_out_of_service(kiosk)
        assert kiosk.window.ctx.visit.nik == "" and kiosk.window.flow.nik.value == ""  # start again
    kiosk.wait_for("home", timeout=6000)
    assert kiosk.desk.tickets.list_day() == []  # nothing was stored, and nothing was sent again
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(nik)
    kiosk.tap("confirm")
    kiosk.wait_for("ticket")
    [ticket] = kiosk.desk.tickets.list_day()
    assert (ticket.label, ticket.nik_last4) == ("A001", nik[-4:])


def test_a_locked_sqlite_file_is_out_of_service_until_released(
    make_config: MakeConfig, open_kiosk: OpenKiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another program holds the write lock (a stuck `sqlite3` shell, a backup tool): the kiosk's check
    waits the busy timeout (shortened here from 30 s) for it, then the kiosk goes out of service. A ping
    alone would not notice: it takes no lock."""
    monkeypatch.setattr(kiosk.db, "BUSY_TIMEOUT_S", 1)
    config = make_config(database=QUICK)
    kiosk_ = open_kiosk(config)
    path = config.database.url.removeprefix("sqlite:///")
    other = sqlite3.connect(path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")
        kiosk_.wait_for("out_of_service", timeout=6000)
        assert_out_of_service(kiosk_)
        assert kiosk_.desk.tickets.db.ping()  # the connection still answers
    finally:
        other.close()  # rolls back, releasing the lock
    kiosk_.wait_for("home", timeout=8000)


@pytest.mark.parametrize(
    ("error", "unreachable"),
    [
        (DatabaseUnavailable(), True),
        (CommitUnknown(), True),
        (OperationalError("SELECT 1", {}, Exception("server closed the connection")), True),
        (InterfaceError("SELECT 1", {}, Exception("connection already closed")), True),
        (IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed")), False),  # a bug, not an outage
        (ProgrammingError("SELECT", {}, Exception("no such column")), False),
        (KioskError("duplicate_nik", number="A001"), False),  # a refusal
        (RuntimeError("disk full"), False),
    ],
)
def test_which_errors_mean_out_of_service(error: Exception, unreachable: bool) -> None:
    assert database_unreachable(error) is unreachable


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_kiosk_started_while_the_server_is_down_opens_out_of_service(
    make_config: MakeConfig, qtbot: QtBot, qm_dir: Path, clock: FixedClock, pg_server: PgServer
) -> None:
    config = make_config(database=QUICK)  # a fresh schema: no tables until the first migration
    with stopped(pg_server):
        db = open_database(config.database.url)
        desk = Desk(config, TicketService(config, db, clock), make_printer(config.printer))
        window = build_window(config, desk, qm_dir=qm_dir)
        kiosk = Kiosk(window, desk, qtbot)
        window.resize(1280, 800)
        window.show()
        try:
            kiosk.wait_for("out_of_service", timeout=6000)
            assert_out_of_service(kiosk)
        except BaseException:
            window.allow_exit()
            window.close()
            raise
    try:
        kiosk.wait_for("home", timeout=8000)  # migrated by the check that found the server back
        assert desk.issue("new", make_nik(1), "ANI").label == "A001"
    finally:
        window.allow_exit()
        window.close()
        db.dispose()
