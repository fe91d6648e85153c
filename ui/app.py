"""Start the touchscreen: wire the core (database, tickets, desk, printer) to the kiosk window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.tickets import TicketService
from printing.printers import make_printer
from ui.context import KioskContext
from ui.translation import QM_DIR, Languages
from ui.walkin import WalkInFlow
from ui.window import KioskWindow

WINDOWED_SIZE = (1280, 800)


def build_window(config: Config, desk: Desk, *, qm_dir: Path = QM_DIR) -> KioskWindow:
    """The kiosk window on Home, for `desk` (tests pass their own, with a fixed clock)."""
    window = KioskWindow(KioskContext(config, desk, Languages(config.kiosk.language, qm_dir)))
    window.flow = flow = WalkInFlow(window)
    flow.start_over(new_visitor=True)
    return window


def run_kiosk(config: Config, windowed: bool = False) -> int:
    """Open the database and printer, show the kiosk (fullscreen, frameless) and run until quit."""
    app = QApplication.instance() or QApplication(sys.argv)
    db = Database.open(config.database.url)
    tickets = TicketService(config, db)
    window = build_window(config, Desk(config, tickets, make_printer(config.printer)))
    if windowed:
        window.resize(*WINDOWED_SIZE)
        window.show()
    else:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BlankCursor)  # a touchscreen shows no pointer
        window.showFullScreen()
    try:
        return app.exec()
    finally:
        db.dispose()
