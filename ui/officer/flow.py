"""Officer mode: getting in and out, the menu, and what every task shares (ui.officer.task.TaskHost).

Visitor mode → (corner held 3 s, or Ctrl+Alt+O) → PIN pad → officer menu → a task → its outcome → menu.
Officer mode ends with "Back to visitor mode" (logout 'manual'), after `[officer] idle_seconds` without a
touch (logout 'timeout'), or with "Leave the kiosk" (exit: the program closes). Every step that changes
something is audited by the core, in the same transaction as the change. Each menu task is a controller of
its own, found in the table ui.officer.tasks.TASKS; all background work goes through one `Background`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject

from kiosk.assisted import AssistedDesk
from kiosk.errors import KioskError
from kiosk.officers import OfficerSession
from kiosk.tickets import IssuedTicket
from ui.background import Background
from ui.officer.access import OfficerAccess
from ui.officer.banner import OfficerBanner
from ui.officer.login import LoginScreen
from ui.officer.menu import LeaveScreen, MenuScreen
from ui.officer.outcome import OutcomeScreen
from ui.officer.page import OfficerScreen
from ui.officer.reasons import ReasonScreen
from ui.officer.task import Task
from ui.officer.tasks import TASKS
from ui.screens.base import Screen
from ui.style import stylesheet
from ui.walkin import WalkInFlow
from ui.widgets.idle import IdleWatcher
from ui.window import KioskWindow

log = logging.getLogger(__name__)


class OfficerFlow(QObject):
    """Holds the logged-in officer's session; `session` is None in visitor mode."""

    def __init__(self, window: KioskWindow, walk_in: WalkInFlow, assisted: AssistedDesk) -> None:
        super().__init__(window)
        self.window = window
        self.walk_in = walk_in
        self.ctx = ctx = window.ctx
        self.assisted = assisted
        self.officers = assisted.officers
        self.session: OfficerSession | None = None
        self.background = Background(window.pool, failed=self.fail, parent=self)
        self.pending: Callable[[str], None] = lambda reason: None  # what a chosen reason goes on to

        self.banner = OfficerBanner()
        window.layout().insertWidget(0, self.banner)
        self.access = OfficerAccess(window)
        self.access.requested.connect(self.open_login)
        self.idle = IdleWatcher(ctx.config.officer.idle_seconds, self)
        self.idle.idle.connect(self._idle)

        self.login = LoginScreen(ctx)
        self.menu = MenuScreen(ctx)
        self.reasons = ReasonScreen(ctx)
        self.outcome = OutcomeScreen(ctx)
        self.leave = LeaveScreen(ctx)
        self.tasks: dict[str, Task] = {name: task(self) for name, task in TASKS.items()}
        self.shared: dict[str, Screen] = {
            "officer_login": self.login,
            "officer_home": self.menu,
            "officer_reasons": self.reasons,
            "officer_outcome": self.outcome,
            "officer_leave": self.leave,
        }
        self.screens = dict(self.shared)
        for task in self.tasks.values():
            self.screens.update(task.screens)
        for name, screen in self.screens.items():
            screen.setObjectName(name)
            screen.setStyleSheet(stylesheet())  # officers work at the normal size, whatever a visitor chose
            window.add(screen, idle_exempt=True)  # officer mode has its own idle time
            if isinstance(screen, OfficerScreen):
                screen.menu.connect(self.show_menu)

        self.login.back.connect(self.back_to_visitors)
        self.login.login.connect(self._log_in)
        self.menu.chosen.connect(self.open_task)
        self.menu.logout.connect(lambda: self.end("manual"))
        self.menu.leave.connect(lambda: self.show(self.leave))
        self.leave.confirmed.connect(self.leave_kiosk)
        self.reasons.chosen.connect(lambda reason: self.pending(reason))

    @property
    def officer(self) -> OfficerSession:
        assert self.session is not None, "a task ran outside officer mode"
        return self.session

    # Getting in and out

    def open_login(self) -> None:
        """The PIN pad, with the registered officers' names; what a visitor had typed is dropped."""
        if self.session is not None or self.window.current() is self.login:
            return
        self.window.overlay.tick.stop()  # a visitor's idle countdown must not end the login
        self.window.overlay.hide()
        self.walk_in.start_over(new_visitor=True)
        self.access.enabled = False
        self.login.clear()
        self.login.show_names([])
        self.background.query(self.officers.names, self.login.show_names, self._login_refused)
        self.show(self.login)

    def _log_in(self, name: str, pin: str) -> None:
        self.background.change(
            lambda: self.officers.login(name, pin), self._logged_in, self._login_refused, busy=(self.login,)
        )

    def _logged_in(self, session: OfficerSession) -> None:
        self.session = session
        self.banner.show_officer(session.officer)
        self.login.clear()
        self.show_menu()

    def _login_refused(self, error: Exception) -> None:
        self.login.refuse(self.refusal(error))

    def _idle(self) -> None:
        if self.session is not None:
            self.end("timeout")
        else:
            self.back_to_visitors()

    def end(self, reason: str) -> None:
        """Log out ('manual' or 'timeout') and show the visitors' Home; the logout is recorded meanwhile."""
        session = self.session
        self.back_to_visitors()
        if session is not None:
            self.background.change(
                lambda: self.officers.logout(session, reason=reason),
                lambda _: None,
                lambda error: log.error("logout of %s not recorded", session.officer, exc_info=error),
            )

    def back_to_visitors(self) -> None:
        self.session = None
        self.background.move_on()  # answers for the officer who left are not shown
        self.idle.watch(False)
        self.banner.show_officer(None)
        self.access.enabled = True
        for task in self.tasks.values():
            task.reset()  # nothing typed for a visitor stays behind
        for screen in self.shared.values():
            screen.clear()
        self.walk_in.start_over(new_visitor=True)

    def leave_kiosk(self) -> None:
        """Record the exit, then close the window: the kiosk program ends."""
        session = self.officer

        def close(_: object = None) -> None:
            for task in self.tasks.values():
                task.reset()
            self.session = None
            self.idle.stop()
            self.access.stop()
            self.window.allow_exit()
            self.window.close()

        def close_anyway(error: Exception) -> None:
            log.error("exit of %s not recorded", session.officer, exc_info=error)
            close()

        self.background.change(lambda: self.officers.exit_kiosk(session), close, close_anyway)

    # Moving about, and what the tasks share

    def show(self, screen: Screen) -> None:
        self.window.show_screen(screen)
        self.idle.watch(True)

    def show_menu(self) -> None:
        for task in self.tasks.values():
            task.reset()
        self.menu.show_waiting(None)
        self.background.query(
            lambda: len(self.ctx.desk.print_queue.waiting()),
            self.menu.show_waiting,
            lambda error: log.error("print queue not counted", exc_info=error),
        )
        self.show(self.menu)

    def open_task(self, name: str) -> None:
        self.tasks[name].open()

    def refusal(self, error: Exception) -> KioskError:
        if isinstance(error, KioskError):
            return error
        log.error("officer mode: an operation failed", exc_info=error)
        return KioskError("database_unavailable")

    def fail(self, error: Exception) -> None:
        self.outcome.show_error(self.refusal(error))
        self.show(self.outcome)

    def done(self, action: str) -> Callable[[IssuedTicket], None]:
        def show(ticket: IssuedTicket) -> None:
            self.outcome.show_ticket(action, ticket)
            self.show(self.outcome)

        return show

    def ask(self, purpose: str, reasons: Sequence[str], then: Callable[[str], None], **kwargs: Any) -> None:
        self.pending = then
        self.reasons.ask(purpose, reasons, **kwargs)
        self.show(self.reasons)
