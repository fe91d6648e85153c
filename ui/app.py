"""Start the touchscreen: wire the core (database, tickets, desk, printer) to the kiosk window."""

from __future__ import annotations

import logging
import os
import sys
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.assisted import AssistedDesk
from kiosk.checkin import CheckIn
from kiosk.config import Config
from kiosk.db import Database, DatabaseUnavailable, create_db_engine
from kiosk.desk import Desk
from kiosk.logs import setup_logging
from kiosk.officers import Officers
from kiosk.ports import FrameSource, Speaker
from kiosk.slips import slip_desk
from kiosk.tickets import TicketService
from printing.printers import make_printer
from scanner.capture import CameraSource
from ui.booking_steps import visitor_booking
from ui.change_watch import ChangeWatch
from ui.checkin_flow import CheckInFlow
from ui.context import KioskContext
from ui.hardware_watch import KioskWatch
from ui.ktp_scan_flow import KtpScanFlow
from ui.officer.flow import OfficerFlow
from ui.officer.help_alert import HelpAlert
from ui.translation import QM_DIR, Languages
from ui.visitor_aids import VisitorAids
from ui.walkin import WalkInFlow
from ui.window import KioskWindow
from voice import make_speaker

WINDOWED_SIZE = (1280, 800)
# Printed on stdout once Home is up with the event loop running, when $KIOSK_EXIT_AFTER_HOME is set: the
# kiosk then quits (bench/startup_bench.py times a cold start so, from the venv and from the bundle).
READY = "home-ready"

log = logging.getLogger(__name__)


def build_window(
    config: Config,
    desk: Desk,
    *,
    qm_dir: Path = QM_DIR,
    frame_source: FrameSource | None = None,
    speaker: Speaker | None = None,
) -> KioskWindow:
    """The kiosk window on Home, for `desk` (tests pass their own, with a fixed clock); booking QRs are
    read from `frame_source` (a camera; None: booking codes are typed or come from a barcode scanner);
    screen instructions are spoken by `speaker` (None: no voice guidance)."""
    window = KioskWindow(KioskContext(config, desk, Languages(config.kiosk.language, qm_dir)))
    window.ctx.slips = slip_desk(config, desk)
    window.flow = flow = WalkInFlow(window)
    visitor_booking(flow)
    checkin = CheckIn(config, desk.tickets)
    flow.checkin = CheckInFlow(flow, checkin, frame_source)
    officers = Officers(config, desk.tickets.db, desk.tickets.clock)
    window.officer = OfficerFlow(window, flow, AssistedDesk(desk, officers, checkin))
    # One change feed for the window (Home's serving line, places left, the help alert and request).
    changes = ChangeWatch(desk.tickets.db, config.office.code, parent=window)
    changes.stop_on_close(window)
    HelpAlert(window, window.officer, changes)
    aids = VisitorAids(window, flow, changes, speaker)
    card_scan = KtpScanFlow(window, flow.checkin.camera, flow.checkin.camera_screens)
    book = window.officer.tasks["book"]
    for steps in (flow, flow.booking, window.officer.tasks["register"], book.steps, book.same_day):
        card_scan.attach(steps.nik, steps.name)  # Pindai KTP wherever a NIK is typed
    flow.start_over(new_visitor=True)
    window.watch = KioskWatch(window, flow, changes)
    window.watch.start()
    aids.start()
    changes.start()
    return window


def open_database(url: str, timezone: ZoneInfo | None = None) -> Database:
    """The database at `url`, migrated if it answers; if it does not, the kiosk still starts: the window
    shows the out-of-service screen and migrates once the database answers (kiosk/issue_ready.py)."""
    db = Database(create_db_engine(url), timezone)
    try:
        db.migrate()
    except DatabaseUnavailable:
        log.warning("database unreachable at start-up; out of service until it answers")
    return db


def run_kiosk(config: Config, windowed: bool = False) -> int:
    """Open the database and printer, show the kiosk (fullscreen, frameless) and run until quit."""
    log_file = setup_logging(config.kiosk.data_dir)
    log.info("kiosk %s starting, office %s; log %s", config.kiosk.id, config.office.code, log_file)
    app = QApplication.instance() or QApplication(sys.argv)
    db = open_database(config.database.url, config.office.timezone)
    tickets = TicketService(config, db)
    camera = CameraSource(config.camera.index) if config.camera.enabled else None
    printer = make_printer(config.printer, config.kiosk.data_dir)
    # The display's voice engine, for the screens' instructions only (voice.enabled is for the calls).
    speaker = make_speaker(replace(config.voice, enabled=True)) if config.kiosk.voice_guidance else None
    window = build_window(config, Desk(config, tickets, printer), frame_source=camera, speaker=speaker)
    if windowed:
        window.resize(*WINDOWED_SIZE)
        window.show()
    else:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)  # a touchscreen shows no pointer
        fill_screen(window)
    QTimer.singleShot(0, lambda: _home_shown(app))
    try:
        return app.exec()
    finally:
        if speaker is not None:
            speaker.close()
        db.dispose()
        log.info("kiosk stopped")


def fill_screen(window: KioskWindow) -> None:
    """Frameless over the whole screen, with or without a window manager: without one (a bare X server)
    showFullScreen() alone leaves the window at its own size in a corner, so it is also given the
    screen's geometry, and follows the screen if its resolution changes."""
    window.setWindowFlag(Qt.WindowType.FramelessWindowHint)
    screen = window.screen() or QGuiApplication.primaryScreen()
    window.setGeometry(screen.geometry())
    screen.geometryChanged.connect(window.setGeometry)
    window.showFullScreen()


def _home_shown(app: QApplication) -> None:
    log.info("Home shown, the kiosk is ready")
    if os.environ.get("KIOSK_EXIT_AFTER_HOME"):
        print(READY, flush=True)
        app.exit(0)  # not quit(): in visitor mode the window refuses to close
