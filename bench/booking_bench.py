"""How fast booking a session is: the confirm tap to the slip's bytes, and `kiosk sessions list`.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.booking_bench [--bookings 30] [--quick]

1. Taps "Confirm, book this session" on the real booking confirmation screen (offscreen) for `--bookings`
   visitors and times the moment the network printer (a loopback TCP printer, tests/printer_peer.py, asked
   its status before and after) has taken the slip's bytes, and the moment the slip screen is up.
   Target: confirm to bytes median ≤ 100 ms.
2. Fills the database with `--stored` bookings over the next 14 days (imported and kiosk alike), then times
   `kiosk sessions list --json` for all 14 days (in-process, the command's own work without Python's start)
   and the core query under it. Target: < 50 ms.
`--quick` runs a few of each (for CI and a first look).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.quick import add_quick
from bench.ui_bench import TimedPrinter, percentile, wait_until, write_config
from kiosk import office_key
from kiosk.config import Config, load_config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.models import ImportedBooking
from kiosk.session_booking import SessionBookings
from kiosk.tickets import TicketService, utc_now
from printing.printers import make_printer
from tests.support.niks import make_nik
from tests.support.printer_peer import LoopbackPrinter
from ui import launcher
from ui.app import build_window
from ui.context import Visit


def confirm_to_slip(config: Config, bookings: int) -> tuple[list[float], list[float]]:
    """Milliseconds from the confirm tap to the slip's bytes taken, and to the slip screen, per booking."""
    QApplication.instance() or QApplication([])
    db = Database.open(config.database.url)
    printer = TimedPrinter(make_printer(config.printer))
    window = build_window(config, Desk(config, TicketService(config, db), printer))
    flow = window.flow
    assert flow is not None and flow.booking is not None
    steps = flow.booking
    window.resize(1280, 800)
    window.show()
    to_bytes: list[float] = []
    to_screen: list[float] = []
    for serial in range(1, bookings + 1):
        day = date.today() + timedelta(days=1 + serial % 10)
        slot = next(s for s in steps.slips.bookings.slots(day=day, service_code="new") if s.free)
        flow.ctx.visit = Visit(config.service("new"), make_nik(serial), "SITI AMINAH", "")
        steps.slot = slot
        steps.confirm.show_slot(slot)
        window.show_screen(steps.confirm)
        QCoreApplication.processEvents()
        printer.done_at = None
        tapped = time.perf_counter()
        QTest.mouseClick(steps.confirm.confirm_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: window.current() is steps.slip)
        shown = time.perf_counter()
        assert printer.done_at is not None and steps.slip.booking is not None
        assert steps.slip.booking.slip_status == "printed"
        to_bytes.append((printer.done_at - tapped) * 1000)
        to_screen.append((shown - tapped) * 1000)
        flow.start_over(new_visitor=True)
    window.allow_exit()
    window.close()
    db.dispose()
    return to_bytes, to_screen


def fill(config: Config, stored: int) -> None:
    """`stored` active bookings spread over the sessions of the next 14 days, added in one transaction."""
    db = Database.open(config.database.url)
    today = utc_now().astimezone(config.office.timezone).date()
    sessions = config.sessions
    with db.write() as session:
        for n in range(stored):
            sess = sessions[n % len(sessions)]
            session.add(
                ImportedBooking(
                    code=f"TGU-B{n:06d}",
                    office_code=config.office.code,
                    day=today + timedelta(days=n % 15),
                    service_code=("new", "renewal")[n % 2],
                    session_start=sess.start,
                    session_end=sess.end,
                    name="ANI",
                    nik_key=f"{n:064d}",
                    nik_last4=f"{n % 10000:04d}",
                    source="import",
                    imported_at=utc_now(),
                    status="active",
                )
            )
    db.dispose()


def sessions_list(config: Config, runs: int) -> tuple[list[float], list[float], int]:
    """Milliseconds per `kiosk sessions list --json` (in-process) and per core query; sessions listed."""
    command: list[float] = []
    for _ in range(runs):
        out = io.StringIO()
        began = time.perf_counter()
        with contextlib.redirect_stdout(out):
            assert launcher.main(["sessions", "list", "--json", "--config", str(config.source)]) == 0
        command.append((time.perf_counter() - began) * 1000)
    db = Database.open(config.database.url)
    bookings = SessionBookings(config, db, office_key.create(config.kiosk.data_dir)[0])
    query: list[float] = []
    for _ in range(runs):
        began = time.perf_counter()
        listed = len(bookings.slots())
        query.append((time.perf_counter() - began) * 1000)
    db.dispose()
    return command, query, listed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bookings", type=int, default=30)
    parser.add_argument("--stored", type=int, default=1500, help="bookings in the database for the list")
    parser.add_argument("--runs", type=int, default=30, help="timed runs of the sessions list")
    add_quick(parser)
    args = parser.parse_args(argv)
    if args.quick:
        args.bookings, args.stored, args.runs = 5, 200, 5
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        printer = LoopbackPrinter()
        try:
            network = {"type": "network", "host": "127.0.0.1", "port": printer.port}
            to_bytes, to_screen = confirm_to_slip(
                load_config(write_config(folder / "net", network)), args.bookings
            )
        finally:
            printer.close()
        listing = load_config(
            write_config(folder / "list", {"type": "file", "path": str(folder / "slips.bin")})
        )
        fill(listing, args.stored)
        command, query, listed = sessions_list(listing, args.runs)
    print(f"confirm tap -> slip bytes taken by the printer ({len(to_bytes)} bookings, loopback TCP):")
    print(
        f"  median {statistics.median(to_bytes):6.1f} ms   p95 {percentile(to_bytes, 0.95):6.1f} ms"
        "   (target ≤ 100)"
    )
    print("confirm tap -> slip screen shown:")
    print(f"  median {statistics.median(to_screen):6.1f} ms   p95 {percentile(to_screen, 0.95):6.1f} ms")
    print(
        f"kiosk sessions list --json, 14 days ({listed} sessions, {args.stored} bookings stored, in-process):"
    )
    print(
        f"  median {statistics.median(command):6.1f} ms   p95 {percentile(command, 0.95):6.1f} ms"
        "   (target < 50)"
    )
    print(f"  of which the query: median {statistics.median(query):6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
