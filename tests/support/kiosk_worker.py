"""Kiosk processes for the concurrency, crash and bench runs: each opens the database its config names and
issues tickets as a kiosk would. Run them with `start` (a forkserver that has imported this module once,
so a process is up in milliseconds, as often as a crash test restarts one)."""

from __future__ import annotations

import multiprocessing
import random
import time
import traceback
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from multiprocessing.context import ForkServerContext
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier, Event
from typing import Any

from sqlalchemy import func, select

from kiosk import audit
from kiosk.config import load_config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.models import AuditRecord, Ticket, TicketCounter
from kiosk.tickets import TicketService
from printing.printers import make_printer
from tests.support.niks import make_nik

NOW = datetime(2026, 11, 30, 2, 30, tzinfo=UTC)  # Monday 09:30 WIB, the day of the tests' FixedClock
SERVICES = ("new", "renewal", "lost-damaged")
# The [[services]] a kiosks test configures: three walk-in services with room for every ticket it issues.
SERVICE_TABLES = [
    {"code": code, "prefix": prefix, "daily_quota": 9999, "name_id": code, "name_en": code}
    for code, prefix in zip(SERVICES, "ABC", strict=True)
]


def context() -> ForkServerContext:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


def start(target: Callable[..., Any], *args: Any) -> BaseProcess:
    """Start `target(*args)` in a new kiosk process."""
    process = context().Process(target=target, args=args, daemon=True)
    process.start()
    return process


def run_all(
    target: Callable[..., Any], arg_lists: Sequence[tuple[Any, ...]], timeout: float = 120
) -> list[Any]:
    """Run `target(*args)` once per args, each in its own kiosk process, all at once; their results."""
    results: Queue[tuple[int, tuple[bool, Any]]] = context().Queue()
    processes = [start(_reporting, target, i, results, *args) for i, args in enumerate(arg_lists)]
    collected = dict(results.get(timeout=timeout) for _ in processes)
    for process in processes:
        process.join(timeout)
    for done, value in collected.values():
        assert done, f"a kiosk process failed:\n{value}"
    return [collected[i][1] for i in range(len(processes))]


def _reporting(target: Callable[..., Any], index: int, results: Queue, *args: Any) -> None:
    try:
        results.put((index, (True, target(*args))))
    except Exception:
        results.put((index, (False, traceback.format_exc())))


def numbering(db: Database) -> dict[str, list[int]]:
    """Per service, the numbers stored, checked against the counter rows and the audit trail: every
    ticket came with its counter step and its audit record (one transaction), or none of them did."""
    with db.read() as session:
        numbers: dict[str, list[int]] = {}
        for service, number in session.execute(
            select(Ticket.service_code, Ticket.number).order_by(Ticket.number)
        ):
            numbers.setdefault(service, []).append(number)
        counters = dict(session.execute(select(TicketCounter.service_code, TicketCounter.last_number)).all())
        issued = session.scalar(
            select(func.count()).select_from(AuditRecord).where(AuditRecord.action.in_(("issue", "check_in")))
        )
    assert {s: n for s, n in counters.items() if n} == {s: len(n) for s, n in numbers.items()}
    assert all(got == list(range(1, len(got) + 1)) for got in numbers.values()), (
        "a number is doubled or skipped"
    )
    assert issued == sum(map(len, numbers.values())) and audit.verify(db).ok
    return numbers


def open_kiosk(config_path: str, now: datetime = NOW) -> TicketService:
    """A kiosk's ticket service on its config's database, its clock stopped at `now`."""
    config = load_config(config_path)
    return TicketService(config, Database.open(config.database.url), lambda: now)


def issue_many(
    config_path: str, barrier: Barrier, serials: Sequence[int], interval: float = 0.0
) -> list[float]:
    """Issue one walk-in ticket per NIK serial, the services taking turns, starting with the other kiosks
    at once: back to back, or visitors arriving at random (Poisson) every `interval` seconds on average.
    Each issue's latency in seconds."""
    tickets = open_kiosk(config_path)
    arrivals = random.Random(serials[0])
    latencies = []
    barrier.wait()
    due = time.perf_counter()
    for serial in serials:
        if interval:
            due += arrivals.expovariate(1 / interval)
            time.sleep(max(0.0, due - time.perf_counter()))
        began = time.perf_counter()
        tickets.issue(SERVICES[serial % len(SERVICES)], make_nik(serial), "Ani")
        latencies.append(time.perf_counter() - began)
    tickets.db.dispose()
    return latencies


def race_niks(config_path: str, barrier: Barrier, serials: Sequence[int]) -> list[str]:
    """With the other racers, try each NIK at the same moment: the label got, or the refusal's code."""
    tickets = open_kiosk(config_path)
    outcomes = []
    for serial in serials:
        barrier.wait()
        outcomes.append(_outcome(lambda s=serial: tickets.issue("new", make_nik(s), "Ani").label))
    tickets.db.dispose()
    return outcomes


def _outcome(attempt: Callable[[], str]) -> str:
    try:
        return attempt()
    except KioskError as refusal:
        return refusal.code


def issue_until_killed(config_path: str, first_serial: int, now: datetime, ready: Event) -> None:
    """A kiosk (re)started at `now`: it prints what waits in its print queue, then issues and prints
    tickets (NIK serials first_serial, first_serial + 1, …) until it is killed."""
    tickets = open_kiosk(config_path, now)
    desk = Desk(tickets.config, tickets, make_printer(tickets.config.printer))
    desk.print_queue.retry_pending()
    ready.set()
    for serial in range(first_serial, 10_000):
        desk.issue(SERVICES[serial % len(SERVICES)], make_nik(serial), "Ani")
