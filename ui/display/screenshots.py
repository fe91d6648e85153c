"""Pictures of the waiting-room display at its three screen sizes, for docs/screens and the README.

QT_QPA_PLATFORM=offscreen python -m ui.display.screenshots docs/screens

A throw-away database gets a morning's queue (tickets issued, a few calls at four counters), then
`kiosk display --snapshot`'s renderer draws it as it would look at 09:41 WIB.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSize

from kiosk.calling import CallingService
from kiosk.config import Config, load_config
from kiosk.db import Database
from kiosk.tickets import TicketService
from ui.display.run import snapshot

MORNING = datetime(2026, 11, 30, 2, 41, tzinfo=UTC)  # Monday 09:41 WIB
SIZES = {"landscape": QSize(1920, 1080), "small": QSize(1366, 768), "portrait": QSize(1080, 1920)}
NIK_STEM = "32010155089"  # + 5 digits: valid NIKs of women born 15-08-1990 (day + 40), serials 00001…


def morning_queue(config: Config) -> None:
    """Tickets for three services, then calls at counters 1-4 (the last one a recall)."""
    db = Database.open(config.database.url, config.office.timezone)
    clock_at = [MORNING - timedelta(hours=2)]
    tickets = TicketService(config, db, lambda: clock_at[0])
    calling = CallingService(config, db, lambda: clock_at[0])
    serial = 0
    for service, count in (("new", 14), ("renewal", 9), ("lost-damaged", 3)):
        for _ in range(count):
            serial += 1
            tickets.issue(service, f"{NIK_STEM}{serial:05d}", "SITI AMINAH")
            clock_at[0] += timedelta(minutes=1)
    for counter in (1, 2, 3, 4):
        calling.sign_in(counter, "BUDI")
    for counter in (1, 2, 3, 4) * 4:
        clock_at[0] += timedelta(minutes=4)
        calling.next(counter)
    clock_at[0] = MORNING - timedelta(seconds=20)
    calling.recall(3)
    db.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    args = parser.parse_args(argv)
    args.folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kiosk.toml"
        path.write_text(
            f'[kiosk]\ndata_dir = "{Path(tmp).as_posix()}"\n[office]\nopens = "07:00"\n',
            "utf-8",
        )
        config = load_config(path)
        morning_queue(config)
        for name, size in SIZES.items():
            snapshot(config, args.folder / f"70-display-{name}.png", size, MORNING)
    return 0


if __name__ == "__main__":
    sys.exit(main())
