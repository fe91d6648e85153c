"""Shared fixtures: real SQLite files in a temporary folder, a loopback network printer, a settable clock."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kiosk.config import Config, load_config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.tickets import TicketService
from printing.printers import make_printer
from tests.support.clock import FixedClock
from tests.support.config_files import PRIORITY_LANE, MakeConfig, toml_text
from tests.support.pg_server import PgServer, PgUnavailable
from tests.support.printer_peer import LoopbackPrinter
from tests.support.qt_windows import release_windows

DATABASES = ("sqlite", "postgresql")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "all_databases: run on SQLite and on PostgreSQL (a server the test session starts)"
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked all_databases run once per database: their configs (make_config) name it."""
    if metafunc.definition.get_closest_marker("all_databases") and "db_url" in metafunc.fixturenames:
        metafunc.parametrize("db_url", DATABASES, indirect=True)


@pytest.fixture(autouse=True)
def no_window_outlives_its_test() -> Iterator[None]:
    """Every window a test leaves open is closed and deleted after it (tests/support/qt_windows.py)."""
    yield
    release_windows()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server of the test session's own, in a temporary folder, stopped at the end."""
    try:
        server = PgServer()
    except PgUnavailable as exc:
        pytest.skip(str(exc))
    with server:
        yield server


@pytest.fixture
def db_url(request: pytest.FixtureRequest) -> str | None:
    """The database the test's configs name: None for the default SQLite file in tmp_path/data, or a
    fresh empty PostgreSQL schema (as good as a new database) when an all_databases test runs with
    'postgresql'."""
    if getattr(request, "param", "sqlite") == "sqlite":
        return None
    return request.getfixturevalue("pg_server").create_schema()


@pytest.fixture
def make_config(tmp_path: Path, db_url: str | None) -> MakeConfig:
    """Write and load a config: registration open all day every day (so tests do not depend on the
    hour they run at), data in tmp_path/data, the database `db_url` names, then the tables given as
    keyword arguments over that."""
    count = 0

    def make(**sections: dict[str, object] | list[dict[str, object]]) -> Config:
        nonlocal count
        count += 1
        merged: dict[str, dict[str, object] | list[dict[str, object]]] = {
            "office": {"opens": "00:00", "closes": "24:00", "open_days": [1, 2, 3, 4, 5, 6, 7]},
            "kiosk": {"data_dir": (tmp_path / "data").as_posix()},
        }
        if db_url is not None:
            merged["database"] = {"url": db_url}
        services = sections.get("services")
        if isinstance(services, list) and not any(s.get("code") == "priority" for s in services):
            sections = {**sections, "services": [*services, PRIORITY_LANE]}  # every config must have it
        for name, body in sections.items():
            base = merged.get(name)
            merged[name] = {**base, **body} if isinstance(base, dict) and isinstance(body, dict) else body
        path = tmp_path / f"kiosk-{count}.toml"
        path.write_text(toml_text(merged), "utf-8")
        return load_config(path)

    return make


@pytest.fixture
def config(make_config: MakeConfig) -> Config:
    return make_config()


@pytest.fixture
def db(config: Config) -> Iterator[Database]:
    database = Database.open(config.database.url)
    yield database
    database.dispose()


@pytest.fixture
def db_for() -> Iterator[Callable[[Config], Database]]:
    """Open (and later close) the database a given config names."""
    opened: list[Database] = []

    def open_db(config: Config) -> Database:
        opened.append(Database.open(config.database.url))
        return opened[-1]

    yield open_db
    for database in opened:
        database.dispose()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock()


@pytest.fixture
def tickets(config: Config, db: Database, clock: FixedClock) -> TicketService:
    return TicketService(config, db, clock)


@pytest.fixture
def desk(config: Config, tickets: TicketService) -> Desk:
    return Desk(config, tickets, make_printer(config.printer))


@pytest.fixture
def loopback_printer() -> Iterator[LoopbackPrinter]:
    printer = LoopbackPrinter()
    yield printer
    printer.close()


@pytest.fixture
def peer(loopback_printer: LoopbackPrinter) -> LoopbackPrinter:
    """The loopback printer, under the short name the printing tests use."""
    return loopback_printer
