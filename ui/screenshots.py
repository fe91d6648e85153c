"""Grab every kiosk screen (and the counter console's) to PNG files, offscreen, for the docs and layout.

QT_QPA_PLATFORM=offscreen python -m ui.screenshots docs/screens [--size 1280x800] [--larger-text]
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, time
from pathlib import Path

import cv2
import numpy as np
import qrcode
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.config import Config, load_config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.office_time import require_open
from kiosk.tickets import BookingRef, IssuedTicket, TicketService
from printing.printers import make_printer
from ui.app import build_window
from ui.capture_worker import preview_image
from ui.counter.screenshots import counter_shots
from ui.officer.screenshots import officer_shots
from ui.ticket_picture import ticket_picture
from ui.window import KioskWindow

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
            window.settle()
            path = out / f"{name}.png"
            save_png(window, path)
            written.append(path)

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
        window.overlay.hide()
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
        officer_shots(window, shot)
        window.allow_exit()
        window.close()
        db.dispose()
    return written + counter_shots(out, save_png)  # the counter console, at its own size


def save_png(widget: QWidget, path: Path) -> None:
    """The widget as a 256-colour PNG."""
    picture = widget.grab().toImage().convertToFormat(QImage.Format.Format_Indexed8, PALETTE_ONLY)
    picture.save(str(path), "PNG", 0)


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
