"""Booking a session at the kiosk, on SQLite and PostgreSQL: capacity never overbooked by racing kiosks and
shared with imported bookings, the per-NIK rules, each refusal, the signed slip checking in on its day
only, cancelled and moved bookings, and the switch to online_only with lost/damaged passports still open."""

from __future__ import annotations

import base64
import json
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import audit, change_feed, office_key
from kiosk.bookings import import_bookings
from kiosk.checkin import CheckIn
from kiosk.config import Config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.models import ImportedBooking
from kiosk.session_booking import SessionBookings
from kiosk.tickets import TicketService
from printing.printers import make_printer
from tests.support import booking_worker, kiosk_worker
from tests.support.booking_tokens import b64url, make_key, sign
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.kiosk_worker import run_all
from tests.support.niks import make_nik
from tests.support.officer_mode import officer_mode

pytestmark = pytest.mark.all_databases

TOMORROW = date(2026, 12, 1)  # the FixedClock's day is Monday 30 November 2026, 09:00 WIB
SESSIONS = [
    {"start": "08:00", "end": "09:00", "capacity": 3},
    {"start": "09:00", "end": "10:00", "capacity": 3},
    {"start": "10:00", "end": "11:00", "capacity": 5},
]
NINE, TEN = time(9), time(10)


@pytest.fixture
def config(make_config: MakeConfig) -> Config:
    return make_config(sessions=SESSIONS)


@pytest.fixture
def bookings(config: Config, db: Database, clock: FixedClock) -> SessionBookings:
    key, _ = office_key.create(config.kiosk.data_dir)
    return SessionBookings(config, db, key, clock)


def refused(code: str, call, *args, **kwargs) -> KioskError:  # type: ignore[no-untyped-def]
    with pytest.raises(KioskError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code
    for language in ("id", "en"):
        assert caught.value.message(language)  # every field the message names is given
    return caught.value


def import_csv(tmp_path: Path, config: Config, db: Database, clock: FixedClock, rows: list[str]) -> None:
    path = tmp_path / "bookings.csv"
    path.write_text("code,nik,name,service,office,date,session_start,session_end\n" + "\n".join(rows) + "\n")
    import_bookings(path, config, db, clock)


def free(bookings: SessionBookings, day: date, start: time, service: str = "new") -> int:
    slot = next(s for s in bookings.slots(day=day, service_code=service) if s.start == start)
    return slot.free


def test_four_kiosks_race_for_the_last_three_places(config: Config, bookings: SessionBookings) -> None:
    """Each round, two places are taken and four kiosk processes book the last three at the same moment."""
    rounds = [("2026-12-01", "10:00"), ("2026-12-02", "10:00"), ("2026-12-03", "10:00")]
    serial = 1000
    for day, start in rounds:
        for _ in range(2):
            serial += 1
            bookings.book("new", make_nik(serial), "Ani", date.fromisoformat(day), time.fromisoformat(start))
    barrier = kiosk_worker.context().Barrier(4)
    args = [
        (
            str(config.source),
            barrier,
            [(day, start, 100 * kiosk + n) for n, (day, start) in enumerate(rounds, 1)],
        )
        for kiosk in range(1, 5)
    ]
    results = run_all(booking_worker.book_at_once, args)
    for n, (day, start) in enumerate(rounds):
        outcomes = sorted(result[n] for result in results)
        assert outcomes[-1] == "session_full" and all(o.startswith("TGU-") for o in outcomes[:3]), outcomes
        assert free(bookings, date.fromisoformat(day), time.fromisoformat(start)) == 0
    with bookings.db.read() as session:
        assert len(session.scalars(select(ImportedBooking)).all()) == 15
    assert audit.verify(bookings.db).ok


def test_imported_and_kiosk_bookings_share_the_places(
    tmp_path: Path, config: Config, db: Database, clock: FixedClock, bookings: SessionBookings
) -> None:
    import_csv(
        tmp_path,
        config,
        db,
        clock,
        [f"TGU-IMP00{n},{make_nik(n)},Ani,new,TGU,2026-12-01,09:00,10:00" for n in (1, 2)],
    )
    assert free(bookings, TOMORROW, NINE) == 1
    assert free(bookings, TOMORROW, NINE, "renewal") == 3  # places are per service
    bookings.book("new", make_nik(3), "Budi", TOMORROW, NINE)
    full = refused("session_full", bookings.book, "new", make_nik(4), "Citra", TOMORROW, NINE)
    assert "09:00–10:00" in full.message("id") and "Selasa, 1 Desember 2026" in full.message("id")
    bookings.cancel("TGU-IMP001", "Pemohon membatalkan")
    assert free(bookings, TOMORROW, NINE) == 1
    bookings.book("new", make_nik(4), "Citra", TOMORROW, NINE)
    assert free(bookings, TOMORROW, NINE) == 0


def test_one_booking_a_day_and_at_most_max_per_nik(bookings: SessionBookings) -> None:
    nik = make_nik(7)
    first = bookings.book("new", nik, "Siti Aminah", TOMORROW, NINE)
    same_day = refused("booking_same_day", bookings.book, "renewal", nik, "Siti Aminah", TOMORROW, TEN)
    assert first.code not in same_day.message("id")  # whoever types a NIK does not learn its booking code
    bookings.book("new", nik, "Siti Aminah", TOMORROW + timedelta(days=1), NINE)
    limit = refused(
        "booking_limit", bookings.book, "new", nik, "Siti Aminah", TOMORROW + timedelta(days=2), NINE
    )
    assert "2" in limit.message("en")
    bookings.cancel(first.code, "Salah pilih hari")
    bookings.book("new", nik, "Siti Aminah", TOMORROW + timedelta(days=2), NINE)


def test_refusals_say_what_to_do(make_config: MakeConfig, db: Database, clock: FixedClock) -> None:
    config = make_config(sessions=SESSIONS, office={"closed_dates": ["2026-12-02"]})
    bookings = SessionBookings(config, db, office_key.create(config.kiosk.data_dir)[0], clock)
    nik, today = make_nik(9), date(2026, 11, 30)
    refused("too_far_ahead", bookings.book, "new", nik, "Ani", today + timedelta(days=15), NINE)
    refused("date_not_open", bookings.book, "new", nik, "Ani", date(2026, 12, 2), NINE)
    refused("session_unknown", bookings.book, "new", nik, "Ani", TOMORROW, time(9, 30))
    refused("session_over", bookings.book, "new", nik, "Ani", today, time(8))  # ended at 09:00, it is 09:00
    refused("session_over", bookings.book, "new", nik, "Ani", today - timedelta(days=1), NINE)
    refused("service_not_bookable", bookings.book, "lost-damaged", nik, "Ani", TOMORROW, NINE)
    refused("unknown_service", bookings.book, "visa", nik, "Ani", TOMORROW, NINE)
    refused("invalid_nik", bookings.book, "new", "123", "Ani", TOMORROW, NINE)
    later_today = bookings.book("new", nik, "Ani", today, NINE)  # 09:00–10:00 runs until 10:00: bookable
    assert later_today.day == today
    assert bookings.book("new", make_nik(10), "Ani", today + timedelta(days=14), NINE).code


def test_slip_checks_in_on_its_day_only(
    config: Config, db: Database, clock: FixedClock, bookings: SessionBookings
) -> None:
    """The office key is trusted without being listed in booking.public_keys."""
    assert config.booking.public_keys == ()
    slip = bookings.book("renewal", make_nik(11), "Siti Aminah", TOMORROW, NINE)
    checkin = CheckIn(config, TicketService(config, db, clock))
    refused("booking_wrong_date", checkin.check_in, slip.qr)  # the day before
    clock.now = datetime(2026, 12, 1, 1, 40, tzinfo=clock.now.tzinfo)  # 08:40 WIB on the day
    ticket = checkin.check_in(slip.qr)
    assert (ticket.label, ticket.source, ticket.booking_code) == ("B001", "booking", slip.code)
    refused("booking_used", checkin.check_in, slip.qr)
    assert checkin.check_in(
        bookings.book("new", make_nik(12), "Ani", TOMORROW, NINE).code
    ).booking_code  # bare code


def test_tampered_or_foreign_slip_is_refused(
    config: Config, db: Database, clock: FixedClock, bookings: SessionBookings
) -> None:
    slip = bookings.book("new", make_nik(13), "Siti Aminah", date(2026, 11, 30), NINE)
    checkin = CheckIn(config, TicketService(config, db, clock))
    _, body, signature = slip.qr.split(".")
    fields = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    changed = json.dumps({**fields, "name": "BUDI CALO"}, separators=(",", ":")).encode()
    refused("booking_forged", checkin.check_in, f"BKG1.{b64url(changed)}.{signature}")
    refused("booking_forged", checkin.check_in, sign(make_key()[0], fields))  # another office's key
    assert checkin.check_in(slip.qr).booking_code == slip.code


def test_cancelled_and_moved_slips_no_longer_check_in(
    config: Config, db: Database, clock: FixedClock, bookings: SessionBookings
) -> None:
    today = date(2026, 11, 30)
    checkin = CheckIn(config, TicketService(config, db, clock))
    cancelled = bookings.book("new", make_nik(14), "Ani", today, NINE)
    bookings.cancel(cancelled.code, "Pemohon sakit", officer="Rina")
    refused("booking_cancelled", checkin.check_in, cancelled.qr)
    refused("booking_cancelled", bookings.cancel, cancelled.code, "Lagi")
    old = bookings.book("new", make_nik(15), "Budi", today, NINE)
    new = bookings.move(old.code, today, TEN, "Minta sesi siang", officer="Rina")
    assert new.code != old.code and (new.session_start, new.name) == (TEN, "BUDI")
    refused("booking_cancelled", checkin.check_in, old.qr)
    clock.now += timedelta(hours=1)  # 10:00 WIB
    assert checkin.check_in(new.qr).booking_code == new.code
    actions = [e.action for e in audit.records_of_day(db, config, today)]
    assert actions.count("booking") == 2 and "booking_cancel" in actions and "booking_move" in actions
    with db.read() as session:
        feed = [e for e in change_feed.since(session, "TGU", 0) if e.kind == "booking"]
    assert [e.data["action"] for e in feed] == ["booked", "cancelled", "booked", "moved"]
    text = json.dumps([e.as_json() for e in feed])
    assert "ANI" not in text and make_nik(14)[-8:] not in text  # no personal data on the feed
    assert audit.verify(db).ok


def test_priority_booking_checks_in_to_the_priority_lane(
    config: Config, db: Database, clock: FixedClock, bookings: SessionBookings
) -> None:
    slip = bookings.book(
        "new",
        make_nik(16, born="010150"),
        "Mbah Sri",
        date(2026, 11, 30),
        NINE,
        category="elderly",
        officer="Rina",
    )
    ticket = CheckIn(config, TicketService(config, db, clock)).check_in(slip.qr)
    assert ticket.label == "P001"
    refused("invalid_category", bookings.book, "new", make_nik(17), "Ani", TOMORROW, NINE, category="vip")


def test_online_only_closes_walk_ins_but_not_lost_damaged(
    make_config: MakeConfig, db: Database, clock: FixedClock, db_for
) -> None:  # type: ignore[no-untyped-def]
    config = make_config(sessions=SESSIONS, office={"mode": "online_only"})
    tickets = TicketService(config, db, clock)
    bookings = SessionBookings(config, db, office_key.create(config.kiosk.data_dir)[0], clock)
    for n in range(3):
        bookings.book("new", make_nik(20 + n), "Ani", date(2026, 11, 30), NINE)  # 09:00 today is full now
    closed = refused("walk_in_closed", tickets.issue, "new", make_nik(30), "Budi")
    assert "Senin, 30 November 2026, 10:00–11:00 WIB" in closed.message(
        "id"
    )  # the earliest free: later today
    assert closed.params["next_session"] == "10:00"
    assert tickets.issue("lost-damaged", make_nik(31), "Citra").label == "C001"
    ticket = tickets.issue(
        "new",
        make_nik(30),
        "Budi",
        source="assisted",
        override=config.officer.override_reasons[0],
        officer="Rina",
    )
    assert ticket.label == "A001"
    slip = bookings.book("renewal", make_nik(32), "Dewi", date(2026, 11, 30), NINE)
    assert CheckIn(config, tickets).check_in(slip.qr).label == "B001"  # check-in works in both modes


def test_full_quota_offers_the_earliest_free_session(
    make_config: MakeConfig, db: Database, clock: FixedClock
) -> None:
    services = [
        {"code": "new", "prefix": "A", "daily_quota": 1, "name_id": "Paspor Baru", "name_en": "New passport"}
    ]
    config = make_config(services=services, sessions=SESSIONS)
    tickets = TicketService(config, db, clock)
    tickets.issue("new", make_nik(40), "Ani")
    full = refused("quota_exhausted", tickets.issue, "new", make_nik(41), "Budi")
    assert full.params["next_date"] == "2026-11-30" and full.params["next_session"] == "09:00"


def test_an_officer_issues_a_same_day_number_in_online_only_with_a_reason(
    make_config: MakeConfig, db: Database, clock: FixedClock
) -> None:
    config = make_config(sessions=SESSIONS, office={"mode": "online_only"})
    desk = Desk(config, TicketService(config, db, clock), make_printer(config.printer))
    mode = officer_mode(desk, clock)
    refused(
        "invalid_reason", mode.assisted.issue_same_day, mode.session, "new", make_nik(50), "Ani", "because"
    )
    reason = config.officer.override_reasons[2]
    ticket = mode.assisted.issue_same_day(mode.session, "new", make_nik(50), "Ani", reason)
    assert (ticket.label, ticket.source) == ("A001", "assisted")
    [record] = [e for e in audit.records_of_day(db, config, date(2026, 11, 30)) if e.action == "issue"]
    assert record.data["override"] == reason and record.officer == "BUDI"


def test_a_slip_from_another_kiosk_on_the_database_checks_in(
    make_config: MakeConfig, tmp_path: Path, db: Database, clock: FixedClock, bookings: SessionBookings
) -> None:
    """Each kiosk has its own data folder and key; the key that signed a slip is published in the database."""
    other = make_config(
        sessions=SESSIONS, kiosk={"data_dir": (tmp_path / "other").as_posix(), "id": "front-2"}
    )
    slip = bookings.book("new", make_nik(60), "Ani", date(2026, 11, 30), NINE)
    assert office_key.trusted_keys(other.kiosk.data_dir) == ()  # nothing copied to the other kiosk
    ticket = CheckIn(other, TicketService(other, db, clock)).check_in(slip.qr)
    assert ticket.booking_code == slip.code and ticket.kiosk_id == "front-2"
