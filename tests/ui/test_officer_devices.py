"""The technician's part of officer mode: a test ticket to the (loopback) printer and its state, the print
queue with Print now, the camera's live picture, the last warning or error; and the Today task's
close-of-day slip on the same printer."""

from __future__ import annotations

import logging

import numpy as np
import pytest

from kiosk.config import Config
from kiosk.logs import last_error
from scanner.capture import ImageFilesSource
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.support.printer_peer import LoopbackPrinter
from tests.ui.conftest import OpenKiosk
from tests.ui.test_officer_login import log_in
from ui.officer.tasks import technician


@pytest.fixture
def printing(make_config: MakeConfig, loopback_printer: LoopbackPrinter) -> Config:
    return make_config(
        kiosk={"language": "en"},
        printer={"type": "network", "host": "127.0.0.1", "port": loopback_printer.port, "timeout_seconds": 1},
    )


def test_the_printer_test_prints_the_sample_ticket(
    printing: Config, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter
) -> None:
    kiosk = open_kiosk(printing)
    log_in(kiosk)
    kiosk.tap("task_technician")
    kiosk.wait_for("officer_technician")
    kiosk.tap("printer_test")
    kiosk.qtbot.waitUntil(lambda: "sent to the printer" in kiosk.text("printer_state"))
    assert "The printer is ready." in kiosk.text("printer_state")
    job = loopback_printer.wait_for_jobs(1)[0]
    assert b"PRINTER TEST" in job and b"A000" in job
    loopback_printer.status = "paper_out"
    kiosk.tap("printer_status")
    kiosk.qtbot.waitUntil(lambda: "out of paper" in kiosk.text("printer_state"))
    loopback_printer.refuse()
    kiosk.tap("printer_test")
    kiosk.qtbot.waitUntil(lambda: "was not printed" in kiosk.text("printer_state"))


def test_the_today_task_prints_the_close_of_day_slip(
    printing: Config, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter
) -> None:
    kiosk = open_kiosk(printing)
    kiosk.desk.issue("new", make_nik(1), "ANI")
    printed_tickets = len(loopback_printer.wait_for_jobs(1))
    officer = log_in(kiosk)
    kiosk.tap("task_today")
    kiosk.wait_for("officer_today")
    kiosk.tap("print_slip")
    kiosk.qtbot.waitUntil(lambda: "slip was printed" in kiosk.text("today_slip_state"))
    job = loopback_printer.wait_for_jobs(printed_tickets + 1)[-1]
    assert b"SLIP TUTUP HARI" in job and f"Petugas: {officer}".encode() in job and b"AUDITHEAD" in job
    assert b"ANI" not in job

    loopback_printer.refuse()
    kiosk.tap("print_slip")
    kiosk.qtbot.waitUntil(lambda: "was not printed" in kiosk.text("today_slip_state"))
    assert kiosk.window.officer.screens["officer_today"].slip_button.isEnabled()


def test_the_print_queue_lists_waiting_tickets_and_prints_them_now(
    printing: Config, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter
) -> None:
    kiosk = open_kiosk(printing)
    assert kiosk.window.watch is not None
    kiosk.window.watch.stop()  # no retry in the background: Print now does it here
    loopback_printer.refuse()  # switched off
    for serial in (1, 2):
        assert kiosk.desk.issue("new", make_nik(serial), "ANI").print_status == "queued"
    log_in(kiosk)
    kiosk.qtbot.waitUntil(lambda: "2 waiting" in kiosk.texts())  # on the menu's tile
    kiosk.tap("task_print_queue")
    kiosk.wait_for("officer_queue")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("queue_status") == "Tickets waiting for the printer: 2")
    assert kiosk.text("queue_A001").startswith("A001  ·  09:00 WIB\n")  # with the printer's error
    kiosk.tap("print_now")
    kiosk.qtbot.waitUntil(lambda: kiosk.button("print_now").isEnabled())
    assert "Nothing was printed" in kiosk.text("queue_result")
    loopback_printer.serve()
    kiosk.tap("print_now")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("queue_result") == "Printed now: A001, A002")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("queue_status") == "No ticket is waiting for the printer.")
    assert [b"A001" in job for job in loopback_printer.wait_for_jobs(2)] == [True, False]
    assert [t.print_status for t in kiosk.desk.tickets.list_day()] == ["printed", "printed"]


def test_the_camera_test_shows_the_live_picture_for_a_few_seconds(
    make_config: MakeConfig, open_kiosk: OpenKiosk, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(technician, "PREVIEW_MS", 600)
    kiosk = open_kiosk(make_config(kiosk={"language": "en"}))
    frames = ImageFilesSource([np.full((120, 160), 200, np.uint8)])
    task = kiosk.window.officer.tasks["technician"]
    task.camera = lambda: frames
    log_in(kiosk)
    kiosk.tap("task_technician")
    kiosk.tap("camera_test")
    view = task.technician.view
    kiosk.qtbot.waitUntil(lambda: view.frames > 0)
    assert kiosk.text("camera_state") == "Camera 0 works: this is its live picture."
    assert not kiosk.button("camera_test").isEnabled()
    kiosk.qtbot.waitUntil(lambda: kiosk.button("camera_test").isEnabled())  # the preview ended
    assert kiosk.text("camera_state") == "Camera 0 works." and task.preview is None
    frames.plugged = False
    kiosk.tap("camera_test")
    kiosk.qtbot.waitUntil(lambda: kiosk.text("camera_state").startswith("No camera answers at number 0."))


def test_the_last_warning_is_shown_for_the_technician(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config(kiosk={"language": "en"}))
    logger = logging.getLogger("kiosk.test")
    logger.addHandler(last_error)
    try:
        logger.warning("ticket A001 not printed: connection refused")
    finally:
        logger.removeHandler(last_error)
    log_in(kiosk)
    kiosk.tap("task_technician")
    shown = kiosk.text("last_error")
    assert shown.endswith("WARNING kiosk.test: ticket A001 not printed: connection refused")
