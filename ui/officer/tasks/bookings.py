"""A booking looked up by its code: cancel it, or move it to another session (a new slip is printed);
each with a reason, audited with the officer's name by the core."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QImage

from kiosk.errors import KioskError
from kiosk.session_booking import BookedSession
from kiosk.sessions import SessionSlot
from ui.officer.booking_actions import BOOKING_CANCEL_REASONS, BOOKING_MOVE_REASONS, BookingActionsScreen
from ui.officer.code_entry import BookingEntryScreen
from ui.officer.task import Task, TaskHost
from ui.screens.booking_choice import DayScreen, SessionScreen
from ui.screens.slip import SlipScreen
from ui.ticket_picture import ticket_picture


class BookingsTask(Task):
    def __init__(self, host: TaskHost) -> None:
        ctx = host.ctx
        assert ctx.slips is not None
        self.slips = ctx.slips
        self.code = BookingEntryScreen(ctx)
        self.actions = BookingActionsScreen(ctx)
        self.days = DayScreen(ctx)
        self.sessions = SessionScreen(ctx)
        self.slip = SlipScreen(ctx)
        super().__init__(
            host,
            {
                "officer_booking_code": self.code,
                "officer_booking_actions": self.actions,
                "officer_move_days": self.days,
                "officer_move_sessions": self.sessions,
                "officer_move_slip": self.slip,
            },
        )
        self.day: date | None = None
        self.code.back.connect(host.show_menu)
        self.code.accepted.connect(self.find)
        self.actions.cancel.connect(self._ask_cancel)
        self.actions.move.connect(lambda: host.show(self.days))
        self.days.opened.connect(self._load_days)
        self.days.back.connect(lambda: host.show(self.actions))
        self.days.chosen.connect(self._choose_day)
        self.sessions.opened.connect(self._load_sessions)
        self.sessions.back.connect(lambda: host.show(self.days))
        self.sessions.chosen.connect(self._ask_move)
        self.slip.finished.connect(host.show_menu)

    @property
    def booking(self) -> BookedSession:
        assert self.actions.booking is not None
        return self.actions.booking

    def find(self, code: str) -> None:
        host = self.host

        def found(booking: BookedSession | None) -> None:
            if booking is None:
                self.code.refuse(KioskError("booking_unknown", booking=code))
                return
            self.actions.show_booking(booking)
            host.show(self.actions)

        host.background.query(
            lambda: self.slips.bookings.get(code), found, lambda error: self.code.refuse(host.refusal(error))
        )

    def _ask_cancel(self) -> None:
        self.host.ask("booking_cancel", BOOKING_CANCEL_REASONS, self.cancel, number=self.booking.code)

    def cancel(self, reason: str) -> None:
        host, code, officer = self.host, self.booking.code, self.host.officer.officer

        def cancelled(booking: BookedSession) -> None:
            self.actions.show_booking(booking)
            host.show(self.actions)

        host.background.change(lambda: self.slips.bookings.cancel(code, reason, officer=officer), cancelled)

    def _load_days(self) -> None:
        booking = self.actions.booking
        service = self.ctx.config.service(booking.service_code) if booking else None
        if service is not None:
            self.host.background.query(
                lambda: self.slips.bookings.slots(service_code=service.code),
                lambda slots: self.days.show_slots(service, slots),
            )

    def _choose_day(self, day: date) -> None:
        self.day = day
        self.host.show(self.sessions)

    def _load_sessions(self) -> None:
        day, booking = self.day, self.actions.booking
        if day is not None and booking is not None:
            code = booking.service_code
            self.host.background.query(
                lambda: self.slips.bookings.slots(day=day, service_code=code),
                lambda slots: self.sessions.show_slots(day, slots),
            )

    def _ask_move(self, slot: SessionSlot) -> None:
        self.host.ask(
            "booking_move",
            BOOKING_MOVE_REASONS,
            lambda reason: self.move(slot, reason),
            number=self.booking.code,
        )

    def move(self, slot: SessionSlot, reason: str) -> None:
        host, code, officer = self.host, self.booking.code, self.host.officer.officer

        def work() -> tuple[BookedSession, QImage]:
            moved = self.slips.move(code, slot.day, slot.start, reason, officer=officer)
            return moved, ticket_picture(self.slips.layout(moved))

        host.background.change(work, self._moved)

    def _moved(self, result: tuple[BookedSession, QImage]) -> None:
        self.slip.show_slip(*result)
        self.host.show(self.slip)
