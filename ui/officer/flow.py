"""Officer mode: which screen follows which, and the calls into the assisted desk (off the GUI thread).

Visitor mode → (corner held 3 s, or Ctrl+Alt+O) → PIN pad → officer menu → a task → its outcome → menu.
Officer mode ends with "Back to visitor mode" (logout 'manual'), after `[officer] idle_seconds` without a
touch (logout 'timeout'), or with "Leave the kiosk" (exit: the program closes). Every step that changes
something is audited by the core, in the same transaction as the change.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer

from kiosk.assisted import AssistedDesk
from kiosk.errors import KioskError
from kiosk.officers import OfficerSession
from kiosk.pauses import paused_services
from kiosk.ports import FrameSource
from kiosk.tickets import IssuedTicket
from scanner.capture import CameraSource
from ui.background import run_in_background
from ui.capture_worker import CaptureWorker
from ui.officer.access import OfficerAccess
from ui.officer.banner import OfficerBanner
from ui.officer.checks import ask_printer, print_test_ticket
from ui.officer.code_entry import BookingEntryScreen, NumberScreen
from ui.officer.login import LoginScreen
from ui.officer.menu import LeaveScreen, MenuScreen
from ui.officer.outcome import OutcomeScreen
from ui.officer.page import OfficerScreen
from ui.officer.print_queue import PrintQueueScreen
from ui.officer.reasons import CANCEL_REASONS, REPRINT_REASONS, ReasonScreen
from ui.officer.register import CategoryScreen
from ui.officer.services import ServicesScreen
from ui.officer.technician import TechnicianScreen
from ui.officer.tickets import TicketsScreen
from ui.officer.today import TodayScreen
from ui.screens.base import Screen
from ui.screens.name import NameScreen
from ui.screens.nik import NikScreen
from ui.style import stylesheet
from ui.walkin import WalkInFlow
from ui.widgets.idle import IdleWatcher
from ui.window import KioskWindow

log = logging.getLogger(__name__)
OVERRIDABLE = ("duplicate_nik", "quota_exhausted")  # the refusals an officer may override with a reason
PREVIEW_MS = 5000  # how long the camera test shows the live picture


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
        self.busy = False  # a change is being stored or printed: more taps wait for it
        self.pending: Callable[[str], None] = lambda reason: None  # what a chosen reason goes on to
        self.registering = ("", "")  # the NIK and name typed for a priority-lane ticket
        self.camera: Callable[[], FrameSource] = lambda: CameraSource(ctx.config.camera.index)
        self.preview: CaptureWorker | None = None  # the camera test's, while it runs
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.timeout.connect(self._stop_preview)

        self.banner = OfficerBanner()
        window.layout().insertWidget(0, self.banner)
        self.access = OfficerAccess(window)
        self.access.requested.connect(self.open_login)
        self.idle = IdleWatcher(ctx.config.officer.idle_seconds, self)
        self.idle.idle.connect(self._idle)

        self.login = LoginScreen(ctx)
        self.menu = MenuScreen(ctx)
        self.nik = NikScreen(ctx)
        self.name = NameScreen(ctx)
        self.category = CategoryScreen(ctx)
        self.reasons = ReasonScreen(ctx)
        self.booking = BookingEntryScreen(ctx)
        self.number = NumberScreen(ctx)
        self.tickets = TicketsScreen(ctx)
        self.today = TodayScreen(ctx)
        self.services = ServicesScreen(ctx)
        self.queue = PrintQueueScreen(ctx)
        self.technician = TechnicianScreen(ctx)
        self.outcome = OutcomeScreen(ctx)
        self.leave = LeaveScreen(ctx)
        self.screens: dict[str, Screen] = {
            "officer_login": self.login,
            "officer_home": self.menu,
            "officer_nik": self.nik,
            "officer_name": self.name,
            "officer_category": self.category,
            "officer_reasons": self.reasons,
            "officer_booking": self.booking,
            "officer_number": self.number,
            "officer_tickets": self.tickets,
            "officer_today": self.today,
            "officer_services": self.services,
            "officer_queue": self.queue,
            "officer_technician": self.technician,
            "officer_outcome": self.outcome,
            "officer_leave": self.leave,
        }
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
        self.nik.back.connect(self.show_menu)
        self.nik.accepted.connect(self._typed_nik)
        self.name.back.connect(lambda: self.show(self.nik))
        self.name.accepted.connect(self._choose_category)
        self.category.back.connect(lambda: self.show(self.name))
        self.category.issue.connect(lambda category: self._register(category, None))
        self.reasons.chosen.connect(lambda reason: self.pending(reason))
        self.booking.back.connect(self.show_menu)
        self.booking.accepted.connect(self._check_in)
        self.number.back.connect(lambda: self.show(self.tickets))
        self.number.accepted.connect(self._find)
        self.tickets.type_number.connect(lambda: (self.number.clear(), self.show(self.number)))
        self.tickets.reprint.connect(lambda ticket_id: self._reprint(ticket_id, None))
        self.tickets.cancel.connect(self._ask_cancel)
        self.today.refresh.connect(self._load_today)
        self.services.pause.connect(lambda code: self._set_paused(code, True))
        self.services.resume.connect(lambda code: self._set_paused(code, False))
        self.queue.print_now.connect(self._print_now)
        self.technician.test_printer.connect(self._test_printer)
        self.technician.ask_printer.connect(self._ask_printer)
        self.technician.test_camera.connect(self._test_camera)

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
        run_in_background(self.officers.names, self.login.show_names, self._login_refused, self.window.pool)
        self.show(self.login)

    def _log_in(self, name: str, pin: str) -> None:
        run_in_background(
            lambda: self.officers.login(name, pin), self._logged_in, self._login_refused, self.window.pool
        )

    def _logged_in(self, session: OfficerSession) -> None:
        self.session = session
        self.banner.show_officer(session.officer)
        self.login.clear()
        self.show_menu()

    def _login_refused(self, error: Exception) -> None:
        self.login.refuse(self._refusal(error))

    def _idle(self) -> None:
        if self.session is not None:
            self.end("timeout")
        else:
            self.back_to_visitors()

    def end(self, reason: str) -> None:
        """Log out ('manual' or 'timeout') and show the visitors' Home; the logout is recorded meanwhile."""
        session, self.session = self.session, None
        if session is not None:
            run_in_background(
                lambda: self.officers.logout(session, reason=reason),
                lambda _: None,
                lambda error: log.error("logout of %s not recorded", session.officer, exc_info=error),
                self.window.pool,
            )
        self.back_to_visitors()

    def back_to_visitors(self) -> None:
        self._stop_preview()
        self.session = None
        self.busy = False
        self.idle.watch(False)
        self.banner.show_officer(None)
        self.access.enabled = True
        for screen in self.screens.values():
            screen.clear()  # nothing typed for a visitor stays behind
        self.registering = ("", "")
        self.walk_in.start_over(new_visitor=True)

    def leave_kiosk(self) -> None:
        """Record the exit, then close the window: the kiosk program ends."""
        session = self.session
        assert session is not None

        def close(_: object = None) -> None:
            self._stop_preview()
            self.session = None
            self.idle.stop()
            self.access.stop()
            self.window.allow_exit()
            self.window.close()

        def close_anyway(error: Exception) -> None:
            log.error("exit of %s not recorded", session.officer, exc_info=error)
            close()

        run_in_background(lambda: self.officers.exit_kiosk(session), close, close_anyway, self.window.pool)

    # Moving about

    def show(self, screen: Screen) -> None:
        self.window.show_screen(screen)
        self.idle.watch(True)

    def show_menu(self) -> None:
        self._stop_preview()
        for screen in (self.nik, self.name, self.category, self.booking, self.number):
            screen.clear()
        self.registering = ("", "")
        self.menu.show_waiting(None)
        self._run(
            lambda: len(self.ctx.desk.print_queue.waiting()),
            self.menu.show_waiting,
            lambda error: log.error("print queue not counted", exc_info=error),
        )
        self.show(self.menu)

    def open_task(self, task: str) -> None:
        if task == "register":
            self.show(self.nik)
        elif task == "check_in":
            self.show(self.booking)
        elif task == "tickets":
            self._load_tickets()
            self.show(self.tickets)
        elif task == "print_queue":
            self.queue.clear()
            self._load_queue()
            self.show(self.queue)
        elif task == "today":
            self._load_today()
            self.show(self.today)
        elif task == "services":
            self._load_paused()
            self.show(self.services)
        elif task == "technician":
            self.technician.clear()
            self.show(self.technician)

    def _run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
        *,
        change: bool = False,
    ) -> None:
        """`work()` off the GUI thread; its answer is dropped if the officer has left meanwhile. A `change`
        (a write or a print) is not started while another is under way, so a double tap does it once."""
        if change:
            if self.busy:
                return
            self.busy = True
        session = self.session

        def deliver(handler: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(value: Any) -> None:
                if change:
                    self.busy = False
                if session is not None and self.session is session:
                    handler(value)

            return call

        run_in_background(work, deliver(done), deliver(failed or self.fail), self.window.pool)

    def _refusal(self, error: Exception) -> KioskError:
        if isinstance(error, KioskError):
            return error
        log.error("officer mode: an operation failed", exc_info=error)
        return KioskError("database_unavailable")

    def fail(self, error: Exception) -> None:
        self.outcome.show_error(self._refusal(error))
        self.show(self.outcome)

    def _done(self, action: str) -> Callable[[IssuedTicket], None]:
        def show(ticket: IssuedTicket) -> None:
            self.outcome.show_ticket(action, ticket)
            self.show(self.outcome)

        return show

    def _ask(
        self, purpose: str, reasons: tuple[str, ...], then: Callable[[str], None], **kwargs: Any
    ) -> None:
        self.pending = then
        self.reasons.ask(purpose, reasons, **kwargs)
        self.show(self.reasons)

    # Priority lane

    def _typed_nik(self, nik: str) -> None:
        self.registering = (nik, "")
        self.show(self.name)

    def _choose_category(self, name: str) -> None:
        nik = self.registering[0]
        self.registering = (nik, name)
        self.category.set_visitor(nik, name, self.assisted.suggest_category(nik))
        self.show(self.category)

    def _register(self, category: str, override: str | None) -> None:
        session, (nik, name), language = self.session, self.registering, self.ctx.language
        assert session is not None

        def refused(error: Exception) -> None:
            self.category.set_busy(False)
            if isinstance(error, KioskError) and error.code in OVERRIDABLE and override is None:
                reasons = self.ctx.config.officer.override_reasons
                self._ask("override", reasons, lambda reason: self._register(category, reason), error=error)
            else:
                self.fail(error)

        self._run(
            lambda: self.assisted.register(
                session, nik, name, category, override_reason=override, language=language
            ),
            self._done("issued"),
            refused,
            change=True,
        )

    # Bookings

    def _check_in(self, code: str) -> None:
        session, language = self.session, self.ctx.language
        assert session is not None
        self.booking.set_busy(True)
        self._run(
            lambda: self.assisted.check_in(session, code, language=language),
            self._done("checked_in"),
            lambda error: self.booking.refuse(self._refusal(error)),
            change=True,
        )

    # Reprint and cancel

    def _load_tickets(self, select: str | None = None) -> None:
        self.tickets.show_loading()
        self._run(self.ctx.desk.tickets.list_day, lambda found: self.tickets.show_tickets(found, select))

    def _find(self, ref: str) -> None:
        def found(ticket: IssuedTicket) -> None:
            self._load_tickets(select=ticket.ticket_id)
            self.show(self.tickets)

        self._run(
            lambda: self.assisted.find(ref), found, lambda error: self.number.refuse(self._refusal(error))
        )

    def _reprint(self, ticket_id: str, reason: str | None) -> None:
        session = self.session
        assert session is not None

        def refused(error: Exception) -> None:
            if isinstance(error, KioskError) and error.code == "reprint_reason_required" and reason is None:
                number = error.params["number"]
                retry = self._reprint
                self._ask(
                    "reprint",
                    REPRINT_REASONS,
                    lambda chosen: retry(ticket_id, chosen),
                    error=error,
                    number=number,
                )
            else:
                self.fail(error)

        self._run(
            lambda: self.assisted.reprint(session, ticket_id, reason),
            self._done("reprinted"),
            refused,
            change=True,
        )

    def _ask_cancel(self, ticket_id: str) -> None:
        number = self.tickets.selected.label if self.tickets.selected else ticket_id
        self._ask("cancel", CANCEL_REASONS, lambda reason: self._cancel(ticket_id, reason), number=number)

    def _cancel(self, ticket_id: str, reason: str) -> None:
        session = self.session
        assert session is not None
        self._run(
            lambda: self.assisted.cancel(session, ticket_id, reason), self._done("cancelled"), change=True
        )

    # Figures, pauses, the print queue, the technician's checks

    def _load_today(self) -> None:
        self.today.show_report(None)
        self._run(self.assisted.today, self.today.show_report)

    def _load_paused(self) -> None:
        self.services.show_paused(None)
        self._run(lambda: paused_services(self.assisted.db, self.ctx.config), self.services.show_paused)

    def _set_paused(self, code: str, paused: bool) -> None:
        session = self.session
        assert session is not None
        change = self.assisted.pause if paused else self.assisted.resume
        self._run(lambda: change(session, code), lambda _: self._load_paused(), change=True)

    def _load_queue(self) -> None:
        self._run(self.ctx.desk.print_queue.waiting, self.queue.show_jobs)

    def _print_now(self) -> None:
        def printed(tickets: list[IssuedTicket]) -> None:
            self.queue.show_printed(tickets)
            self._load_queue()

        self._run(self.ctx.desk.print_queue.retry_pending, printed, change=True)

    def _test_printer(self) -> None:
        desk, language = self.ctx.desk, self.ctx.language
        self.technician.set_printer_busy()
        self._run(lambda: print_test_ticket(desk, language), self.technician.show_printer, change=True)

    def _ask_printer(self) -> None:
        self.technician.set_printer_busy()
        self._run(lambda: ask_printer(self.ctx.desk), self.technician.show_printer)

    def _test_camera(self) -> None:
        """The camera's live picture for PREVIEW_MS, through the same capture worker as the scan screen."""
        if self.preview is not None:
            return
        worker = self.preview = CaptureWorker(self.camera(), self)
        view = self.technician.view

        def show_frame() -> None:
            image = worker.latest_preview()
            if image is not None:
                view.show_frame(image)

        worker.frame_ready.connect(show_frame)
        worker.camera_changed.connect(self.technician.camera_found)
        self.technician.camera_started()
        worker.start()
        self.preview_timer.start(PREVIEW_MS)

    def _stop_preview(self) -> None:
        worker, self.preview = self.preview, None
        self.preview_timer.stop()
        if worker is not None:
            worker.shutdown()
            worker.deleteLater()
            self.technician.camera_stopped()
