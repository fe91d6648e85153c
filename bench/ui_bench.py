"""How fast the touchscreen answers: the confirm tap to the ticket's bytes (cold start: startup_bench).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.ui_bench [--tickets 50]

Taps "Confirm" on the real confirmation screen (offscreen) for `--tickets` visitors and times the moment
the network printer (a loopback TCP printer, tests/printer_peer.py, with the status queries before and
after) has taken the ticket's bytes, and the moment the ticket screen is up.
Target: confirm to bytes median ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from bench.quick import add_quick
from kiosk.config import Config, load_config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.layout import TicketLayout
from kiosk.ports import TicketPrinter
from kiosk.printer_status import PrinterStatus
from kiosk.tickets import TicketService
from printing.printers import make_printer
from tests.support.config_files import toml_text
from tests.support.niks import make_nik
from tests.support.printer_peer import LoopbackPrinter
from ui.app import build_window
from ui.context import Visit

READY = "home-ready"


def write_config(folder: Path, printer: dict[str, object]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kiosk.toml"
    path.write_text(
        toml_text(
            {
                "office": {"opens": "00:00", "closes": "24:00", "open_days": [1, 2, 3, 4, 5, 6, 7]},
                "kiosk": {"data_dir": (folder / "data").as_posix()},
                "printer": printer,
            }
        ),
        "utf-8",
    )
    return path


class TimedPrinter:
    """Passes tickets to the real printer and notes when it has taken the bytes."""

    def __init__(self, inner: TicketPrinter) -> None:
        self.inner = inner
        self.done_at: float | None = None

    def print_ticket(self, layout: TicketLayout, name: str) -> None:
        self.inner.print_ticket(layout, name)
        self.done_at = time.perf_counter()

    def status(self) -> PrinterStatus:
        return self.inner.status()


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def wait_until(condition: Callable[[], bool], poll_ms: int = 1) -> None:
    """Run the event loop until `condition()` holds, looking every `poll_ms`."""
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: condition() and loop.quit())
    timer.start(poll_ms)
    loop.exec()
    timer.stop()


def confirm_to_bytes(config: Config, tickets: int) -> tuple[list[float], list[float]]:
    """Milliseconds from the confirm tap to the bytes taken, and to the ticket screen, per ticket."""
    QApplication.instance() or QApplication([])
    db = Database.open(config.database.url)
    printer = TimedPrinter(make_printer(config.printer))
    window = build_window(config, Desk(config, TicketService(config, db), printer))
    flow = window.flow
    assert flow is not None
    window.resize(1280, 800)
    window.show()
    to_bytes: list[float] = []
    to_screen: list[float] = []
    for serial in range(1, tickets + 1):
        flow.ctx.visit = Visit(config.service("new"), make_nik(serial), "SITI AMINAH", "")
        window.show_screen(flow.confirm)
        QCoreApplication.processEvents()
        printer.done_at = None
        tapped = time.perf_counter()
        QTest.mouseClick(flow.confirm.confirm_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: window.current() is flow.ticket)
        shown = time.perf_counter()
        assert printer.done_at is not None and flow.ticket.ticket is not None
        assert flow.ticket.ticket.print_status == "printed"
        to_bytes.append((printer.done_at - tapped) * 1000)
        to_screen.append((shown - tapped) * 1000)
        flow.start_over(new_visitor=True)
    window.close()
    db.dispose()
    return to_bytes, to_screen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=50)
    add_quick(parser)
    args = parser.parse_args(argv)
    if args.quick:
        args.tickets = 3
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        printer = LoopbackPrinter()
        try:
            network = {"type": "network", "host": "127.0.0.1", "port": printer.port}
            to_bytes, to_screen = confirm_to_bytes(
                load_config(write_config(folder / "net", network)), args.tickets
            )
        finally:
            printer.close()
    print(f"confirm tap -> ticket bytes taken by the printer ({len(to_bytes)} tickets, loopback TCP):")
    bytes_median, bytes_p95 = statistics.median(to_bytes), percentile(to_bytes, 0.95)
    print(f"  median {bytes_median:6.1f} ms   p95 {bytes_p95:6.1f} ms   (target ≤ 50)")
    print("confirm tap -> ticket screen shown:")
    print(f"  median {statistics.median(to_screen):6.1f} ms   p95 {percentile(to_screen, 0.95):6.1f} ms")
    print("cold start -> Home: bench/startup_bench.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
