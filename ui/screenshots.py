"""Grab every kiosk screen to PNG files, offscreen, for the docs and for checking the layout.

QT_QPA_PLATFORM=offscreen python -m ui.screenshots docs/screens [--size 1280x800] [--larger-text]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kiosk.config import Config, load_config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.office_time import require_open
from kiosk.tickets import TicketService
from printing.printers import make_printer
from ui.app import build_window
from ui.window import KioskWindow

MONDAY_9AM = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # 09:00 WIB
EVENING = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # 19:00 WIB, registration closed
NIK = "3201015508900001"
# 256 colours without dithering: flat screens stay exact and the PNGs stay small.
PALETTE_ONLY = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither


def _config(folder: Path) -> Config:
    path = folder / "kiosk.toml"
    path.write_text(f'[kiosk]\ndata_dir = "{(folder / "data").as_posix()}"\n', "utf-8")
    return load_config(path)


def _closed_refusal(config: Config) -> KioskError:
    """The refusal a visitor gets in the evening, with the next opening."""
    try:
        require_open(config.office, EVENING)
    except KioskError as closed:
        return closed
    raise AssertionError("registration should be closed in the evening")


def _settle(window: KioskWindow) -> None:
    """Let background work finish and its results reach the screens."""
    window.pool.waitForDone()
    for _ in range(3):  # results, then the layout and style passes they trigger
        QCoreApplication.processEvents()


def capture(out: Path, size: tuple[int, int], larger_text: bool = False) -> list[Path]:
    """Walk the flow and save one PNG per screen state into `out`; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    QApplication.instance() or QApplication(sys.argv)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        config = _config(Path(tmp))
        db = Database.open(config.database.url)
        desk = Desk(config, TicketService(config, db, lambda: MONDAY_9AM), make_printer(config.printer))
        desk.issue("new", "3201014203850007", "BUDI SANTOSO")  # someone is already waiting
        window = build_window(config, desk)
        flow = window.flow
        assert flow is not None
        window.resize(*size)
        window.show()
        window.set_larger_text(larger_text)

        def shot(name: str, step: Callable[[], object] | None = None) -> None:
            if step is not None:
                step()
            _settle(window)
            path = out / f"{name}.png"
            picture = window.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, PALETTE_ONLY)
            picture.save(str(path), "PNG", 0)
            written.append(path)

        shot("01-home")
        shot("02-home-english", lambda: flow.set_language("en"))
        flow.set_language("id")
        shot("03-booking-placeholder", flow.home.booking_chosen.emit)
        shot("04-services", flow.register)
        shot("05-what-to-bring", lambda: flow.choose_service(config.service("lost-damaged")))
        shot(
            "06-nik",
            lambda: (
                flow.step_back(flow.bring),
                flow.choose_service(config.service("new")),
                flow.nik.set_value(NIK[:9]),
            ),
        )
        shot("07-nik-refused", lambda: (flow.nik.set_value("99" + NIK[2:]), flow.nik.submit()))
        flow.nik.set_value(NIK)
        flow.nik.submit()
        shot("08-name", lambda: flow.name.set_value("SITI AMINAH"))
        flow.name.submit()
        shot("09-phone", lambda: flow.phone.set_value("0812345678"))
        flow.phone.submit()
        shot("10-confirm")
        shot("11-ticket", flow.confirm.confirm_button.click)
        ticket = flow.ticket.ticket
        assert ticket is not None
        shot(
            "12-ticket-printer-failed",
            lambda: flow.ticket.show_ticket(
                dataclasses.replace(ticket, print_status="queued"), flow.ticket.picture.source.toImage()
            ),
        )
        shot("13-refused-duplicate", lambda: flow.refuse(KioskError("duplicate_nik", number=ticket.label)))
        shot(
            "14-refused-quota",
            lambda: flow.refuse(
                KioskError("quota_exhausted", service_id="Paspor Baru", service_en="New passport")
            ),
        )
        shot("15-closed", lambda: flow.refuse(_closed_refusal(config)))
        flow.show_step(flow.nik)
        shot("16-idle-countdown", lambda: window.overlay.start(config.kiosk.countdown_seconds))
        window.overlay.tick.stop()
        window.close()
        db.dispose()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--size", default="1280x800", help="window size WIDTHxHEIGHT (default 1280x800)")
    parser.add_argument("--larger-text", action="store_true", help="with the larger-text toggle on")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    for path in capture(args.folder, (width, height), args.larger_text):
        print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
