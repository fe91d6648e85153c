"""The walk-in flow: which screen follows which, and the calls into the core (off the GUI thread)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from kiosk.config import ServiceConfig
from kiosk.errors import KioskError
from kiosk.pauses import paused_services
from kiosk.queue_line import service_queues
from kiosk.tickets import IssuedTicket
from ui.background import Background
from ui.context import Visit
from ui.hardware_watch import database_unreachable
from ui.screens.base import Screen
from ui.screens.bring import BringScreen
from ui.screens.confirm import ConfirmScreen
from ui.screens.home import HomeScreen
from ui.screens.message import MessageScreen
from ui.screens.name import NameScreen
from ui.screens.nik import NikScreen
from ui.screens.phone import PhoneScreen
from ui.screens.service import ServiceScreen
from ui.screens.ticket import TicketScreen
from ui.ticket_picture import ticket_picture
from ui.window import KioskWindow

if TYPE_CHECKING:
    from ui.booking_steps import BookingSteps
    from ui.checkin_flow import CheckInFlow

log = logging.getLogger(__name__)


class WalkInFlow(QObject):
    """Home → service → (what to bring) → NIK → name → confirm → ticket, and the refusals; the phone number
    (optional) is a side step from the confirmation. Four taps besides the NIK's digits and the name's
    letters: the choice on Home, the service, the name's Next, the confirmation (the NIK goes on by itself
    at its 16th digit once the core has checked it)."""

    database_lost = Signal()  # the database did not answer a core call: out of service (ui.hardware_watch)

    def __init__(self, window: KioskWindow) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx = window.ctx
        self.home = HomeScreen(ctx)
        self.services = ServiceScreen(ctx)
        self.bring = BringScreen(ctx)
        self.nik = NikScreen(ctx, auto_submit=True)
        self.name = NameScreen(ctx)
        self.phone = PhoneScreen(ctx)
        self.confirm = ConfirmScreen(ctx)
        self.ticket = TicketScreen(ctx)
        self.message = MessageScreen(ctx)
        names = {
            "home": self.home,
            "services": self.services,
            "bring": self.bring,
            "nik": self.nik,
            "name": self.name,
            "phone": self.phone,
            "confirm": self.confirm,
            "ticket": self.ticket,
            "message": self.message,
        }
        for name, screen in names.items():
            screen.setObjectName(name)
            window.add(screen, idle_exempt=screen in (self.home, self.ticket))  # ticket has its own timeout
        self.steps_by_name = names
        self.checkin: CheckInFlow | None = None  # Home's "I have a booking code"; set by ui.app.build_window
        self.booking: BookingSteps | None = None  # Home's "Book a session"; set by ui.booking_steps
        self.background = Background(window.pool, failed=self.refuse, parent=self)  # check-in's too

        self.home.register_chosen.connect(self.register)
        self.home.language_chosen.connect(self.set_language)
        self.home.larger_text_toggled.connect(window.set_larger_text)
        self.services.chosen.connect(self.choose_service)
        self.bring.proceed.connect(lambda: self.accept(self.bring))
        self.nik.accepted.connect(self.check_nik)
        self.name.accepted.connect(lambda name: self.accept(self.name, name=name))
        self.phone.accepted.connect(self.phone_given)
        self.phone.back.connect(lambda: self.show_step(self.confirm))
        self.confirm.add_phone.connect(lambda: self.show_step(self.phone))
        for screen in (self.services, self.bring, self.nik, self.name, self.confirm):
            screen.back.connect(lambda screen=screen: self.step_back(screen))
        self.confirm.confirmed.connect(self.issue)
        self.ticket.finished.connect(lambda: self.start_over(new_visitor=True))
        self.message.home.connect(lambda: self.start_over(new_visitor=False))
        self.message.retry.connect(lambda step: self.show_step(self.steps_by_name[step]))
        window.timed_out.connect(lambda: self.start_over(new_visitor=True))

    def steps(self) -> list[Screen]:
        """The walk-in steps in order; the what-to-bring step only for services that list documents."""
        service = self.ctx.visit.service
        bring = [self.bring] if service and service.bring(self.ctx.language) else []
        return [self.services, *bring, self.nik, self.name, self.confirm]

    def start_over(self, *, new_visitor: bool) -> None:
        """Clear everything typed and show Home; a new visitor also gets the default language and size."""
        self.ctx.visit = Visit()
        self.background.move_on()  # what the last visitor asked for is not shown to the next
        for screen in self.steps_by_name.values():
            screen.clear()
        if new_visitor:
            self.ctx.languages.set(self.ctx.languages.default)
            self.window.set_larger_text(False)
        self.home.set_state(self.ctx.language, self.window.larger_text)
        self.window.show_screen(self.home)

    def set_language(self, code: str) -> None:
        self.ctx.languages.set(code)
        self.home.set_state(code, self.window.larger_text)

    def register(self) -> None:
        try:
            self.ctx.desk.tickets.require_open()
        except KioskError as closed:
            self.refuse(closed)
            return
        self.show_step(self.services)

    def show_step(self, screen: Screen) -> None:
        if screen is self.services:  # places change as other visitors take numbers: ask again
            self.services.show_loading()
            self.background.query(self.ctx.desk.tickets.places_left, self.services.show_places)
            tickets = self.ctx.desk.tickets
            self.background.query(
                lambda: service_queues(tickets.db, self.ctx.config, tickets.clock()), self.services.show_lines
            )
            self.background.query(
                lambda: paused_services(self.ctx.desk.tickets.db, self.ctx.config), self.services.show_paused
            )
        self.window.show_screen(screen)

    def step_back(self, screen: Screen) -> None:
        steps = self.steps()
        index = steps.index(screen)
        if index == 0:
            self.start_over(new_visitor=False)
        else:
            self.show_step(steps[index - 1])

    def choose_service(self, service: ServiceConfig) -> None:
        """Refused at once if a number cannot be given now (online_only, full: a session is offered)."""
        self.ctx.visit.service = service
        self.background.query(
            lambda: self.ctx.desk.tickets.require_walk_in(service.code),
            lambda _: self.show_step(self.steps()[1]),
        )

    def accept(self, screen: Screen, **answer: str) -> None:
        for field, value in answer.items():
            setattr(self.ctx.visit, field, value)
        steps = self.steps()
        self.show_step(steps[steps.index(screen) + 1])

    def check_nik(self, nik: str) -> None:
        """The NIK's 16th digit: ask the core (format, today's ticket) before the visitor types a name; a
        visitor who already has a number sees it now."""
        tickets = self.ctx.desk.tickets

        def refused(error: Exception) -> None:
            if isinstance(error, KioskError) and error.code == "invalid_nik":
                self.nik.refuse(error)  # shown under the title, the digits kept to correct
            else:
                self.refuse(error)

        self.background.query(
            lambda: tickets.check_nik(nik),
            lambda _: self.accept(self.nik, nik=nik),
            refused,
            busy=(self.nik,),
        )

    def phone_given(self, phone: str) -> None:
        self.ctx.visit.phone = phone
        self.show_step(self.confirm)

    def issue(self) -> None:
        """Store and print the ticket on a worker thread; the confirm screen stays busy meanwhile (a ticket
        issued after the visitor left is printed or queued, and stays in the officer's list)."""
        visit, desk, language = self.ctx.visit, self.ctx.desk, self.ctx.language
        assert visit.service is not None

        def work() -> tuple[IssuedTicket, QImage]:
            ticket = desk.issue(
                visit.service.code,
                visit.nik,
                visit.name,
                visit.phone or None,
                source="walkin",
                language=language,
            )
            return ticket, ticket_picture(desk.layout(ticket))

        self.background.change(work, self.issued, busy=(self.confirm,))

    def issued(self, result: tuple[IssuedTicket, QImage]) -> None:
        self.ticket.show_ticket(*result)
        self.window.show_screen(self.ticket)

    def refuse(self, error: Exception, retry: str | None = None) -> None:
        """Show a refusal; anything unexpected is logged and shown as 'see the officer'. `retry` names the
        step its "try again" leads to, if not the refusal's usual one (check-in: 'scan').
        An unreachable database is no refusal: the kiosk goes out of service and the visitor starts again
        (never re-submitted: a confirmation cut by it may or may not have stored the ticket)."""
        if database_unreachable(error):
            self.database_lost.emit()
            return
        if not isinstance(error, KioskError):
            log.error("kiosk operation failed", exc_info=error)
            error = KioskError("database_unavailable")
        self.message.show_error(error, retry)
        self.window.show_screen(self.message)
