"""Schema migrations: a database made by the first schema version opens under the current one."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect, text

from kiosk.db import Database, create_db_engine
from kiosk.migrations import LATEST, migrate, schema_version
from kiosk.models import Base
from kiosk.tickets import TicketService
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik

pytestmark = pytest.mark.all_databases


def test_first_schema_version_upgrades_and_keeps_its_tickets(
    make_config: MakeConfig, clock: FixedClock
) -> None:
    config = make_config()
    old = Database(create_db_engine(config.database.url))
    assert migrate(old, target=1) == 1
    with old.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO tickets (ticket_id, office_code, kiosk_id, service_code, prefix, day, number,"
                " issued_at, source, status, nik_key, nik_last4, name, phone, language)"
                " VALUES ('TGU-OLD-A001', 'TGU', 'front-1', 'new', 'A', :day, 1, '2026-11-30 01:00:00',"
                " 'walkin', 'waiting', 'k', '0009', 'ANI', NULL, 'id')"
            ),
            {"day": date(2026, 11, 30)},
        )
        conn.execute(
            text("INSERT INTO ticket_counters VALUES ('TGU', 'new', :day, 1)"), {"day": date(2026, 11, 30)}
        )
    old.dispose()

    db = Database.open(config.database.url)
    with db.engine.connect() as conn:
        assert schema_version(conn) == LATEST
    kept = TicketService(config, db, clock).list_day(date(2026, 11, 30))
    assert [(t.label, t.name, t.print_status) for t in kept] == [("A001", "ANI", "printed")]
    assert TicketService(config, db, clock).issue("new", make_nik(1), "Budi").label == "A002"
    db.dispose()


def test_migrations_match_the_models(db: Database) -> None:
    """Every column the models use exists after migrating (the models and the steps agree)."""
    inspector = inspect(db.engine)
    for table in Base.metadata.sorted_tables:
        columns = {c["name"] for c in inspector.get_columns(table.name)}
        assert {c.name for c in table.columns} <= columns, table.name


def test_opening_again_changes_nothing(make_config: MakeConfig) -> None:
    config = make_config()
    for _ in range(2):
        db = Database.open(config.database.url)
        with db.engine.connect() as conn:
            assert schema_version(conn) == LATEST
        db.dispose()
