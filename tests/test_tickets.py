"""Issuing tickets: numbering per service and day, the quota, one active ticket per NIK, office hours."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from kiosk.errors import KioskError
from kiosk.models import Ticket
from kiosk.tickets import TicketService
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik

pytestmark = pytest.mark.all_databases


def test_numbers_per_service_and_people_ahead(tickets: TicketService) -> None:
    a1 = tickets.issue("new", make_nik(1), "Siti Aminah")
    a2 = tickets.issue("new", make_nik(2), "Budi Santoso")
    b1 = tickets.issue("renewal", make_nik(3), "Made Wirawan")
    assert (a1.label, a2.label, b1.label) == ("A001", "A002", "B001")
    # The default counters serve every service: one line, B001 ties with A001 (same time) on its number.
    assert (a1.people_ahead, a2.people_ahead, b1.people_ahead) == (0, 1, 1)
    assert a1.name == "SITI AMINAH" and a1.nik_last4 == "0001"
    assert tickets.places_left()["new"] == 98


def test_numbering_restarts_at_office_midnight(tickets: TicketService, clock: FixedClock) -> None:
    clock.now = datetime(2026, 11, 30, 16, 59, tzinfo=UTC)  # 23:59 WIB
    assert tickets.issue("new", make_nik(1), "Ani").label == "A001"
    clock.now += timedelta(minutes=2)  # 00:01 WIB, the next office day
    second = tickets.issue("new", make_nik(1), "Ani")
    assert second.label == "A001" and second.day.isoformat() == "2026-12-01"


def test_one_active_ticket_per_nik_shows_the_existing_number(tickets: TicketService) -> None:
    first = tickets.issue("new", make_nik(7), "Ani")
    with pytest.raises(KioskError) as info:
        tickets.issue("renewal", make_nik(7), "Ani")
    assert info.value.code == "duplicate_nik"
    assert first.label in info.value.message("id") and "petugas" in info.value.message("id")
    assert "officer" in info.value.message("en")


def test_quota_is_enforced_without_burning_numbers(
    make_config: MakeConfig, db_for, clock: FixedClock
) -> None:
    services = [{"code": "new", "prefix": "A", "daily_quota": 2, "name_id": "Paspor Baru", "name_en": "New"}]
    config = make_config(services=services)
    service = TicketService(config, db_for(config), clock)
    service.issue("new", make_nik(1), "Ani")
    service.issue("new", make_nik(2), "Budi")
    for serial in (3, 4):
        with pytest.raises(KioskError) as info:
            service.issue("new", make_nik(serial), "Cici")
        assert info.value.code == "quota_exhausted"
    assert service.places_left()["new"] == 0


@pytest.mark.parametrize(
    ("service", "code"), [("passport-xl", "unknown_service"), ("priority", "service_not_offered")]
)
def test_walk_in_cannot_use_unknown_or_officer_only_services(
    tickets: TicketService, service: str, code: str
) -> None:
    with pytest.raises(KioskError) as info:
        tickets.issue(service, make_nik(1), "Ani")
    assert info.value.code == code


def test_closed_outside_hours_names_the_next_opening(
    make_config: MakeConfig, db_for, clock: FixedClock
) -> None:
    office = {
        "opens": "07:30",
        "closes": "15:00",
        "open_days": [1, 2, 3, 4, 5],
        "closed_dates": ["2026-12-01"],
    }
    config = make_config(office=office)
    service = TicketService(config, db_for(config), clock)
    clock.now = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)  # Monday 16:00 WIB; Tuesday is a holiday
    with pytest.raises(KioskError) as info:
        service.issue("new", make_nik(1), "Ani")
    assert info.value.code == "closed"
    assert "Rabu, 2 Desember 2026 pukul 07:30 WIB" in info.value.message("id")
    assert "Wednesday, 2 December 2026 at 07:30 WIB" in info.value.message("en")
    clock.now = datetime(2026, 11, 30, 0, 0, tzinfo=UTC)  # 07:00 WIB
    with pytest.raises(KioskError) as info:
        service.issue("new", make_nik(1), "Ani")
    assert "hari ini pukul 07:30 WIB" in info.value.message("id")
    clock.now = datetime(2026, 11, 30, 0, 30, tzinfo=UTC)  # 07:30 WIB: open
    assert service.issue("new", make_nik(1), "Ani").label == "A001"


@pytest.mark.parametrize(
    ("name", "phone", "code"),
    [("", None, "invalid_name"), ("R2D2", None, "invalid_name"), ("Ani", "12ab", "invalid_phone")],
)
def test_bad_name_or_phone_is_refused(
    tickets: TicketService, name: str, phone: str | None, code: str
) -> None:
    with pytest.raises(KioskError) as info:
        tickets.issue("new", make_nik(1), name, phone)
    assert info.value.code == code


def test_full_nik_is_never_stored(tickets: TicketService, db) -> None:
    nik = make_nik(42)
    tickets.issue("new", nik, "Ani", "081234567890")
    with db.read() as session:
        row = session.scalars(select(Ticket)).one()
        assert nik not in repr(vars(row)) and row.nik_last4 == "0042" and len(row.nik_key) == 64
