"""Issue throughput and latency with 1, 4 and 8 kiosk processes on one database, SQLite and PostgreSQL.

    .venv/bin/python -m bench.db_bench [--tickets 300] [--kiosks 1 4 8] [--databases sqlite postgresql]
        [--quick]

Each kiosk process opens the database and, all starting at once, issues `--tickets` walk-in tickets
through TicketService (the whole issue transaction: NIK lock, counter row, ticket, audit record; no
printer). PostgreSQL is a server the bench starts itself (tests/pg_server.py) with production settings
(fsync on), reached over loopback TCP. Two loads:
- back to back: every kiosk issues as fast as it can, so tickets/s is the database's ceiling and the
  latency is mostly time spent queueing for the counter and audit locks;
- paced: at every kiosk a visitor arrives every `--interval` ms on average (at random; default 200 ms:
  far busier than any office), so the latency is what one visitor waits for the database.
Target: p99 <= 50 ms with 4 kiosks on both databases.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.quick import add_quick
from tests.support import kiosk_worker
from tests.support.config_files import PRIORITY_LANE, toml_text
from tests.support.pg_server import PgServer

TARGET_P99_MS = 50.0
ROW = "{:<11} {:<14} {:>6} {:>8} {:>10} {:>7} {:>7}"


def write_config(folder: Path, url: str | None) -> Path:
    """A kiosk config open all day, with the bench's services and database (None: SQLite in `folder`)."""
    sections: dict = {
        "office": {"opens": "00:00", "closes": "24:00", "open_days": [1, 2, 3, 4, 5, 6, 7]},
        "kiosk": {"data_dir": folder.as_posix()},
        "services": [*kiosk_worker.SERVICE_TABLES, PRIORITY_LANE],
    }
    if url is not None:
        sections["database"] = {"url": url}
    path = folder / "kiosk.toml"
    path.write_text(toml_text(sections), "utf-8")
    return path


def run(config: Path, kiosks: int, tickets: int, interval: float) -> tuple[float, float, float]:
    """Tickets per second (paced: as offered), p50 and p99 latency in ms, for `kiosks` processes at once."""
    barrier = kiosk_worker.context().Barrier(kiosks)
    per_kiosk = [
        (str(config), barrier, range(k * tickets + 1, (k + 1) * tickets + 1), interval) for k in range(kiosks)
    ]
    latencies = kiosk_worker.run_all(kiosk_worker.issue_many, per_kiosk, timeout=600)
    every = sorted(ms * 1000 for each in latencies for ms in each)
    rate = kiosks / interval if interval else len(every) / max(sum(each) for each in latencies)
    return rate, statistics.median(every), every[int(len(every) * 0.99) - 1]


def bench(name: str, new_database: Callable[[], str | None], args: argparse.Namespace) -> None:
    loads = [
        ("back to back", args.tickets, 0.0),
        (f"paced {args.interval} ms", args.paced, args.interval / 1000),
    ]
    for load, tickets, interval in loads:
        for kiosks in args.kiosks:
            with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as folder:
                rate, p50, p99 = run(write_config(Path(folder), new_database()), kiosks, tickets, interval)
            target = "" if kiosks != 4 else ("  target met" if p99 <= TARGET_P99_MS else "  target MISSED")
            figures = (f"{rate:.0f}", f"{p50:.1f}", f"{p99:.1f}")
            print(ROW.format(name, load, kiosks, kiosks * tickets, *figures) + target, flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=300, help="tickets per kiosk back to back (300)")
    parser.add_argument("--paced", type=int, default=100, help="tickets per kiosk paced (100)")
    parser.add_argument("--interval", type=int, default=200, help="ms between a paced kiosk's tickets (200)")
    parser.add_argument("--kiosks", type=int, nargs="+", default=[1, 4, 8])
    parser.add_argument(
        "--databases", nargs="+", choices=("sqlite", "postgresql"), default=["sqlite", "postgresql"]
    )
    add_quick(parser)
    args = parser.parse_args()
    if args.quick:
        args.tickets, args.paced, args.interval, args.kiosks = 10, 5, 20, [2]
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f} before the run")
    print(ROW.format("database", "load", "kiosks", "tickets", "tickets/s", "p50 ms", "p99 ms"))
    if "sqlite" in args.databases:
        bench("sqlite", lambda: None, args)
    if "postgresql" in args.databases:
        with PgServer(durable=True) as server:
            bench("postgresql", server.create_database, args)


if __name__ == "__main__":
    main()
