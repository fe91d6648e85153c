"""The kiosk window: a stack of screens, the idle overlay, the visitor's language and text size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from ui.context import KioskContext
from ui.screens.base import Screen
from ui.style import LARGE_TEXT, screen_scale, stylesheet
from ui.widgets.idle import IdleOverlay, IdleWatcher

if TYPE_CHECKING:
    from ui.hardware_watch import KioskWatch
    from ui.officer.flow import OfficerFlow
    from ui.walkin import WalkInFlow


class KioskWindow(QWidget):
    """Shows one screen at a time; emits `timed_out` when an idle countdown ran out.

    Visitors cannot leave it: close requests (Alt+F4, the window manager) and Escape are ignored until
    `allow_exit()` (an officer's "Leave the kiosk", or a test's teardown). A refused close request is
    stopped before any other event filter sees it, so nothing shuts down for it."""

    timed_out = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.flow: WalkInFlow | None = None  # drives the screens; set by ui.app.build_window
        self.watch: KioskWatch | None = None  # printer, print queue and database watches; set there too
        self.officer: OfficerFlow | None = None  # officer mode; set there too
        self.exit_allowed = False
        QCoreApplication.instance().installEventFilter(self)  # application filters see a close first
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setWindowTitle(ctx.config.office.name)
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.pool = QThreadPool(self)  # database and printer work; waited for on close
        self.larger_text = False
        self.portrait = False
        self._sheet = ""
        self._restyle()
        self.idle_exempt: set[Screen] = set()
        self.idle = IdleWatcher(ctx.config.kiosk.idle_seconds, self)
        self.overlay = IdleOverlay(self)
        self.idle.idle.connect(self._idle)
        self.overlay.continued.connect(lambda: self.idle.watch(True))
        self.overlay.expired.connect(self.timed_out)

    def add(self, screen: Screen, *, idle_exempt: bool = False) -> None:
        self.stack.addWidget(screen)
        screen.set_portrait(self.portrait)
        if idle_exempt:
            self.idle_exempt.add(screen)

    def current(self) -> Screen:
        return self.stack.currentWidget()

    def show_screen(self, screen: Screen) -> None:
        """Bring `screen` up with fresh texts; the idle watch runs on every screen but the exempt ones."""
        screen.retranslate()
        self.stack.setCurrentWidget(screen)
        self.idle.watch(screen not in self.idle_exempt)

    def settle(self) -> None:
        """Let background work finish and its results, and the work and layouts they start, reach the
        screens (for screenshots and benches; the kiosk itself never waits)."""
        for _ in range(3):
            self.pool.waitForDone()
            for _ in range(3):
                QCoreApplication.processEvents()

    def set_larger_text(self, on: bool) -> None:
        if on != self.larger_text:
            self.larger_text = on
            self._restyle()

    def _restyle(self) -> None:
        """Sizes follow the window (ui.style.screen_scale) and the larger-text choice; screens lay
        themselves out for portrait or landscape."""
        sheet = stylesheet(LARGE_TEXT if self.larger_text else 1.0, screen_scale(self.size()))
        if sheet != self._sheet:
            self._sheet = sheet
            self.setStyleSheet(sheet)
        portrait = self.height() > self.width()
        if portrait != self.portrait:
            self.portrait = portrait
            for index in range(self.stack.count()):
                self.stack.widget(index).set_portrait(portrait)

    def _idle(self) -> None:
        self.idle.watch(False)
        self.overlay.start(self.ctx.config.kiosk.countdown_seconds)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.overlay.setGeometry(self.rect())
        self._restyle()

    def allow_exit(self) -> None:
        """Let the next close request through (only an officer, or a test, may end the kiosk)."""
        self.exit_allowed = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Close and not self.exit_allowed:
            event.ignore()  # the window stays open
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_f4 = event.key() == Qt.Key.Key_F4 and event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_Escape or alt_f4:
            event.accept()  # swallowed: visitor mode cannot be left from a keyboard
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        QCoreApplication.instance().removeEventFilter(self)
        self.idle.stop()
        self.overlay.tick.stop()
        self.pool.waitForDone()
        self.ctx.languages.release()
        super().closeEvent(event)
