"""Numbering across processes: 4 kiosk processes × 250 tickets on one SQLite file give exactly 1..1000."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from sqlalchemy import select

from kiosk.config import load_config
from kiosk.db import Database
from kiosk.models import Ticket
from kiosk.tickets import TicketService
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik

PROCESSES, PER_PROCESS = 4, 250


def _issue_many(config_path: str, worker: int) -> None:
    config = load_config(config_path)
    db = Database.open(config.database.url)
    tickets = TicketService(config, db)
    for i in range(PER_PROCESS):
        tickets.issue("new", make_nik(worker * PER_PROCESS + i + 1), "Ani")
    db.dispose()


def test_four_processes_number_without_gaps_or_duplicates(make_config: MakeConfig) -> None:
    services = [
        {"code": "new", "prefix": "A", "daily_quota": 5000, "name_id": "Paspor Baru", "name_en": "New"}
    ]
    config = make_config(services=services)
    Database.open(config.database.url).dispose()  # migrate once, as the first kiosk to start would
    assert config.source is not None
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_issue_many, args=(str(config.source), w)) for w in range(PROCESSES)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=240)
        assert worker.exitcode == 0
    db = Database.open(config.database.url)
    with db.read() as session:
        numbers = sorted(session.scalars(select(Ticket.number)).all())
    db.dispose()
    assert numbers == list(range(1, PROCESSES * PER_PROCESS + 1))
    assert Path(config.database.url.removeprefix("sqlite:///")).exists()
