"""`kiosk display`: start the waiting-room display, or render it once to a PNG (`--snapshot`)."""

from __future__ import annotations

import logging
import sys
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.db import DatabaseUnavailable
from kiosk.logs import setup_logging
from ui.app import open_database
from ui.display.app import DisplayController, cover_screen
from ui.display.board import DisplayBoard
from ui.translation import Languages
from voice import make_speaker

log = logging.getLogger(__name__)


def build_board(config: Config, size: QSize) -> DisplayBoard:
    languages = Languages(config.display.languages[0])
    board = DisplayBoard(config, languages, portrait=size.width() < size.height())
    board.set_language(config.display.languages[0])
    board.resize(size)
    board.apply_size(size.width(), size.height())
    return board


def snapshot(config: Config, path: Path, size: QSize, now: datetime | None = None) -> None:
    """Render what the display would show now (today's calls, the queue) into a PNG, offscreen."""
    app = QApplication.instance() or QApplication(sys.argv)
    board = build_board(config, size)
    db = open_database(config.database.url)
    controller = DisplayController(config, db, board, None, lambda: now or datetime.now(UTC))
    try:
        calls, _head, figures = controller.read_state()
    except DatabaseUnavailable:
        board.set_online(False)
    else:
        board.show_calls(calls)
        board.show_figures(figures)
    controller.tick()
    board.show()
    app.processEvents()
    board.apply_size(size.width(), size.height())
    app.processEvents()
    board.grab().save(str(path))
    board.close()
    db.dispose()


def run_display(config: Config, windowed: bool = False) -> int:
    """Show the display fullscreen on the primary screen and run until the process is stopped."""
    log_file = setup_logging(config.kiosk.data_dir)
    log.info("display starting, office %s; log %s", config.office.code, log_file)
    app = QApplication.instance() or QApplication(sys.argv)
    screen = app.primaryScreen()
    board = build_board(config, screen.size())
    speaker = make_speaker(config.voice)
    controller = DisplayController(config, open_database(config.database.url), board, speaker)
    if windowed:
        board.resize(1280, 720)
        board.apply_size(1280, 720)
        board.show()
    else:
        cover_screen(board, screen)
    controller.start()
    code = app.exec()
    controller.stop()
    speaker.close()
    return code
