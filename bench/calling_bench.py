"""Next at the counters while kiosks issue, and people_ahead for a long line, on SQLite and PostgreSQL.

    .venv/bin/python -m bench.calling_bench [--quick] [--databases sqlite postgresql]

Next: counter processes (8 on PostgreSQL, 4 on SQLite) press Next at random, on average every
`--interval` ms each (default 1 s: a counter calls every few minutes, so this is over a hundred times
busier than an office), on a backlog of waiting tickets, while 4 kiosk processes issue walk-in tickets
as often (tests/support/counter_worker.py, tests/support/kiosk_worker.py). Every press is a whole Next
transaction (counter row, the counter's current ticket done, the call order over the heads of the lanes,
the claim, audit record, change feed). PostgreSQL is a server the bench starts itself with production
settings (fsync on), over loopback TCP; both ways of claiming a ticket there are measured: FOR UPDATE
SKIP LOCKED on the call order's first free ticket, and one advisory lock around every Next.
Target: p99 <= 50 ms.

people_ahead: one ticket's live place (TicketService.get: one snapshot read and the call order) and the
whole day's listing with 500 tickets waiting. Target: one ticket under 20 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from contextlib import nullcontext
from datetime import timedelta
from pathlib import Path

from bench.quick import add_quick
from kiosk.config import load_config
from kiosk.db import Database
from kiosk.tickets import TicketService
from tests.support import kiosk_worker
from tests.support.config_files import toml_text
from tests.support.counter_worker import call, next_paced
from tests.support.kiosk_worker import NOW, SERVICE_TABLES, issue_many
from tests.support.niks import make_nik
from tests.support.pg_server import PgServer

TARGET_NEXT_P99_MS, TARGET_AHEAD_MS = 50.0, 20.0
KIOSKS = 4
COUNTERS = {"sqlite": 4, "postgresql": 8}
ROW = "{:<11} {:<12} {:>8} {:>6} {:>6} {:>8} {:>8} {:>9} {:>9}"


def write_config(folder: Path, url: str | None, counters: int) -> Path:
    """Open all day; the kiosk services; `counters` counters serving them all (and the priority lane)."""
    codes = [s["code"] for s in SERVICE_TABLES]
    sections: dict = {
        "office": {"opens": "00:00", "closes": "24:00", "open_days": [1, 2, 3, 4, 5, 6, 7]},
        "kiosk": {"data_dir": folder.as_posix()},
        "services": [
            *SERVICE_TABLES,
            {**SERVICE_TABLES[0], "code": "priority", "prefix": "P", "walk_in": False},
        ],
        "counters": [
            {
                "number": n,
                "name_id": f"Loket {n}",
                "name_en": f"Counter {n}",
                "services": [*codes, "priority"],
            }
            for n in range(1, counters + 1)
        ],
    }
    if url is not None:
        sections["database"] = {"url": url}
    path = folder / "kiosk.toml"
    path.write_text(toml_text(sections), "utf-8")
    return path


def backlog(config_path: Path, count: int, first_serial: int) -> TicketService:
    """`count` waiting tickets, a fifth of them in the priority lane, issued a few seconds apart."""
    config = load_config(config_path)
    moment = [NOW - timedelta(seconds=5 * count)]
    tickets = TicketService(config, Database.open(config.database.url), lambda: moment[0])
    codes = [s["code"] for s in SERVICE_TABLES]
    for serial in range(first_serial, first_serial + count):
        moment[0] += timedelta(seconds=5)
        if serial % 5:
            tickets.issue(codes[serial % 3], make_nik(serial), "Ani")
        else:
            tickets.issue("priority", make_nik(serial), "Oma", source="assisted", category="elderly")
    return tickets


def percentiles(ms: list[float]) -> tuple[float, float]:
    ms = sorted(ms)
    return statistics.median(ms), ms[max(0, int(len(ms) * 0.99) - 1)]


def next_bench(
    name: str, url: str | None, claim: str, args: argparse.Namespace, counters: int, kiosks: int = KIOSKS
) -> None:
    with tempfile.TemporaryDirectory(prefix="calling-bench-") as folder:
        config = write_config(Path(folder), url, counters)
        backlog(config, counters * args.presses + 50, 5000).db.dispose()
        barrier = kiosk_worker.context().Barrier(kiosks + counters)
        interval = args.interval / 1000
        issuers = [
            (
                issue_many,
                str(config),
                barrier,
                range(k * args.tickets + 1, (k + 1) * args.tickets + 1),
                interval,
            )
            for k in range(kiosks)
        ]
        presses = [
            (next_paced, str(config), n, barrier, claim, interval, args.presses)
            for n in range(1, counters + 1)
        ]
        results = kiosk_worker.run_all(call, [*issuers, *presses], timeout=900)
    issued = [s * 1000 for each in results[:kiosks] for s in each]
    nexts = [s * 1000 for each in results[kiosks:] for label, s in each if label]
    called = [label for each in results[kiosks:] for label, _ in each if label]
    assert len(called) == len(set(called)), "a ticket was called twice"
    n50, n99 = percentiles(nexts)
    i50, i99 = percentiles(issued) if issued else (0.0, 0.0)
    verdict = "target met" if n99 <= TARGET_NEXT_P99_MS else "target MISSED"
    figures = (f"{n50:.1f}", f"{n99:.1f}", f"{i50:.1f}", f"{i99:.1f}")
    shown = claim if name == "postgresql" else "immediate"  # SQLite: BEGIN IMMEDIATE serialises writers
    print(ROW.format(name, shown, counters, kiosks, len(nexts), *figures) + f"  {verdict}", flush=True)


def ahead_bench(name: str, url: str | None, waiting: int, repeats: int) -> None:
    with tempfile.TemporaryDirectory(prefix="calling-bench-") as folder:
        tickets = backlog(write_config(Path(folder), url, 4), waiting, 1)
        last = tickets.list_day()[-1].ticket_id
        one, every = [], []
        for _ in range(repeats):
            began = time.perf_counter()
            ticket = tickets.get(last)
            one.append((time.perf_counter() - began) * 1000)
            began = time.perf_counter()
            listing = tickets.list_day()
            every.append((time.perf_counter() - began) * 1000)
        assert ticket is not None and ticket.people_ahead > 0 and len(listing) == waiting
        tickets.db.dispose()
    o50, o99 = percentiles(one)
    verdict = "target met" if o99 <= TARGET_AHEAD_MS else "target MISSED"
    print(
        f"{name:<11} people_ahead of one ticket among {waiting} waiting: p50 {o50:.1f} ms, p99 {o99:.1f} ms "
        f"({verdict}); all {waiting} listed with theirs: median {statistics.median(every):.1f} ms",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_quick(parser)
    parser.add_argument("--presses", type=int, default=100, help="Next presses per counter (100)")
    parser.add_argument(
        "--tickets", type=int, default=100, help="tickets per kiosk while counters call (100)"
    )
    parser.add_argument(
        "--interval", type=int, default=1000, help="mean ms between a counter's presses / a kiosk's tickets"
    )
    parser.add_argument("--waiting", type=int, default=500, help="waiting tickets for people_ahead (500)")
    parser.add_argument("--databases", nargs="+", choices=tuple(COUNTERS), default=list(COUNTERS))
    args = parser.parse_args()
    if args.quick:
        args.presses, args.tickets, args.waiting = 15, 15, 100
    repeats = 5 if args.quick else 30
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} before the run")
    print(
        ROW.format(
            "database",
            "claim",
            "counters",
            "kiosks",
            "calls",
            "Next p50",
            "Next p99",
            "issue p50",
            "issue p99",
        )
        + "  (ms)"
    )
    databases: list[tuple[str, Callable[[], str | None]]] = []
    with PgServer(durable=True) if "postgresql" in args.databases else nullcontext() as server:
        if "sqlite" in args.databases:
            databases.append(("sqlite", lambda: None))
        if server is not None:
            databases.append(("postgresql", server.create_database))
        for name, new_database in databases:  # one counter alone first: the cost of a Next itself
            next_bench(name, new_database(), "skip_locked", args, 1, 0)
            for claim in ("skip_locked", "lock") if name == "postgresql" else ("skip_locked",):
                next_bench(name, new_database(), claim, args, COUNTERS[name])
        for name, new_database in databases:
            ahead_bench(name, new_database(), args.waiting, repeats)


if __name__ == "__main__":
    main()
