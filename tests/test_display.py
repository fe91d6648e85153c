"""The waiting-room display: contrast, type sizes, the number's height, fitting three screens, calls from
another process shown and announced in order, the reconnect note across a PostgreSQL restart, snapshots."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from kiosk.call_notices import CallNotice
from kiosk.change_feed import ChangeEntry
from kiosk.config import Config, load_config
from kiosk.db import Database
from tests.support.config_files import MakeConfig
from tests.support.feed_peer import call_from_another_process
from tests.support.kiosk_cli import kiosk
from tests.support.pg_server import PgServer
from tests.support.voice_fixtures import RecordingSoundCard, clips_dir
from ui.display import palette
from ui.display.app import DisplayController, cover_screen
from ui.display.board import DisplayBoard, ServiceFigure
from ui.display.run import build_board
from voice.announcer import Announcer
from voice.clips import ClipSet

__all__ = ["clips_dir"]
SIZES = [QSize(1920, 1080), QSize(1366, 768), QSize(1080, 1920)]
NOW = datetime(2026, 11, 30, 2, 41, tzinfo=UTC)


def _call(seq: int, number: str, counter: int, kind: str = "call") -> CallNotice:
    return CallNotice(seq, number, "new", counter, f"Loket {counter}", kind, NOW)


def _filled(qtbot: QtBot, size: QSize, number: str = "A012") -> DisplayBoard:
    board = build_board(load_config(), size)
    qtbot.addWidget(board)
    board.show_calls([_call(i, f"B{i:03d}", i % 4 + 1) for i in range(1, 7)] + [_call(7, number, 3)])
    board.show_figures(
        [
            ServiceFigure("Paspor Baru", "New passport", 12, 25),
            ServiceFigure("Penggantian Paspor", "Passport replacement", 9, None),
            ServiceFigure("Paspor Hilang / Rusak", "Lost or damaged passport", 3, 40),
            ServiceFigure("Layanan Prioritas", "Priority lane", 0, None),
        ]
    )
    board.tick(NOW)
    board.set_online(False)  # the reconnect note shows too
    board.show()
    qtbot.waitExposed(board)
    return board


def test_every_colour_pair_has_contrast_of_at_least_7() -> None:
    assert palette.contrast("#FFFFFF", "#000000") == pytest.approx(21)
    for name, (text, background) in palette.PAIRS.items():
        assert palette.contrast(text, background) >= 7, name


@pytest.mark.parametrize("language", ["id", "en"])
def test_no_text_under_32_px_at_1080p(qtbot: QtBot, language: str) -> None:
    board = _filled(qtbot, QSize(1920, 1080))
    board.set_language(language)
    qtbot.wait(50)  # the service cells made anew for the language are shown by the next layout pass
    labels = [w for w in board.findChildren(QLabel) if w.isVisible() and w.text()]
    assert len(labels) > 25
    for label in labels:
        label.ensurePolished()
        assert label.font().pixelSize() >= 32, label.text()
    assert board.note.isVisible()
    assert board.note.text() == ("Reconnecting…" if language == "en" else "Menghubungkan kembali…")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s.width()}x{s.height()}")
@pytest.mark.parametrize("number", ["A012", "B1000"])
def test_the_number_is_at_least_15_percent_of_the_screen_height_and_all_fits(
    qtbot: QtBot, size: QSize, number: str
) -> None:
    board = _filled(qtbot, size, number)
    assert board.number.text() == number
    glyphs = QFontMetrics(board.number.font()).tightBoundingRect(number)
    assert glyphs.height() >= 0.15 * size.height()
    assert QFontMetrics(board.number.font()).horizontalAdvance(number) <= board.number.width()
    hint = board.minimumSizeHint()
    assert hint.width() <= size.width() and hint.height() <= size.height()
    assert board.size() == size


def test_a_recalled_number_moves_to_the_top_once(qtbot: QtBot) -> None:
    board = _filled(qtbot, QSize(1920, 1080))
    board.show_calls([_call(1, "A001", 1), _call(2, "A002", 2), _call(3, "A001", 1, "recall")])
    assert [n.text() for n, _ in board.recent_rows[:3]] == ["A001", "A002", ""]
    assert board.number.text() == "A001"


def test_languages_alternate_and_the_flash_keeps_contrast(qtbot: QtBot) -> None:
    board = _filled(qtbot, QSize(1920, 1080))
    board.set_language("en")
    assert board.caption.text() == "Queue number" and board.counter.text() == "Counter 3"
    board.set_language("id")
    assert board.caption.text() == "Nomor antrean" and board.counter.text() == "Loket 3"
    board.set_flashing(True)
    assert board.number.palette().color(board.number.foregroundRole()).name().upper() == palette.BACKGROUND
    assert f"background: {palette.FLASH}" in board.call_box.styleSheet()
    board.set_flashing(False)
    assert board.number.palette().color(board.number.foregroundRole()).name().upper() == palette.ACCENT
    assert f"background: {palette.PANEL}" in board.call_box.styleSheet()


def _controller(
    qtbot: QtBot, config: Config, db: Database, clips: Path
) -> tuple[DisplayController, RecordingSoundCard]:
    board = build_board(config, QSize(1920, 1080))
    qtbot.addWidget(board)
    board.show()
    card = RecordingSoundCard()
    controller = DisplayController(config, db, board, Announcer(config.voice, card, ClipSet(clips)))
    controller.start()
    qtbot.waitUntil(lambda: controller.watch is not None, timeout=10_000)
    return controller, card


@pytest.fixture
def stopped() -> Iterator[list[DisplayController]]:
    controllers: list[DisplayController] = []
    yield controllers
    for controller in controllers:
        controller.stop()


@pytest.mark.all_databases
def test_calls_from_another_process_are_shown_and_each_announced(
    qtbot: QtBot, config: Config, db: Database, clips_dir: Path, stopped: list[DisplayController]
) -> None:
    controller, card = _controller(qtbot, config, db, clips_dir)
    stopped.append(controller)
    call_from_another_process(str(config.source), 1, [3, 1, 2])  # three calls within a few ms
    board = controller.board
    qtbot.waitUntil(lambda: board.number.text() == "A003", timeout=10_000)
    assert [n.text() for n, _ in board.recent_rows[:3]] == ["A003", "A002", "A001"]
    assert board.counter.text() == "Loket 2" and board.flashing
    qtbot.waitUntil(lambda: sum(f.waiting for f in board.figures) == 0 and len(board.figures) == 4)
    assert controller.speaker.wait_idle(30)
    expected = [controller.speaker.call_samples(n, c) for n, c in (("A001", 3), ("A002", 1), ("A003", 2))]
    assert [len(p[2]) for p in card.played] == [len(e) for e in expected]


@pytest.fixture
def pg_config(make_config: MakeConfig, pg_server: PgServer) -> Config:
    """A configuration on a new, empty PostgreSQL schema of the session's server."""
    return make_config(database={"url": pg_server.create_schema()})


def test_a_postgresql_restart_shows_the_note_keeps_the_calls_and_loses_none(
    qtbot: QtBot, pg_config: Config, pg_server: PgServer, clips_dir: Path, stopped: list[DisplayController]
) -> None:
    config, db = pg_config, Database.open(pg_config.database.url)
    controller, card = _controller(qtbot, config, db, clips_dir)
    stopped.append(controller)
    board = controller.board
    call_from_another_process(str(config.source), 1, [1])
    qtbot.waitUntil(lambda: board.number.text() == "A001", timeout=10_000)
    pg_server.stop()
    qtbot.waitUntil(lambda: board.note.isVisible(), timeout=15_000)
    assert board.number.text() == "A001"  # the last calls stay
    pg_server.start()
    call_from_another_process(str(config.source), 2, [2])
    qtbot.waitUntil(lambda: board.number.text() == "A002", timeout=15_000)
    qtbot.waitUntil(lambda: not board.note.isVisible(), timeout=15_000)
    assert controller.speaker.wait_idle(30) and len(card.played) == 2
    db.dispose()


@pytest.mark.parametrize("size", ["1920x1080", "1366x768", "1080x1920"])
def test_snapshot_at_three_sizes(make_config: MakeConfig, tmp_path: Path, size: str) -> None:
    config = make_config()
    call_from_another_process(str(config.source), 1, [2])
    out = tmp_path / f"display-{size}.png"
    done = kiosk(config, "display", "--snapshot", str(out), "--size", size)
    assert done.returncode == 0, done.stderr
    assert Image.open(out).size == tuple(int(x) for x in size.split("x"))
    assert kiosk(config, "display", "--snapshot", str(out), "--size", "big").returncode == 2


def test_started_while_the_database_is_down_it_waits_then_loads(
    qtbot: QtBot, pg_config: Config, pg_server: PgServer, stopped: list[DisplayController]
) -> None:
    config, db = pg_config, Database.open(pg_config.database.url)
    call_from_another_process(str(config.source), 1, [4])
    pg_server.stop()
    board = build_board(config, QSize(1366, 768))
    qtbot.addWidget(board)
    board.show()
    controller = DisplayController(config, db, board, None)
    stopped.append(controller)
    controller.start()
    qtbot.waitUntil(lambda: board.note.isVisible(), timeout=15_000)
    pg_server.start()
    qtbot.waitUntil(lambda: board.number.text() == "A001" and not board.note.isVisible(), timeout=20_000)
    assert board.counter.text() == "Loket 4"
    db.dispose()


def test_a_call_caught_up_long_after_it_was_made_is_shown_but_not_spoken(
    qtbot: QtBot, config: Config, db: Database, clips_dir: Path
) -> None:
    board = build_board(config, QSize(1366, 768))
    qtbot.addWidget(board)
    card = RecordingSoundCard()
    speaker = Announcer(config.voice, card, ClipSet(clips_dir))
    controller = DisplayController(config, db, board, speaker, clock=lambda: NOW)
    data = {"service": "new", "ticket_id": "TGU-x"}
    old = ChangeEntry(1, NOW - timedelta(minutes=11), "call", {"number": "A001", "counter": 1, **data})
    fresh = ChangeEntry(2, NOW - timedelta(seconds=5), "call", {"number": "A002", "counter": 2, **data})
    controller.on_changes([old, fresh])
    assert [n.text() for n, _ in board.recent_rows[:2]] == ["A002", "A001"]
    assert speaker.wait_idle(30)
    assert [len(p[2]) for p in card.played] == [len(speaker.call_samples("A002", 2))]
    controller.stop()


def test_it_covers_the_whole_screen_frameless_and_on_top(qtbot: QtBot) -> None:
    screen = QApplication.primaryScreen()
    board = build_board(load_config(), screen.size())
    qtbot.addWidget(board)
    cover_screen(board, screen)
    qtbot.waitExposed(board)
    assert board.geometry() == screen.geometry()
    flags = board.windowFlags()
    assert flags & Qt.WindowType.FramelessWindowHint and flags & Qt.WindowType.WindowStaysOnTopHint
    assert board.isFullScreen()
