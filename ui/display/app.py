"""The waiting-room display's wiring: the change feed in, the board and the voice out.

Calls come from the change feed (ui/change_watch.py): each one is added to the board, flashes, and is
queued on the voice, so calls that land together are each shown and each announced, in order. The
waiting counts and estimates come from the calling service's overview, read off the GUI thread after
every change that can move them and every FIGURES_SECONDS. While the database or the feed is down, the
board keeps its last calls and shows a quiet "Menghubungkan kembali…"; the feed catches up on its own.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QScreen

from kiosk.call_notices import CallNotice, call_notice, todays_calls
from kiosk.calling import CallingService
from kiosk.change_feed import ChangeEntry
from kiosk.config import Config
from kiosk.db import Database
from kiosk.office_time import local
from kiosk.ports import Speaker
from ui.background import run_in_background
from ui.change_watch import ChangeWatch
from ui.display.board import HISTORY, DisplayBoard, ServiceFigure

log = logging.getLogger(__name__)

FIGURES_SECONDS = 30  # the estimates move with time too
FLASH_TOGGLE_MS = 600  # a gentle on/off, well under three flashes a second
RETRY_MS = 2000  # first load while the database is down
# A call that reaches the display this much later (a long outage caught up) is shown but not spoken: the
# visitor has long gone to the counter or been recalled. Generous, so clocks a little apart never matter.
SPEAK_WITHIN = timedelta(minutes=10)
KEPT = 3 * HISTORY  # calls kept for the board, which lists a recalled number once
FIGURE_KINDS = frozenset({"ticket", "call", "recall", "queue", "pause", "counter"})

Clock = Callable[[], datetime]


def read_figures(config: Config, calling: CallingService) -> list[ServiceFigure]:
    """Waiting count and estimate per service, in the configuration's order."""
    overview = calling.overview()
    figures = []
    for service in config.services:
        queue = overview.services.get(service.code)
        if queue is not None:
            figures.append(ServiceFigure(service.name_id, service.name_en, queue.waiting, queue.wait_minutes))
    return figures


def cover_screen(board: DisplayBoard, screen: QScreen) -> None:
    """Fullscreen on `screen`, with or without a window manager.

    showFullScreen() alone is a request to the window manager; on a bare X server (or a kiosk compositor
    that ignores it) nothing would enlarge the window. So the window is also frameless and on top, and
    given the screen's whole geometry itself before it is shown: with a window manager showFullScreen
    does the rest, without one the geometry already covers the screen.
    """
    board.setWindowFlags(Qt.WindowType.FramelessWindowHint | Qt.WindowType.WindowStaysOnTopHint)
    board.setGeometry(screen.geometry())
    board.apply_size(screen.geometry().width(), screen.geometry().height())
    board.showFullScreen()


class DisplayController(QObject):
    """Keeps a DisplayBoard up to date; `start()` loads today's calls, then follows the feed."""

    def __init__(
        self,
        config: Config,
        db: Database,
        board: DisplayBoard,
        speaker: Speaker | None,
        clock: Clock = lambda: datetime.now(UTC),
    ) -> None:
        super().__init__(board)
        self.config = config
        self.db = db
        self.board = board
        self.speaker = speaker
        self.clock = clock
        self.calling = CallingService(config, db, clock)
        self.calls: list[CallNotice] = []
        self.watch: ChangeWatch | None = None
        self.day = local(config.office, clock()).date()
        self.flash_left = 0
        self._timers: list[QTimer] = []
        self._every(1000, self.tick)
        self._every(FIGURES_SECONDS * 1000, self.refresh_figures)
        if len(config.display.languages) > 1:
            self._every(config.display.language_seconds * 1000, self._next_language)
        self._every(max(config.display.language_seconds, 10) * 1000, board.next_notice)
        self.flash_timer = QTimer(self)
        self.flash_timer.setInterval(FLASH_TOGGLE_MS)
        self.flash_timer.timeout.connect(self._flash_step)

    def _every(self, ms: int, slot: Callable[[], None]) -> None:
        timer = QTimer(self)
        timer.setInterval(ms)
        timer.timeout.connect(slot)
        self._timers.append(timer)

    def start(self) -> None:
        for timer in self._timers:
            timer.start()
        self.tick()
        self._first_load()

    def _first_load(self) -> None:
        run_in_background(self.read_state, self._loaded, self._load_failed)

    def stop(self) -> None:
        for timer in (*self._timers, self.flash_timer):
            timer.stop()
        if self.watch is not None:
            self.watch.stop()

    # -- first load, then the feed --

    def read_state(self) -> tuple[list[CallNotice], int, list[ServiceFigure]]:
        """Today's last calls, the feed's head they were read at, and the figures (any thread)."""
        calls, head = todays_calls(self.db, self.config, self.clock(), KEPT)
        return calls, head, read_figures(self.config, self.calling)

    def _loaded(self, result: tuple[list[CallNotice], int, list[ServiceFigure]]) -> None:
        calls, head, figures = result
        self.calls = calls
        self.board.show_calls(calls)
        self.board.show_figures(figures)
        self.board.set_online(True)
        self.watch = ChangeWatch(self.db, self.config.office.code, after=head, parent=self)
        self.watch.changed.connect(self.on_changes)
        self.watch.online_changed.connect(self.board.set_online)
        self.watch.start()

    def _load_failed(self, error: Exception) -> None:
        log.warning("display: cannot read today's calls yet: %s", error)
        self.board.set_online(False)
        QTimer.singleShot(RETRY_MS, self._first_load)

    def on_changes(self, entries: list[ChangeEntry]) -> None:
        """A batch from the feed, oldest first: every call shown and announced, in order."""
        new = [n for n in (call_notice(self.config, e) for e in entries) if n is not None]
        now = self.clock()
        for notice in new:
            if self.speaker is not None and now - notice.at <= SPEAK_WITHIN:
                self.speaker.announce(notice.number, notice.counter, notice.kind)
        if new:
            self.calls = [*self.calls, *new][-KEPT:]
            self.board.show_calls(self.calls)
            self.flash_left = self.config.display.flash_seconds * 1000 // FLASH_TOGGLE_MS
            self.board.set_flashing(True)
            self.flash_timer.start()
        if any(e.kind in FIGURE_KINDS for e in entries):
            self.refresh_figures()

    def refresh_figures(self) -> None:
        run_in_background(
            lambda: read_figures(self.config, self.calling),
            self.board.show_figures,
            lambda error: log.info("display: figures not refreshed: %s", error),
        )

    # -- time --

    def _flash_step(self) -> None:
        self.flash_left -= 1
        if self.flash_left <= 0:
            self.flash_timer.stop()
            self.board.set_flashing(False)
        else:
            self.board.set_flashing(not self.board.flashing)

    def tick(self) -> None:
        now = self.clock()
        self.board.tick(now)
        today = local(self.config.office, now).date()
        if today != self.day:  # a new office day: yesterday's calls leave the screen
            self.day = today
            self.calls = []
            self.board.show_calls([])

    def _next_language(self) -> None:
        languages = self.config.display.languages
        self.board.set_language(languages[(languages.index(self.board.language) + 1) % len(languages)])
