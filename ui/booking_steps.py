"""Booking a session, step by step: service → day → session → NIK → name → phone → confirmation → slip.

One controller for the visitors' *Pesan jadwal* on Home (and the booking a refusal offers) and for an
officer booking for a visitor (ui/officer/tasks/book.py). The NIK, name, phone and confirmation screens
are the walk-in's own classes; the places come from the core off the GUI thread (ui.background), fresh
each time a choice screen comes up.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from kiosk.config import ServiceConfig
from kiosk.errors import KioskError
from kiosk.session_booking import BookedSession
from kiosk.sessions import SessionSlot
from kiosk.slips import SlipDesk
from ui.background import Background
from ui.context import KioskContext, Visit
from ui.screens.base import Screen
from ui.screens.booking_choice import BookServiceScreen, DayScreen, SessionScreen
from ui.screens.booking_confirm import BookingConfirmScreen
from ui.screens.name import NameScreen
from ui.screens.nik import NikScreen
from ui.screens.phone import PhoneScreen
from ui.screens.slip import SlipScreen
from ui.ticket_picture import ticket_picture
from ui.walkin import WalkInFlow

# The step where a refusal can be put right, with everything else kept.
RETRY_STEP = {
    "session_full": "sessions",
    "session_over": "sessions",
    "session_unknown": "sessions",
    "date_not_open": "days",
    "too_far_ahead": "days",
    "booking_same_day": "days",
    "invalid_nik": "nik",
    "invalid_name": "name",
    "invalid_phone": "phone",
}


class BookingSteps(QObject):
    """Emits `left` when the visitor goes back from the first step, `finished` when the slip is done."""

    left = Signal()
    finished = Signal()

    def __init__(
        self,
        ctx: KioskContext,
        slips: SlipDesk,
        *,
        prefix: str,
        show: Callable[[Screen], None],
        background: Background,
        refuse: Callable[[Exception, str | None], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.slips = slips
        self.prefix = prefix
        self.show = show
        self.background = background
        self.refuse = refuse
        self.day: date | None = None
        self.slot: SessionSlot | None = None
        self.category: str | None = None  # an officer's booking into the priority lane
        self.officer: Callable[[], str | None] = lambda: None
        self.services = BookServiceScreen(ctx)
        self.days = DayScreen(ctx)
        self.sessions = SessionScreen(ctx)
        self.nik = NikScreen(ctx)
        self.name = NameScreen(ctx)
        self.phone = PhoneScreen(ctx)
        self.confirm = BookingConfirmScreen(ctx)
        self.slip = SlipScreen(ctx)
        order = (self.services, self.days, self.sessions, self.nik, self.name, self.phone, self.confirm)
        self.screens: dict[str, Screen] = {
            f"{prefix}_{step}": screen
            for step, screen in zip(
                ("services", "days", "sessions", "nik", "name", "phone", "confirm", "slip"),
                (*order, self.slip),
                strict=True,
            )
        }
        for name, screen in self.screens.items():
            screen.setObjectName(name)

        self.services.opened.connect(self._load_services)
        self.days.opened.connect(self._load_days)
        self.sessions.opened.connect(self._load_sessions)
        self.services.chosen.connect(self.choose_service)
        self.days.chosen.connect(self.choose_day)
        self.sessions.chosen.connect(self.choose_slot)
        self.nik.accepted.connect(lambda nik: self._answer(self.name, nik=nik))
        self.name.accepted.connect(lambda name: self._answer(self.phone, name=name))
        self.phone.accepted.connect(lambda phone: self._answer(self.confirm, phone=phone))
        self.services.back.connect(self.left)
        for screen, before in zip(order[1:], order, strict=False):
            screen.back.connect(lambda before=before: self.show(before))
        self.confirm.confirmed.connect(self.book)
        self.slip.finished.connect(self.finished)

    def start(self, category: str | None = None) -> None:
        """A new booking from the first step; `category` books into the priority lane (officers)."""
        self.ctx.visit = Visit()
        self.category = category
        self.clear()
        self.show(self.services)

    def offer(self, service_code: str, day: date, start: time) -> None:
        """Book the session a refusal offered: straight to the NIK, the session chosen (Back goes to the
        day's other sessions)."""
        service = self.ctx.config.service(service_code)
        session = next((s for s in self.ctx.config.sessions if s.start == start), None)
        if service is None or session is None:
            self.start()
            return
        self.ctx.visit.service = service
        self.day = day
        self.choose_slot(
            SessionSlot(day, service.code, session.start, session.end, session.capacity, 0, False)
        )

    def clear(self) -> None:
        self.day = self.slot = None
        for screen in self.screens.values():
            screen.clear()

    def choose_service(self, service: ServiceConfig) -> None:
        self.ctx.visit.service = service
        self.show(self.days)

    def choose_day(self, day: date) -> None:
        self.day = day
        self.show(self.sessions)

    def choose_slot(self, slot: SessionSlot) -> None:
        self.slot = slot
        self.confirm.show_slot(slot)
        self.show(self.nik)

    def _answer(self, then: Screen, **answer: str) -> None:
        for field, value in answer.items():
            setattr(self.ctx.visit, field, value)
        self.show(then)

    def _load_services(self) -> None:
        self.background.query(self.slips.bookings.slots, self.services.show_slots)

    def _load_days(self) -> None:
        service = self.ctx.visit.service
        if service is not None:
            code = service.code
            self.background.query(
                lambda: self.slips.bookings.slots(service_code=code),
                lambda slots: self.days.show_slots(service, slots),
            )

    def _load_sessions(self) -> None:
        service, day = self.ctx.visit.service, self.day
        if service is not None and day is not None:
            code = service.code
            self.background.query(
                lambda: self.slips.bookings.slots(day=day, service_code=code),
                lambda slots: self.sessions.show_slots(day, slots),
            )

    def book(self) -> None:
        """Store the booking and print its slip on a worker thread; the confirmation stays busy."""
        visit, slot, language = self.ctx.visit, self.slot, self.ctx.language
        category, officer = self.category, self.officer()
        assert visit.service is not None and slot is not None

        def work() -> tuple[BookedSession, QImage]:
            booked = self.slips.book(
                slot.service_code,
                visit.nik,
                visit.name,
                slot.day,
                slot.start,
                visit.phone or None,
                language=language,
                category=category,
                officer=officer,
            )
            return booked, ticket_picture(self.slips.layout(booked))

        self.background.change(work, self.booked, self._refused, busy=(self.confirm,))

    def booked(self, result: tuple[BookedSession, QImage]) -> None:
        self.slip.show_slip(*result)
        self.show(self.slip)

    def _refused(self, error: Exception) -> None:
        step = RETRY_STEP.get(error.code) if isinstance(error, KioskError) else None
        self.refuse(error, f"{self.prefix}_{step}" if step else None)


def offered_session(error: KioskError) -> tuple[str, date, time] | None:
    """The session a refusal offers instead (its params 'next_service', 'next_date', 'next_session')."""
    params = error.params
    if "next_date" not in params:
        return None
    moment = datetime.fromisoformat(f"{params['next_date']}T{params['next_session']}")
    return params["next_service"], moment.date(), moment.time()


def visitor_booking(walk_in: WalkInFlow) -> BookingSteps:
    """Home's *Pesan jadwal*, and a walk-in refusal's offered session, for visitors."""
    window, ctx = walk_in.window, walk_in.ctx
    assert ctx.slips is not None
    steps = BookingSteps(
        ctx,
        ctx.slips,
        prefix="book",
        show=window.show_screen,
        background=walk_in.background,
        refuse=walk_in.refuse,
        parent=walk_in,
    )
    for name, screen in steps.screens.items():
        window.add(screen, idle_exempt=screen is steps.slip)  # the slip has its own timeout
        walk_in.steps_by_name[name] = screen  # cleared for the next visitor; a refusal's way back
    walk_in.booking = steps
    walk_in.home.book_chosen.connect(lambda: steps.start())
    walk_in.message.book_offered.connect(lambda error: _take_offer(steps, error))
    steps.left.connect(lambda: walk_in.start_over(new_visitor=False))
    steps.finished.connect(lambda: walk_in.start_over(new_visitor=True))
    return steps


def _take_offer(steps: BookingSteps, error: KioskError) -> None:
    offered = offered_session(error)
    if offered is not None:
        steps.offer(*offered)
