"""Another process at the counters: issues tickets and calls them, as an officer's PC on the same database
would (for the feed, `kiosk calls watch` and display tests)."""

from __future__ import annotations

import multiprocessing
import queue
import subprocess
import threading
import time

from kiosk.calling import CallingService
from kiosk.config import load_config
from kiosk.db import Database
from kiosk.tickets import TicketService
from tests.support.niks import make_nik


def _issue_and_call(config_path: str, serial: int, counters: list[int]) -> None:
    config = load_config(config_path)
    db = Database.open(config.database.url)
    tickets = TicketService(config, db)
    calling = CallingService(config, db)
    for i, counter in enumerate(counters):
        tickets.issue("new", make_nik(serial + i), "SITI AMINAH")
        calling.next(counter)
    db.dispose()


def call_from_another_process(config_path: str, serial: int, counters: list[int]) -> None:
    """Issue one 'new' ticket per counter and call it there, in a child process; wait for it."""
    child = multiprocessing.get_context("spawn").Process(
        target=_issue_and_call, args=(config_path, serial, counters)
    )
    child.start()
    child.join(60)
    assert child.exitcode == 0


class LineReader:
    """The stdout lines of a running process, read on a thread so a test can wait with a timeout."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def next(self, timeout: float = 30) -> str:
        return self.lines.get(timeout=timeout)

    def none_within(self, seconds: float) -> bool:
        time.sleep(seconds)
        return self.lines.empty()
