"""Grab every kiosk screen (and the counter console's) to PNG files, offscreen, for the docs and layout.

QT_QPA_PLATFORM=offscreen python -m ui.screenshots docs/screens [--size 1280x800] [--larger-text]

Without --size it makes every screen at 1280×800 into the folder, and the visitor screens at the other
screen sizes the kiosk is tried on (SIZES) into a subfolder each (docs/screens/1080x1920, …).
tests/ui/test_layout.py walks the same states (`walk`) and checks nothing is cut off or overlaps.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, time
from pathlib import Path

import cv2
import numpy as np
import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from kiosk import help_requests
from kiosk.calling import CallingService
from kiosk.config import Config, load_config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.office_time import require_open
from kiosk.tickets import BookingRef, IssuedTicket, TicketService
from printing.printers import make_printer
from ui.app import build_window
from ui.booking_screenshots import booking_shots, officer_booking_shots
from ui.capture_worker import preview_image
from ui.counter.screenshots import counter_shots
from ui.officer.screenshots import officer_shots
from ui.ticket_picture import ticket_picture
from ui.translation import QM_DIR
from ui.visitor_aids import VisitorAids
from ui.window import KioskWindow
from voice import make_speaker

MONDAY_9AM = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)  # 09:00 WIB
EVENING = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)  # 19:00 WIB, registration closed
NIK = "3201015508900001"
# The worked example of docs/booking-qr.md (signed with a test key), for the scan screen's camera picture.
BOOKING_QR = (
    "BKG1.eyJjb2RlIjoiVEdVLThGMks5MSIsIm9mZmljZSI6IlRHVSIsImRhdGUiOiIyMDI2LTExLTMwIiwic2Vzc2lvbl9zdGFydCI6"
    "IjA5OjAwIiwic2Vzc2lvbl9lbmQiOiIxMDowMCIsInNlcnZpY2UiOiJuZXciLCJuYW1lIjoiU0lUSSBBTUlOQUgiLCJuaWtfbGFzdDQi"
    "OiIwMDAxIn0.C329q12st5_HK9Iks58az9n_TNTYmqn-grlRVybh7pLnpq4Wj0TaJgzU1RI6U9vCWxxD3ax420urWIyWBMPHDA"
)
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


def _camera_frame(text: str) -> np.ndarray:
    """A made-up 1280×720 camera picture: a phone held up, a little tilted, showing the QR code of `text`."""
    qr = qrcode.QRCode(box_size=4, border=4)
    qr.add_data(text)
    code = np.kron(np.where(np.array(qr.get_matrix()), 0, 255).astype(np.uint8), np.ones((4, 4), np.uint8))
    side = code.shape[0]
    phone = np.full((side + 120, side + 40), 35, np.uint8)
    phone[20:-20, 8:-8] = 250
    phone[60 : 60 + side, 20 : 20 + side] = code
    frame = np.tile(np.linspace(150, 215, 1280, dtype=np.uint8), (720, 1))
    y, x = (720 - phone.shape[0]) // 2, (1280 - phone.shape[1]) // 2
    frame[y : y + phone.shape[0], x : x + phone.shape[1]] = phone
    turn = cv2.getRotationMatrix2D((640, 360), 8, 1.0)
    return cv2.warpAffine(frame, turn, (1280, 720), borderMode=cv2.BORDER_REPLICATE)


def _hardware_shots(window: KioskWindow, shot: Callable[..., None], queued: IssuedTicket) -> None:
    """50-59: the printer warning on Home, out of service, a ticket the printer did not take."""
    flow, watch = window.flow, window.watch
    assert flow is not None and watch is not None
    watch.stop()  # these states are set by hand below, not by the printer and database checks
    flow.start_over(new_visitor=False)
    flow.set_language("id")
    shot("50-home-paper-out", lambda: flow.home.set_printer_alert("paper_out"))
    flow.set_language("en")
    shot("51-home-printer-off-english", lambda: flow.home.set_printer_alert("not_printing"))
    flow.home.set_printer_alert(None)
    shot("52-out-of-service", lambda: (flow.set_language("id"), window.show_screen(watch.out_of_service)))
    shot("53-out-of-service-english", lambda: flow.set_language("en"))
    picture = ticket_picture(window.ctx.desk.layout(queued))
    shot("54-ticket-print-failed-english", lambda: flow.issued((queued, picture)))


SIZES = ((1024, 768), (1280, 800), (1920, 1080), (1080, 1920))  # the screens the kiosk is tried on
DOCS_SIZE = (1280, 800)  # the size of the pictures in docs/screens itself
Shot = Callable[..., None]  # shot(name, step=None): run the step, then record the screen as `name`


@contextmanager
def demo_kiosk(
    size: tuple[int, int], larger_text: bool = False, qm_dir: Path = QM_DIR
) -> Iterator[KioskWindow]:
    """A kiosk window of `size` on a throw-away database at 09:00 on a Monday, one visitor waiting."""
    QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        config = _config(Path(tmp))
        db = Database.open(config.database.url, config.office.timezone)
        desk = Desk(config, TicketService(config, db, lambda: MONDAY_9AM), make_printer(config.printer))
        desk.issue("renewal", "3201014203850015", "ANI")  # served at Loket 2 (Home: "Now serving")
        calling = CallingService(config, db, lambda: MONDAY_9AM)
        calling.sign_in(2, "RUDI")
        calling.next(2, "RUDI")
        desk.issue("new", "3201014203850007", "BUDI SANTOSO")  # someone is already waiting
        quiet = make_speaker(replace(config.voice, enabled=False))  # the voice buttons show; nothing is said
        window = build_window(config, desk, qm_dir=qm_dir, speaker=quiet)
        window.resize(*size)
        window.show()
        window.set_larger_text(larger_text)
        try:
            yield window
        finally:
            window.allow_exit()
            window.close()
            db.dispose()


def capture(out: Path, size: tuple[int, int], larger_text: bool = False, officer: bool = True) -> list[Path]:
    """Walk the flow and save one PNG per screen state into `out`; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with demo_kiosk(size, larger_text) as window:

        def shot(name: str, step: Callable[[], object] | None = None) -> None:
            if step is not None:
                step()
            window.settle()
            path = out / f"{name}.png"
            save_png(window, path)
            written.append(path)

        walk(window, shot, officer=officer)
    return written + (counter_shots(out, save_png) if officer else [])  # the console, at its own size


def save_png(widget: QWidget, path: Path) -> None:
    """The widget as a 256-colour PNG."""
    picture = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, PALETTE_ONLY)
    picture.save(str(path), "PNG", 0)


def walk(window: KioskWindow, shot: Shot, *, officer: bool = True) -> None:
    """Every screen state, in order: the walk-in, refusals, check-in, the printer and database troubles,
    then (with `officer`) officer mode."""
    flow, desk, config = window.flow, window.ctx.desk, window.ctx.config
    assert flow is not None
    shot("01-home")
    shot("02-home-english", lambda: flow.set_language("en"))
    flow.set_language("id")
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
    shot("09-phone", lambda: (flow.show_step(flow.phone), flow.phone.set_value("0812345678")))
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
    window.overlay.hide()
    aids = window.findChild(VisitorAids)
    shot("17-help-asked", aids.help.ask)
    help_requests.clear(desk.tickets.db, config, aids.help.request.id, officer="BUDI", at=MONDAY_9AM)
    aids.help.refresh()
    checkin = flow.checkin
    assert checkin is not None
    shot(
        "20-scan",
        lambda: (
            window.show_screen(checkin.scan),
            checkin.scan.view.show_frame(preview_image(_camera_frame(BOOKING_QR))),
        ),
    )
    shot("21-scan-checking", lambda: checkin.scan.set_busy(True))
    checkin.scan.set_busy(False)
    shot(
        "22-code-camera-missing",
        lambda: (
            checkin.code.set_camera_missing(True),
            checkin.code.set_value("8F2K"),
            window.show_screen(checkin.code),
        ),
    )
    booking = BookingRef("TGU-8F2K91", time(9), time(10), None, "0001")
    booked = desk.print(desk.tickets.issue("new", None, "SITI AMINAH", source="booking", booking=booking))
    shot("23-ticket-booking", lambda: flow.issued((booked, ticket_picture(desk.layout(booked)))))
    used = KioskError("booking_used", booking=booking.code, number=booked.label, time="09:00")
    shot("24-refused-booking-used", lambda: flow.refuse(used, retry="scan"))
    wrong_day = KioskError(
        "booking_wrong_date",
        booking=booking.code,
        date_id="Selasa, 1 Desember 2026",
        date_en="Tuesday, 1 December 2026",
    )
    shot("25-refused-booking-wrong-date", lambda: flow.refuse(wrong_day, retry="scan"))
    _hardware_shots(window, shot, dataclasses.replace(ticket, print_status="queued"))
    booking_shots(window, shot)
    if officer:
        officer_shots(window, shot)
        officer_booking_shots(window, shot)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--size", help="only this window size WIDTHxHEIGHT (default: every size in SIZES)")
    parser.add_argument("--larger-text", action="store_true", help="with the larger-text toggle on")
    args = parser.parse_args(argv)
    if args.size:
        width, height = (int(n) for n in args.size.lower().split("x"))
        runs = [(args.folder, (width, height), True)]
    else:
        runs = [
            (
                args.folder if size == DOCS_SIZE else args.folder / f"{size[0]}x{size[1]}",
                size,
                size == DOCS_SIZE,
            )
            for size in SIZES
        ]
    for folder, size, officer in runs:
        for path in capture(folder, size, args.larger_text, officer):
            print(f"{path}  {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
