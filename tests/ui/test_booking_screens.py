"""Booking a session on the touchscreen, with taps: Home's Book a session through service, day, session, the
visitor's details and the confirmation to the slip (on paper at a loopback printer and on the screen, its QR
checking in on the day); a full day greyed; online_only sending a walk-in to the earliest session while
lost/damaged passports still get a number; an officer booking into the priority lane and moving a booking."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from kiosk.checkin import CheckIn
from kiosk.config import Config
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.support.printer_peer import LoopbackPrinter
from tests.ui.conftest import Kiosk, OpenKiosk
from tests.ui.test_officer_login import log_in

SESSIONS = [
    {"start": "09:00", "end": "10:00", "capacity": 1},
    {"start": "10:00", "end": "11:00", "capacity": 2},
]
TOMORROW = date(2026, 12, 1)  # the FixedClock's day is Monday 30 November 2026, 09:00 WIB


def printing(make_config: MakeConfig, peer: LoopbackPrinter, **sections: dict[str, object]) -> Config:
    return make_config(
        sessions=SESSIONS, printer={"type": "network", "host": "127.0.0.1", "port": peer.port}, **sections
    )


def details(kiosk: Kiosk, prefix: str, nik: str, name: str) -> None:
    """From the NIK step to the confirmation, typed on the keypad and keyboard."""
    kiosk.wait_for(f"{prefix}_nik")
    kiosk.type(nik)
    kiosk.tap("next")
    kiosk.wait_for(f"{prefix}_name")
    kiosk.type(name)
    kiosk.tap("next")
    kiosk.wait_for(f"{prefix}_phone")
    kiosk.tap("skip")
    kiosk.wait_for(f"{prefix}_confirm")


def choose(kiosk: Kiosk, screen: str, button: str) -> None:
    kiosk.wait_for(screen)
    kiosk.qtbot.waitUntil(lambda: kiosk.button(button).isEnabled())
    kiosk.tap(button)


def test_a_visitor_books_tomorrow_and_the_slip_checks_in_on_the_day(
    make_config: MakeConfig, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter, clock: FixedClock
) -> None:
    config = printing(make_config, loopback_printer)
    kiosk = open_kiosk(config)
    kiosk.tap("book_session")
    choose(kiosk, "book_services", "book_service_0")  # Paspor Baru
    choose(kiosk, "book_days", "book_day_1")  # today is day 0: tomorrow
    kiosk.wait_for("book_sessions")
    kiosk.qtbot.waitUntil(lambda: "09:00–10:00" in kiosk.texts())
    assert "1 tempat kosong" in kiosk.texts()
    kiosk.tap("book_session_0")
    details(kiosk, "book", make_nik(1), "SITI AMINAH")
    assert "Sesi: Selasa, 1 Desember 2026, 09:00–10:00 WIB" in kiosk.texts()
    kiosk.tap("confirm")
    kiosk.wait_for("book_slip")
    slips = kiosk.window.ctx.slips
    assert slips is not None
    [slip] = slips.bookings.list(TOMORROW)
    job = loopback_printer.wait_for_jobs(1)[0]
    assert slip.code.encode() in job and b"Selasa, 1 Desember 2026" in job
    screen = kiosk.window.current()
    assert screen.qr.data == slip.qr and screen.qr.module_px >= 6  # large enough to photograph
    assert slip.code in kiosk.text("slip_code")
    kiosk.tap("done")
    kiosk.wait_for("home")

    # The day is full now: greyed for the next visitor.
    kiosk.tap("book_session")
    choose(kiosk, "book_services", "book_service_0")
    kiosk.wait_for("book_days")
    kiosk.qtbot.waitUntil(lambda: kiosk.button("book_day_1").isEnabled())
    choose(kiosk, "book_days", "book_day_1")
    kiosk.wait_for("book_sessions")
    kiosk.qtbot.waitUntil(lambda: "Penuh" in kiosk.texts())
    assert not kiosk.button("book_session_0").isEnabled() and kiosk.button("book_session_1").isEnabled()

    checkin = CheckIn(config, kiosk.desk.tickets)
    clock.now = datetime(2026, 12, 1, 1, 45, tzinfo=clock.now.tzinfo)  # 08:45 WIB on the day
    assert checkin.check_in(slip.qr).booking_code == slip.code


def test_online_only_offers_the_earliest_session_and_lost_damaged_stays_open(
    make_config: MakeConfig, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter
) -> None:
    config = printing(make_config, loopback_printer, office={"mode": "online_only"})
    kiosk = open_kiosk(config)
    kiosk.tap("register")
    kiosk.wait_for("services")
    kiosk.qtbot.waitUntil(lambda: "sentuh untuk pesan jadwal" in kiosk.button("service_new").detail.text())
    kiosk.tap("service_new")
    kiosk.wait_for("message")
    assert "tidak diberikan lagi" in kiosk.text("message") and "09:00–10:00 WIB" in kiosk.text("message")
    kiosk.tap("book_offered")
    details(kiosk, "book", make_nik(2), "BUDI")
    assert "Senin, 30 November 2026, 09:00–10:00 WIB" in kiosk.texts()  # later today
    kiosk.tap("confirm")
    kiosk.wait_for("book_slip")
    kiosk.tap("done")
    kiosk.wait_for("home")
    kiosk.choose_service("lost-damaged")
    kiosk.wait_for("bring")  # same-day numbers for lost or damaged passports


def test_an_officer_books_into_the_priority_lane_and_moves_a_booking(
    make_config: MakeConfig, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter
) -> None:
    config = printing(make_config, loopback_printer)
    kiosk = open_kiosk(config)
    log_in(kiosk)
    kiosk.tap("task_book")
    kiosk.wait_for("officer_lane")
    kiosk.tap("lane_elderly")
    choose(kiosk, "officer_book_services", "book_service_1")  # Penggantian Paspor
    choose(kiosk, "officer_book_days", "book_day_1")
    choose(kiosk, "officer_book_sessions", "book_session_1")  # 10:00–11:00
    details(kiosk, "officer_book", make_nik(3, born="010150"), "MBAH SRI")
    kiosk.tap("confirm")
    kiosk.wait_for("officer_book_slip")
    slips = kiosk.window.ctx.slips
    assert slips is not None
    [booked] = slips.bookings.list(TOMORROW)
    assert (booked.category, booked.officer, booked.service_code) == ("elderly", "BUDI SANTOSO", "renewal")
    kiosk.tap("done")
    kiosk.wait_for("officer_home")

    kiosk.tap("task_bookings")
    kiosk.wait_for("officer_booking_code")
    kiosk.type(booked.code.split("-")[1])
    kiosk.tap("next")
    kiosk.wait_for("officer_booking_actions")
    assert booked.code in kiosk.text("booking_details")
    kiosk.tap("move_booking")
    choose(kiosk, "officer_move_days", "book_day_2")
    choose(kiosk, "officer_move_sessions", "book_session_0")
    kiosk.wait_for("officer_reasons")
    kiosk.tap("reason_0")
    kiosk.wait_for("officer_move_slip")
    moved = slips.bookings.get(booked.code)
    assert moved is not None and moved.status == "moved"
    [new] = slips.bookings.list(TOMORROW + timedelta(days=1))
    assert (new.session_start, new.category) == (time(9), "elderly")
    assert slips.bookings.list(TOMORROW + timedelta(days=1))[0].officer == "BUDI SANTOSO"
    loopback_printer.wait_for_jobs(2)  # the first slip and the moved one


def test_an_officer_gives_a_same_day_number_in_online_only_with_a_reason(
    make_config: MakeConfig, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter
) -> None:
    config = printing(make_config, loopback_printer, office={"mode": "online_only"})
    kiosk = open_kiosk(config)
    log_in(kiosk)
    kiosk.tap("task_book")
    kiosk.wait_for("officer_lane")
    kiosk.tap("lane_today")
    choose(kiosk, "officer_today_services", "service_new")
    kiosk.wait_for("officer_today_nik")
    kiosk.type(make_nik(5))
    kiosk.tap("next")
    kiosk.wait_for("officer_today_name")
    kiosk.type("BUDI")
    kiosk.tap("next")
    kiosk.wait_for("officer_reasons")
    assert "tidak diberikan lagi" in kiosk.text("reason_message")  # the refusal the reason answers
    kiosk.tap("reason_0")
    kiosk.wait_for("officer_outcome")
    assert "A001" in kiosk.texts()
    [ticket] = kiosk.desk.tickets.list_day()
    assert (ticket.source, ticket.label) == ("assisted", "A001")
    loopback_printer.wait_for_jobs(1)
