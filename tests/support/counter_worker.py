"""Counter processes for the calling concurrency test and bench: each presses Next at its counter as an
officer would, on the database its config names. Started with tests/support/kiosk_worker.py's `run_all`."""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from multiprocessing.synchronize import Barrier, Event
from typing import Any

from kiosk.calling import CallingService
from kiosk.config import load_config
from kiosk.db import Database
from kiosk.errors import KioskError
from tests.support.kiosk_worker import NOW


def open_counter(config_path: str, claim: str = "skip_locked") -> CallingService:
    config = load_config(config_path)
    return CallingService(config, Database.open(config.database.url), lambda: NOW, claim=claim)


def next_until_empty(
    config_path: str, counter: int, barrier: Barrier, claim: str = "skip_locked", stop: Event | None = None
) -> list[tuple[str, float]]:
    """Press Next at `counter` (starting with the other counters at once) until nothing waits and, with
    `stop`, until it is set (kiosks still issuing); each call's number and latency in seconds."""
    calling = open_counter(config_path, claim)
    calls = []
    barrier.wait()
    while True:
        began = time.perf_counter()
        try:
            label = calling.next(counter).label
        except KioskError as refusal:
            assert refusal.code == "queue_empty", refusal.code
            if stop is None or stop.is_set():
                break
            time.sleep(0.005)
            continue
        calls.append((label, time.perf_counter() - began))
    calling.db.dispose()
    return calls


def next_paced(
    config_path: str, counter: int, barrier: Barrier, claim: str, interval: float, presses: int
) -> list[tuple[str, float]]:
    """Press Next `presses` times at `counter`, on average every `interval` seconds (at random), starting
    with the kiosks and other counters at once; each press's number ('' when nothing waited) and latency."""
    calling = open_counter(config_path, claim)
    arrivals = random.Random(counter)
    calls = []
    barrier.wait()
    due = time.perf_counter()
    for _ in range(presses):
        due += arrivals.expovariate(1 / interval)
        time.sleep(max(0.0, due - time.perf_counter()))
        began = time.perf_counter()
        try:
            label = calling.next(counter).label
        except KioskError:
            label = ""
        calls.append((label, time.perf_counter() - began))
    calling.db.dispose()
    return calls


def call(target: Callable[..., Any], *args: Any) -> Any:
    """Run `target(*args)`: lets one `run_all` start kiosks and counters together."""
    return target(*args)
