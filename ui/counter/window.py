"""`kiosk counter --counter N`: the officer's window at a counter (loket).

The officer signs in with their PIN on the kiosk's own PIN pad (ui/officer/login.py, kiosk/officers.py:
same officers, same lockout), which opens the counter; then calls with the keyboard (F1 Next, F2 Recall,
F3 Finish, F4 No-show) or the buttons. Without a key or click for `calling.console_idle_minutes` the
officer is signed out (the counter closes; a called ticket stays called). Indonesian first, English on a
button. Every database call runs off the GUI thread (ui/background.py); the window follows the other
counters and kiosks through the change feed (ui/change_watch.py: PostgreSQL NOTIFY, a 300 ms poll on
SQLite), reading its picture again whenever the feed moves on.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import QApplication, QStackedWidget, QVBoxLayout, QWidget

from kiosk import change_feed
from kiosk.calling import CallingService
from kiosk.change_feed import ChangeEntry
from kiosk.config import Config
from kiosk.counter_view import CounterView, counter_view
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.officers import Officers, OfficerSession
from kiosk.tickets import Clock, TicketService, utc_now
from printing.printers import make_printer
from ui.background import Background
from ui.change_watch import ChangeWatch
from ui.context import KioskContext
from ui.counter.console import KEYS, CounterConsole
from ui.officer.login import LoginScreen
from ui.style import stylesheet
from ui.translation import QM_DIR, Languages
from ui.widgets.idle import IdleWatcher

log = logging.getLogger(__name__)
SIZE = (1366, 768)  # an officer's PC screen; the window can be resized
SCALE = 0.8  # the kiosk's type is sized for visitors at arm's length; an officer sits closer
FUNCTION_KEYS = {key: name for name, key in KEYS.items()}  # 'F1' -> 'next'
FUNCTION_NAMES = {Qt.Key.Key_F1: "F1", Qt.Key.Key_F2: "F2", Qt.Key.Key_F3: "F3", Qt.Key.Key_F4: "F4"}


class CounterWindow(QWidget):
    """The PIN pad until an officer signs in, then the console; both on one stacked page."""

    def __init__(self, ctx: KioskContext, calling: CallingService, number: int, pool: QThreadPool) -> None:
        super().__init__()
        self.setObjectName("kiosk")
        self.setStyleSheet(stylesheet(SCALE))
        self.ctx = ctx
        self.calling = calling
        self.number = number
        self.officers = Officers(ctx.config, calling.db, calling.clock)
        self.session: OfficerSession | None = None
        self.pool = pool
        self.background = Background(pool, self._refused, parent=self)
        self.login = LoginScreen(ctx)
        self.login.login.connect(self._log_in)
        self.login.back.connect(self.login.clear)
        counter = ctx.config.counter(number)
        assert counter is not None  # run_counter refuses an unknown counter first
        self.console = CounterConsole(ctx.config, counter, lambda: self.ctx.language)
        self.console.action.connect(self.act)
        self.console.transfer.connect(self._transfer)
        self.console.narrow.connect(self._narrow)
        self.console.logout.connect(lambda: self.sign_out("manual"))
        self.console.switch_language.connect(self._switch_language)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.login)
        self.pages.addWidget(self.console)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.idle = IdleWatcher(ctx.config.calling.console_idle_minutes * 60, self)
        self.idle.idle.connect(lambda: self.sign_out("timeout"))
        self.changes = ChangeWatch(calling.db, ctx.config.office.code, parent=self)
        self.changes.follow(change_feed.KINDS, self._changed)
        self.changes.stop_on_close(self)
        self.setWindowTitle(counter.name(ctx.language))
        self.show_login()

    # Signing in and out.

    def show_login(self) -> None:
        self.login.clear()
        self.background.query(self.officers.names, self.login.show_names, self._login_refused)
        self.pages.setCurrentWidget(self.login)

    def _log_in(self, name: str, pin: str) -> None:
        def work() -> tuple[OfficerSession, CounterView]:
            session = self.officers.login(name, pin)
            self.calling.sign_in(self.number, session.officer)
            return session, counter_view(self.calling, self.number)

        self.background.change(work, self._signed_in, self._login_refused, busy=(self.login,))

    def _signed_in(self, result: tuple[OfficerSession, CounterView]) -> None:
        self.session, view = result
        self.console.show_message(None)
        self.console.show_view(view)
        self.pages.setCurrentWidget(self.console)
        self.idle.watch(True)

    def _login_refused(self, error: Exception) -> None:
        self.login.refuse(self._refusal(error))

    def sign_out(self, reason: str) -> None:
        """Close the counter and go back to the PIN pad ('manual' or 'timeout')."""
        session, self.session = self.session, None
        if session is None:
            return
        self.idle.watch(False)

        def work() -> None:
            self.calling.sign_out(self.number, session.officer)
            self.officers.logout(session, reason=reason)

        self.background.change(work, lambda _: None)
        self.background.move_on()
        self.show_login()

    # Calling.

    def act(self, name: str) -> None:
        """Next, Recall, Finish or No-show, for the ticket the console shows."""
        if self.session is None or self.console.busy:
            return
        shown = self.console.view.current if self.console.view else None
        expected = shown.ticket_id if shown else None
        officer = self.session.officer
        actions: dict[str, Callable[[], Any]] = {
            "next": lambda: self.calling.next(self.number, officer),
            "recall": lambda: self.calling.recall(self.number, officer, expected),
            "finish": lambda: self.calling.finish(self.number, officer, expected),
            "no_show": lambda: self.calling.no_show(self.number, officer, expected),
        }
        self._change(actions[name])

    def _transfer(self, code: str) -> None:
        if self.session is None or self.console.view is None or self.console.view.current is None:
            return
        shown, officer = self.console.view.current.ticket_id, self.session.officer
        self._change(lambda: self.calling.transfer(self.number, code, officer, shown))

    def _narrow(self, services: list[str]) -> None:
        """Serve only `services` here today (signing in again with them)."""
        if self.session is not None:
            officer = self.session.officer
            self._change(lambda: self.calling.sign_in(self.number, officer, services))

    def _change(self, action: Callable[[], Any]) -> None:
        self.console.show_message(None)
        self.background.change(action, lambda _: self._reload(), self._action_refused, busy=(self.console,))

    def _action_refused(self, error: Exception) -> None:
        self.console.show_message(self._refusal(error))
        self._reload()  # e.g. queue_empty still ended the current ticket

    def _changed(self, entries: list[ChangeEntry]) -> None:
        """The change feed moved on (any counter or kiosk) or came online (no entries): read the console's
        picture again, unless it was read after these entries (this console's own action reloaded it)."""
        view = self.console.view
        if self.session is not None and (view is None or not entries or entries[-1].seq > view.head):
            self._reload()

    def _reload(self) -> None:
        self.background.query(lambda: counter_view(self.calling, self.number), self._show)

    def _show(self, view: CounterView) -> None:
        """Show `view` unless a newer one is shown (reads run side by side: one read before an action
        may answer after the action's own) or an action runs (its own read follows; an older picture
        would undo the officer's clicks meanwhile, e.g. the service toggles)."""
        shown = self.console.view
        fresh = shown is None or view.head >= shown.head
        if self.session is not None and fresh and not self.console.busy:
            self.console.show_view(view)

    # The window.

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = FUNCTION_NAMES.get(Qt.Key(event.key()), "")
        if key in FUNCTION_KEYS and self.pages.currentWidget() is self.console:
            self.act(FUNCTION_KEYS[key])
            return
        super().keyPressEvent(event)

    def _switch_language(self) -> None:
        self.ctx.languages.set("en" if self.ctx.language == "id" else "id")
        self.console.retranslate()

    def _refused(self, error: Exception) -> None:
        self.console.show_message(self._refusal(error))

    @staticmethod
    def _refusal(error: Exception) -> KioskError:
        if isinstance(error, KioskError):
            return error
        log.error("counter console: an operation failed", exc_info=error)
        return KioskError("database_unavailable")

    def showEvent(self, event: QShowEvent) -> None:
        self.changes.start()  # once: later calls do nothing; the watch stops as the window closes
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None:
            session, self.session = self.session, None
            try:  # the window is going: sign out here, not on a thread that would outlive it
                self.calling.sign_out(self.number, session.officer)
                self.officers.logout(session)
            except KioskError:
                log.warning("counter console: could not sign out while closing")
        self.idle.stop()
        self.pool.waitForDone()
        self.ctx.languages.release()
        super().closeEvent(event)


def build_counter_window(
    config: Config, db: Database, number: int, *, clock: Clock = utc_now, qm_dir: Path = QM_DIR
) -> CounterWindow:
    """The console for counter `number` (the caller has checked it is configured), on the PIN pad."""
    tickets = TicketService(config, db, clock)
    languages = Languages(config.kiosk.language, qm_dir)
    # The PIN pad is a kiosk screen and reads a kiosk context; this window never prints with its desk.
    ctx = KioskContext(config, Desk(config, tickets, make_printer(config.printer)), languages)
    languages.set(languages.default)
    pool = QThreadPool()
    return CounterWindow(ctx, CallingService(config, db, tickets.clock), number, pool)


def run_counter(config: Config, number: int) -> int:
    """Open the console for counter `number` in a normal window and run until it is closed."""
    if config.counter(number) is None:
        raise KioskError("unknown_counter", counter=number)
    app = QApplication.instance() or QApplication(sys.argv)
    db = Database.open(config.database.url, config.office.timezone)
    window = build_counter_window(config, db, number)
    window.resize(*SIZE)
    window.show()
    return app.exec()
