"""How fast a booking QR held to the camera becomes a ticket on screen, offscreen.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.checkin_bench [--checkins 20]

The real kiosk window, with a camera that shows blank 1280×720 frames until a frame holding a signed booking
QR (a different booking each time) is put in front of it. Timed from the moment the capture worker reads
that frame: to the decoded text reaching the GUI thread, to the ticket's bytes taken by the printer (a
loopback TCP printer with the status queries, tests/printer_peer.py), and to the ticket screen shown.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from PySide6.QtWidgets import QApplication

from bench.quick import add_quick
from bench.ui_bench import TimedPrinter, percentile, wait_until
from kiosk.config import load_config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.tickets import TicketService
from printing.printers import make_printer
from tests.support.booking_tokens import make_key, payload, sign
from tests.support.config_files import toml_text
from tests.support.printer_peer import LoopbackPrinter
from tests.support.qr_images import place_in_frame, qr_image
from ui.app import build_window

MONDAY_9AM = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # 09:00 WIB, the bookings' day and session
SIZE = (1280, 720)


class PresentedCamera:
    """A camera that sees nothing until `present(frame)`; notes when it first read that frame."""

    def __init__(self) -> None:
        self.blank = np.full((SIZE[1], SIZE[0]), 190, dtype=np.uint8)
        self.code: np.ndarray | None = None
        self.read_at: float | None = None

    def present(self, frame: np.ndarray | None) -> None:
        self.read_at = None
        self.code = frame

    def open(self) -> bool:
        return True

    def read(self) -> np.ndarray:
        if self.code is None:
            return self.blank
        if self.read_at is None:
            self.read_at = time.perf_counter()
        return self.code

    def close(self) -> None:
        pass


def measure(folder: Path, checkins: int) -> dict[str, list[float]]:
    """Milliseconds per check-in from the code frame read to: text on the GUI thread, bytes, screen."""
    key, public = make_key()
    printer_peer = LoopbackPrinter()
    config_path = folder / "kiosk.toml"
    config_path.write_text(
        toml_text(
            {
                "office": {"opens": "00:00", "closes": "24:00", "open_days": [1, 2, 3, 4, 5, 6, 7]},
                "kiosk": {"data_dir": (folder / "data").as_posix()},
                "printer": {"type": "network", "host": "127.0.0.1", "port": printer_peer.port},
                "booking": {"public_keys": [public]},
            }
        ),
        "utf-8",
    )
    config = load_config(config_path)
    QApplication.instance() or QApplication([])
    db = Database.open(config.database.url)
    printer = TimedPrinter(make_printer(config.printer))
    camera = PresentedCamera()
    window = build_window(
        config, Desk(config, TicketService(config, db, lambda: MONDAY_9AM), printer), frame_source=camera
    )
    flow = window.flow
    assert flow is not None and flow.checkin is not None and flow.checkin.camera is not None
    checkin = flow.checkin
    read_texts: list[float] = []
    checkin.camera.texts.connect(lambda _: read_texts.append(time.perf_counter()))
    window.resize(1280, 800)
    window.show()
    frames = [
        place_in_frame(qr_image(sign(key, payload(code=f"TGU-BENCH{n:03d}")), box=4), size=SIZE, scale=0.55)
        for n in range(checkins)
    ]
    times: dict[str, list[float]] = {"text": [], "bytes": [], "screen": []}
    try:
        for frame in frames:
            flow.start_over(new_visitor=True)
            camera.present(None)
            read_texts.clear()
            checkin.open()
            wait_until(lambda: checkin.scan.view.frames >= 3)  # the camera runs, showing nothing yet
            printer.done_at = None
            camera.present(frame)
            wait_until(lambda: window.current() is flow.ticket)
            shown = time.perf_counter()
            assert camera.read_at is not None and printer.done_at is not None and read_texts
            assert flow.ticket.ticket is not None and flow.ticket.ticket.print_status == "printed"
            times["text"].append((read_texts[0] - camera.read_at) * 1000)
            times["bytes"].append((printer.done_at - camera.read_at) * 1000)
            times["screen"].append((shown - camera.read_at) * 1000)
    finally:
        window.allow_exit()
        window.close()
        db.dispose()
        printer_peer.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--checkins", type=int, default=20)
    add_quick(parser)
    args = parser.parse_args(argv)
    if args.quick:
        args.checkins = 3
    with tempfile.TemporaryDirectory() as tmp:
        times = measure(Path(tmp), args.checkins)
    print(
        f"booking QR frame read by the camera worker -> ... ({args.checkins} check-ins, {SIZE[0]}×{SIZE[1]}):"
    )
    for name, label in (
        ("text", "decoded text on the GUI thread"),
        ("bytes", "ticket bytes taken by the printer"),
        ("screen", "ticket screen shown"),
    ):
        median, p95 = statistics.median(times[name]), percentile(times[name], 0.95)
        print(f"  {label:34} median {median:6.1f} ms   p95 {p95:6.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
