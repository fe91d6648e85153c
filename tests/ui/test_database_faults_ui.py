"""`kiosk run` on a database file that is not a database: the touchscreen starts, out of service."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from kiosk.db import Database, DatabaseUnavailable
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.tickets import TicketService
from printing.printers import make_printer
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.ui.conftest import Kiosk
from ui.app import build_window, open_database


def test_the_touchscreen_starts_out_of_service_on_a_corrupt_database(
    make_config: MakeConfig, qtbot: QtBot, qm_dir: Path, clock: FixedClock
) -> None:
    config = make_config(database={"check_seconds": 1})
    path = Path(config.database.url.removeprefix("sqlite:///"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is no database, just an office memo\n" * 200)
    with pytest.raises(DatabaseUnavailable) as refused:
        Database.open(config.database.url)
    assert refused.value.code == "database_corrupt"
    db = open_database(config.database.url)  # what `kiosk run` does: it starts anyway
    desk = Desk(config, TicketService(config, db, clock), make_printer(config.printer))
    window = build_window(config, desk, qm_dir=qm_dir)
    kiosk_ = Kiosk(window, desk, qtbot)
    window.resize(1280, 800)
    window.show()
    try:
        kiosk_.wait_for("out_of_service", timeout=6000)
        assert kiosk_.text("message") == KioskError("database_unavailable").message("id")
    finally:
        window.allow_exit()
        window.close()
        db.dispose()
