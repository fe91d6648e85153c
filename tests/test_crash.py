"""Crash safety, on SQLite and on PostgreSQL: a kiosk process killed with SIGKILL at any moment while it
issues and prints leaves no half-written ticket and no doubled or skipped number; restarted, it goes on
from the last stored number and its print queue prints the tickets it stored but never printed."""

from __future__ import annotations

import os
import random
import signal
import socket
import time
from datetime import timedelta
from multiprocessing.process import BaseProcess
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.config import Config
from kiosk.db import Database
from kiosk.models import Ticket
from tests.support import kiosk_worker
from tests.support.config_files import MakeConfig
from tests.support.kiosk_worker import NOW, SERVICE_TABLES, numbering

pytestmark = pytest.mark.all_databases

KILLS = 20
# Each restart comes this much later, past the print queue's stale_after: what the dead kiosk left waits.
RESTART = timedelta(minutes=10)


def launch(config: Config, db: Database, restart: int) -> BaseProcess:
    """Start kiosk process number `restart` and wait until it has printed what its print queue held."""
    stored = sum(map(len, numbering(db).values()))
    ready = kiosk_worker.context().Event()
    kiosk = kiosk_worker.start(
        kiosk_worker.issue_until_killed, str(config.source), stored + 1, NOW + restart * RESTART, ready
    )
    assert ready.wait(30), "the kiosk did not start"
    return kiosk


def kill(kiosk: BaseProcess) -> None:
    assert kiosk.pid is not None and kiosk.is_alive(), "the kiosk process ended before it was killed"
    os.kill(kiosk.pid, signal.SIGKILL)
    kiosk.join(10)
    assert kiosk.exitcode == -signal.SIGKILL


def unprinted(db: Database) -> dict[str, str]:
    """ticket_id → print_status of the tickets not printed (yet)."""
    with db.read() as session:
        return dict(
            session.execute(
                select(Ticket.ticket_id, Ticket.print_status).where(Ticket.print_status != "printed")
            ).all()
        )


def paper_printer(tmp_path: Path) -> dict[str, object]:
    return {"type": "file", "path": str(tmp_path / "paper.bin")}


def test_kill_nine_while_issuing_never_leaves_half_a_ticket_or_a_gap(
    make_config: MakeConfig, tmp_path: Path
) -> None:
    config = make_config(services=SERVICE_TABLES, printer=paper_printer(tmp_path))
    db = Database.open(config.database.url)
    moments = random.Random(6)
    for restart in range(KILLS):
        before = unprinted(db)
        kiosk = launch(config, db, restart)
        assert not before.keys() & unprinted(db).keys(), "what the last kiosk left was not printed on restart"
        time.sleep(moments.uniform(0.0, 0.2))
        kill(kiosk)
        numbering(db)
    assert sum(map(len, numbering(db).values())) > KILLS
    db.dispose()


def test_a_ticket_stored_but_not_printed_when_the_kiosk_died_prints_on_restart(
    make_config: MakeConfig, tmp_path: Path
) -> None:
    """The printer takes the connection and never answers: the kiosk dies between COMMIT and paper."""
    with socket.create_server(("127.0.0.1", 0)) as silent:
        stuck = make_config(
            services=SERVICE_TABLES,
            printer={
                "type": "network",
                "host": "127.0.0.1",
                "port": silent.getsockname()[1],
                "timeout_seconds": 30,
            },
        )
        config = make_config(services=SERVICE_TABLES, printer=paper_printer(tmp_path))
        db = Database.open(config.database.url)
        kiosk = launch(stuck, db, 0)
        while not unprinted(db):
            time.sleep(0.01)
        kill(kiosk)
    assert list(unprinted(db).values()) == ["pending"]
    [ticket_id] = unprinted(db)
    kill(launch(config, db, 1))
    with db.read() as session:
        ticket = session.scalars(select(Ticket).where(Ticket.ticket_id == ticket_id)).one()
        assert (ticket.label, ticket.print_status) == ("B001", "printed")
    assert ticket_id.encode() in (tmp_path / "paper.bin").read_bytes()
    numbering(db)
    db.dispose()
