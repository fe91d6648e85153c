"""60-69: booking a session (ui/booking_steps.py), for ui/screenshots.py: the service, day and session
choices, the confirmation, the slip with its large QR, a walk-in refusal offering a session; an officer
booking for a visitor and moving a booking."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from kiosk.errors import KioskError
from kiosk.sessions import earliest_free, offer
from ui.officer.booking_actions import BOOKING_MOVE_REASONS
from ui.officer.screenshots import ELDERLY, PIN
from ui.officer.tasks.book import BookTask
from ui.officer.tasks.bookings import BookingsTask
from ui.window import KioskWindow

NIK = "3201015508900002"


def booking_shots(window: KioskWindow, shot: Callable[..., None]) -> None:
    flow, config = window.flow, window.ctx.config
    assert flow is not None and flow.booking is not None
    steps = flow.booking
    flow.start_over(new_visitor=True)
    shot("60-book-services", steps.start)
    shot("61-book-days", lambda: steps.choose_service(config.service("new")))
    shot("62-book-sessions", lambda: steps.choose_day(date(2026, 12, 2)))
    slot = next(s for s in steps.sessions.slots if s.start == time(9))
    steps.choose_slot(slot)
    steps.nik.set_value(NIK)
    steps.nik.submit()
    steps.name.set_value("SITI AMINAH")
    steps.name.submit()
    steps.phone.skip()
    shot("63-book-confirm")
    shot("64-slip", steps.confirm.confirm_button.click)
    flow.start_over(new_visitor=True)
    slips = window.ctx.slips
    assert slips is not None
    with slips.bookings.db.read() as session:
        earliest = earliest_free(session, config, slips.bookings.clock(), "new")
    closed = KioskError(
        "walk_in_closed", service_id="Paspor Baru", service_en="New passport", **offer(config, earliest)
    )
    shot("65-refused-walk-in-closed", lambda: flow.refuse(closed))


def officer_booking_shots(window: KioskWindow, shot: Callable[..., None]) -> None:
    """66-69, after ui/officer/screenshots.py: an officer books for a visitor (lane) and moves a booking."""
    officer, slips = window.officer, window.ctx.slips
    assert officer is not None and slips is not None
    book, change = officer.tasks["book"], officer.tasks["bookings"]
    assert isinstance(book, BookTask) and isinstance(change, BookingsTask)
    officer.open_login()
    officer.login.login.emit("BUDI SANTOSO", PIN)
    window.settle()
    shot("66-officer-book-lane", lambda: officer.menu.chosen.emit("book"))
    booked = slips.book("renewal", ELDERLY, "SITI AMINAH", date(2026, 12, 1), time(10), category="elderly")
    officer.show_menu()
    officer.menu.chosen.emit("bookings")
    change.code.set_value(booked.code.split("-")[1])
    shot("67-officer-booking-actions", change.code.submit)
    change.actions.move.emit()
    window.settle()
    change.days.chosen.emit(date(2026, 12, 3))
    window.settle()
    slot = next(s for s in change.sessions.slots if s.start == time(13))
    shot("68-officer-move-reasons", lambda: change.sessions.chosen.emit(slot))
    shot("69-officer-moved-slip", lambda: officer.reasons.chosen.emit(BOOKING_MOVE_REASONS[0]))
    officer.end("manual")
