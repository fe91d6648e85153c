"""Time the audit trail and officer login on a real SQLite file: what an audited ticket costs, how fast
`kiosk audit verify` walks the chain, how long a login's scrypt check takes.

    python -m bench.audit_bench [--tickets N] [--quick]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.quick import add_quick
from kiosk import audit
from kiosk.config import load_config
from kiosk.db import Database
from kiosk.officers import Officers
from kiosk.tickets import TicketService
from tests.support.config_files import PRIORITY_LANE, toml_text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=3000)
    add_quick(parser)
    args = parser.parse_args()
    n, appends, logins = (30, 10, 2) if args.quick else (args.tickets, 200, 10)
    with tempfile.TemporaryDirectory() as folder:
        config_file = Path(folder) / "kiosk.toml"
        services = [
            {"code": f"s{i}", "prefix": p, "daily_quota": 999, "name_id": "S", "name_en": "S"}
            for i, p in enumerate("ABCDEFGHIJKLMNOQRSTUVWXYZ")  # P is the priority lane's
        ]
        config_file.write_text(
            toml_text(
                {
                    "office": {"opens": "00:00", "closes": "24:00", "open_days": [1, 2, 3, 4, 5, 6, 7]},
                    "kiosk": {"data_dir": Path(folder).as_posix()},
                    "services": [*services, PRIORITY_LANE],
                }
            )
        )
        config = load_config(config_file)
        db = Database.open(config.database.url)
        now = [datetime(2026, 11, 30, 2, 0, tzinfo=UTC)]
        tickets = TicketService(config, db, lambda: now[0])
        started = time.perf_counter()
        for i in range(n):
            now[0] += timedelta(milliseconds=10)
            tickets.issue(
                f"s{i % len(services)}", f"3201011508{90 + i // 9999 % 10:02d}{i % 9999 + 1:04d}", "Ani"
            )
        issue_ms = (time.perf_counter() - started) * 1000 / n
        started = time.perf_counter()
        for _ in range(appends):
            with db.write() as session:
                audit.append(session, db, config, "pause", at=now[0], officer="BENCH", service_code="s0")
        append_ms = (time.perf_counter() - started) * 1000 / appends
        started = time.perf_counter()
        check = audit.verify(db)
        verify_s = time.perf_counter() - started
        officers = Officers(config, db, lambda: now[0])
        officers.add("Bench", "482913")
        started = time.perf_counter()
        for _ in range(logins):
            officers.login("Bench", "482913")
        login_ms = (time.perf_counter() - started) * 1000 / logins
        db.dispose()
    print(f"issue (ticket + audit record, one transaction): {issue_ms:.2f} ms per ticket over {n}")
    print(f"audit record alone in its own transaction:       {append_ms:.2f} ms")
    print(
        f"verify: {check.records} records in {verify_s:.2f} s ({check.records / verify_s:,.0f} records/s), "
        f"ok={check.ok}"
    )
    print(f"login (scrypt n=2**14, r=8, p=1 + audit):        {login_ms:.0f} ms")


if __name__ == "__main__":
    main()
