"""What the kiosk watches besides the visitor: the printer (Home warns while it cannot print) and the
database (out of service while it cannot be reached, back by itself when it answers).

Every check runs off the GUI thread in a BackgroundPoll (ui/status_poll.py).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Literal

from PySide6.QtCore import QEvent, QObject, Signal
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, ProgrammingError

from kiosk.db_health import DatabaseHealth
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.issue_ready import ready_to_issue
from kiosk.printer_status import PrinterStatus
from kiosk.tickets import IssuedTicket, TicketService
from ui.change_watch import ChangeWatch
from ui.places_refresh import PlacesRefresh
from ui.print_retry import PrintRetry
from ui.screens.out_of_service import OutOfServiceScreen
from ui.status_poll import BackgroundPoll

if TYPE_CHECKING:
    from ui.walkin import WalkInFlow
    from ui.window import KioskWindow

log = logging.getLogger(__name__)

PrinterAlert = Literal["paper_out", "not_printing"]


def printer_alert(status: PrinterStatus, asked: bool) -> PrinterAlert | None:
    """What Home tells visitors about the printer: only that tickets will not come out now.

    Paper low still prints (the officer's business, not the visitor's). 'unknown' from a printer that is
    not asked (`printer.status_query = false`: a serial port opens but cannot tell more) gets no alert,
    since tickets are sent to it anyway; a printer that is asked but did not answer is sent nothing, so
    it counts as not printing.
    """
    if status.can_print or (status.state == "unknown" and not asked):
        return None
    return "paper_out" if status.state == "paper_out" else "not_printing"


def database_unreachable(error: Exception) -> bool:
    """Whether a failed core call means the database cannot be used now (server stopped, network cut,
    file locked or unreadable), as opposed to a refusal or a bug in a query."""
    if isinstance(error, KioskError):
        return error.code == "database_unavailable"
    return isinstance(error, DBAPIError) and not isinstance(
        error, IntegrityError | ProgrammingError | DataError
    )


class PrinterWatch(QObject):
    """Asks the printer its state every `printer.status_poll_seconds` and whenever Home appears."""

    alert = Signal(object)  # PrinterAlert | None, after every answer
    ready_again = Signal()  # the printer can print again after it could not

    def __init__(self, window: KioskWindow, desk: Desk, home: QObject) -> None:
        super().__init__(window)
        self.asked = desk.config.printer.status_query
        self.status: PrinterStatus | None = None
        self.poll = BackgroundPoll(
            window,
            desk.config.printer.status_poll_seconds,
            desk.print_queue.printer_status,
            self._answer,
            self._fail,
        )
        home.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show:  # a new visitor may be about to register: ask again now
            self.poll.run()
        return False

    def _answer(self, status: PrinterStatus) -> None:
        before, self.status = self.status, status
        self.alert.emit(printer_alert(status, self.asked))
        if before is not None and not before.can_print and status.can_print:
            self.ready_again.emit()

    def _fail(self, error: Exception) -> None:
        log.error("printer status check failed", exc_info=error)
        self._answer(PrinterStatus.unknown(type(error).__name__))


class DatabaseWatch(QObject):
    """Checks every `database.check_seconds` that a ticket could be issued: a ping (DatabaseHealth, with
    back-off while the database does not answer), then `ready_to_issue` (a locked SQLite file still
    answers a ping)."""

    unreachable = Signal()  # a check failed while in service
    back = Signal()  # a check succeeded while out of service

    def __init__(self, window: KioskWindow, tickets: TicketService) -> None:
        super().__init__(window)
        self.in_service = True
        self.db = tickets.db
        self.health = DatabaseHealth(tickets.db)
        self.poll = BackgroundPoll(
            window, tickets.config.database.check_seconds, self._answers, self._checked, self._failed
        )

    def _answers(self) -> bool:
        """On the worker thread: whether the database answers now."""
        return self.health.check() and ready_to_issue(self.db)

    def lost(self) -> None:
        """A core call or a check found the database unreachable."""
        self.in_service = False

    def _checked(self, answers: bool) -> None:
        if answers and not self.in_service:
            self.in_service = True
            self.back.emit()
        elif not answers and self.in_service:
            self.unreachable.emit()

    def _failed(self, error: Exception) -> None:
        log.error("database check failed", exc_info=error)
        self._checked(False)


class KioskWatch(QObject):
    """Wires the watches to the screens: the printer warning on Home, the print queue retried in the
    background, out of service while the database is unreachable, places left kept fresh."""

    def __init__(self, window: KioskWindow, flow: WalkInFlow, changes: ChangeWatch) -> None:
        super().__init__(window)
        self.window = window
        self.flow = flow
        desk = window.ctx.desk
        self.printer = PrinterWatch(window, desk, flow.home)
        self.print_retry = PrintRetry(window, desk)
        self.database = DatabaseWatch(window, desk.tickets)
        self.places = PlacesRefresh(window, flow.services, desk.tickets, changes, self._places_failed)
        self.out_of_service = OutOfServiceScreen(window.ctx)
        window.add(self.out_of_service, idle_exempt=True)

        self.printer.alert.connect(flow.home.set_printer_alert)
        self.printer.ready_again.connect(self.print_retry.now)
        self.print_retry.printed.connect(self._printed_late)
        flow.database_lost.connect(self.go_out_of_service)
        self.database.unreachable.connect(self._unreachable)
        self.database.back.connect(lambda: flow.start_over(new_visitor=True))
        self.out_of_service.language_chosen.connect(flow.set_language)

    def start(self) -> None:
        """Ask the printer, print what waits from before a restart, and start checking the database."""
        for poll in (self.printer.poll, self.print_retry.poll, self.database.poll):
            poll.start()

    def stop(self) -> None:
        for poll in (self.printer.poll, self.print_retry.poll, self.database.poll, self.places.poll):
            poll.stop()

    def go_out_of_service(self) -> None:
        """Forget the visitor's answers (they must start again) and show the out-of-service screen."""
        self.database.lost()
        self.window.overlay.tick.stop()
        self.window.overlay.hide()
        self.flow.start_over(new_visitor=True)
        self.window.show_screen(self.out_of_service)

    def _unreachable(self) -> None:
        """A failed check takes the kiosk out of service from Home only; a visitor part-way through
        learns at the next step that needs the database (the service list or the confirmation)."""
        if self.window.current() is self.flow.home:
            self.go_out_of_service()

    def _printed_late(self, tickets: list[IssuedTicket]) -> None:
        """A visitor still looking at a ticket that just printed late is told to take it."""
        for ticket in tickets:
            self.flow.ticket.update_ticket(ticket)

    def _places_failed(self, error: Exception) -> None:
        if database_unreachable(error):
            self.go_out_of_service()
        else:
            log.error("places left not refreshed", exc_info=error)
