"""Officer mode through the core: priority-lane registration with a category, overrides with a configured
reason, booking check-in by code, reprint, cancel, pause and resume, today's figures; each one audited."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk import audit
from kiosk.assisted import LABEL, LABEL_MAX_LENGTH, reason_answers, suggest_category
from kiosk.config import Config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.models import AuditRecord, Ticket
from kiosk.pauses import paused_services
from kiosk.tickets import TicketService
from printing.printers import make_printer
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.support.officer_mode import OfficerMode, booked, officer_mode

ELDERLY = make_nik(1, born="150850")


@pytest.fixture
def mode(desk: Desk, clock: FixedClock) -> OfficerMode:
    return officer_mode(desk, clock)


def stored(db: Database, ticket_id: str) -> Ticket:
    with db.read() as session:
        return session.scalars(select(Ticket).where(Ticket.ticket_id == ticket_id)).one()


def audit_trail(db: Database) -> list[tuple[str, str | None, dict[str, object]]]:
    with db.read() as session:
        rows = session.scalars(select(AuditRecord).order_by(AuditRecord.seq)).all()
    return [(r.action, r.officer, audit.AuditEntry.of(r).data) for r in rows]


def refused(code: str, call, *args, **kwargs) -> KioskError:  # type: ignore[no-untyped-def]
    with pytest.raises(KioskError) as caught:
        call(*args, **kwargs)
    assert caught.value.code == code, caught.value.code
    return caught.value


@pytest.mark.parametrize(
    ("born", "category"),
    [
        ("150850", "elderly"),
        ("301166", "elderly"),
        ("011266", None),
        ("150890", None),
        ("011221", "child"),
        ("301121", None),
    ],
)
def test_category_is_suggested_from_the_nik_birth_date(born: str, category: str | None) -> None:
    assert suggest_category(make_nik(7, born=born), date(2026, 11, 30)) == category


@pytest.mark.all_databases
def test_register_in_the_priority_lane(mode: OfficerMode, db: Database, config: Config) -> None:
    assert mode.assisted.suggest_category(ELDERLY) == "elderly"
    ticket = mode.assisted.register(mode.session, ELDERLY, "Siti Aminah", "elderly", phone="0812 3456 7890")
    assert (ticket.label, ticket.service_code, ticket.source, ticket.print_status) == (
        "P001",
        "priority",
        "assisted",
        "printed",
    )
    row = stored(db, ticket.ticket_id)
    assert (row.category, row.officer, row.override_reason, row.reprint_count) == ("elderly", "BUDI", None, 0)
    assert audit_trail(db)[-1] == (
        "issue",
        "BUDI",
        {"number": "P001", "source": "assisted", "category": "elderly"},
    )
    refused("invalid_category", mode.assisted.register, mode.session, make_nik(2), "Ani", "vip")
    assert audit.verify(db).ok


def test_override_lifts_the_one_number_per_nik_rule_with_a_listed_reason(
    mode: OfficerMode, desk: Desk, db: Database, config: Config
) -> None:
    walk_in = desk.issue("new", ELDERLY, "Siti")
    duplicate = refused("duplicate_nik", mode.assisted.register, mode.session, ELDERLY, "Siti", "elderly")
    assert duplicate.params["number"] == walk_in.label
    assert reason_answers("register", duplicate)  # the screen asks for a reason
    refused(
        "invalid_reason",
        mode.assisted.register,
        mode.session,
        ELDERLY,
        "Siti",
        "elderly",
        override_reason="because",
    )
    reason = config.officer.override_reasons[2]
    ticket = mode.assisted.register(mode.session, ELDERLY, "Siti", "elderly", override_reason=reason)
    assert stored(db, ticket.ticket_id).override_reason == reason
    assert audit_trail(db)[-1][2]["override"] == reason


def test_override_lifts_the_quota(
    make_config: MakeConfig, db_for: Callable[[Config], Database], clock: FixedClock
) -> None:
    config = make_config(
        services=[
            {
                "code": "priority",
                "prefix": "P",
                "daily_quota": 1,
                "name_id": "Prioritas",
                "name_en": "Priority",
                "walk_in": False,
            }
        ]
    )
    db = db_for(config)
    mode = officer_mode(Desk(config, TicketService(config, db, clock), make_printer(config.printer)), clock)
    mode.assisted.register(mode.session, make_nik(1), "Ani", "disability")
    over = refused("quota_exhausted", mode.assisted.register, mode.session, make_nik(2), "Ina", "pregnancy")
    assert reason_answers("register", over)
    reason = config.officer.override_reasons[0]
    ticket = mode.assisted.register(mode.session, make_nik(2), "Ina", "pregnancy", override_reason=reason)
    assert ticket.label == "P002"
    assert audit_trail(db)[-1][2] == {
        "number": "P002",
        "source": "assisted",
        "category": "pregnancy",
        "override": reason,
        "over_quota": True,
    }
    assert mode.assisted.today().service("priority").places_left == 0


@pytest.mark.parametrize(
    ("action", "error"),
    [
        ("register", KioskError("invalid_nik")),
        ("register", KioskError("service_paused")),
        ("reprint", KioskError("unknown_ticket", ticket="A1")),
        ("cancel", KioskError("duplicate_nik", number="A001")),
        ("register", RuntimeError("duplicate_nik")),
    ],
)
def test_no_reason_answers_other_refusals(action: str, error: Exception) -> None:
    assert not reason_answers(action, error)


def test_the_longest_queue_number_is_findable(mode: OfficerMode, desk: Desk) -> None:
    """Quotas go up to 9999: an officer types A1000 or A9999 (LABEL_MAX_LENGTH characters)."""
    assert LABEL.fullmatch("A9999") and len("A9999") == LABEL_MAX_LENGTH
    assert not LABEL.fullmatch("A99999")
    ticket = desk.issue("new", make_nik(5), "Ani")
    assert mode.assisted.find("a0001").ticket_id == ticket.ticket_id  # four digits: A001 as A0001


def test_reprint_asks_a_reason_the_second_time(mode: OfficerMode, desk: Desk, db: Database) -> None:
    ticket = desk.issue("renewal", make_nik(3), "Ani")
    assert mode.assisted.reprint(mode.session, "b1").print_status == "printed"
    error = refused("reprint_reason_required", mode.assisted.reprint, mode.session, "B001")
    assert reason_answers("reprint", error) and not reason_answers("register", error)
    assert "B001" in error.message("id") and "B001" in error.message("en")
    refused("invalid_reason", mode.assisted.reprint, mode.session, "B001", "x")
    mode.assisted.reprint(mode.session, ticket.ticket_id, "kertas macet, NIK 3201011508900003")
    row = stored(db, ticket.ticket_id)
    assert (row.reprint_count, row.print_attempts) == (2, 3)
    reprints = [data for action, _, data in audit_trail(db) if action == "reprint"]
    assert reprints == [
        {"number": "B001", "source": "walkin", "reprint": 1},
        {"number": "B001", "source": "walkin", "reprint": 2, "reason": "kertas macet, NIK ************0003"},
    ]
    refused("unknown_ticket", mode.assisted.reprint, mode.session, "B002")


def test_cancel_frees_the_nik_and_is_final(mode: OfficerMode, desk: Desk, db: Database) -> None:
    ticket = desk.issue("new", make_nik(4), "Ani")
    cancelled = mode.assisted.cancel(mode.session, "A001", "wrong service")
    assert cancelled.status == "cancelled" and audit_trail(db)[-1] == (
        "cancel",
        "BUDI",
        {"number": "A001", "source": "walkin", "reason": "wrong service"},
    )
    assert desk.issue("renewal", make_nik(4), "Ani").label == "B001"
    refused("ticket_cancelled", mode.assisted.cancel, mode.session, ticket.ticket_id)
    refused("ticket_cancelled", mode.assisted.reprint, mode.session, "A001")


@pytest.mark.all_databases
def test_a_paused_service_refuses_walk_ins_until_resumed(
    mode: OfficerMode, desk: Desk, db: Database, config: Config
) -> None:
    assert mode.assisted.pause(mode.session, "new") is True
    assert mode.assisted.pause(mode.session, "new") is False
    assert paused_services(db, config) == {"new"}
    error = refused("service_paused", desk.issue, "new", make_nik(5), "Ani")
    assert "Paspor Baru" in error.message("id") and "New passport" in error.message("en")
    assert desk.issue("renewal", make_nik(5), "Ani").label == "B001"
    assert mode.assisted.register(mode.session, make_nik(6), "Ina", "child").label == "P001"
    assert mode.assisted.resume(mode.session, "new") is True
    assert mode.assisted.resume(mode.session, "new") is False
    assert desk.issue("new", make_nik(7), "Ani").label == "A001"
    refused("unknown_service", mode.assisted.pause, mode.session, "visa")
    actions = [(action, officer) for action, officer, _ in audit_trail(db)]
    assert ("pause", "BUDI") in actions and ("resume", "BUDI") in actions and len(actions) == 7


def test_check_in_a_booking_by_its_code(mode: OfficerMode, desk: Desk, db: Database, tmp_path: Path) -> None:
    refused("bookings_unavailable", mode.assisted.check_in, mode.session, "TGU-7XYZ9")
    mode.assisted.bookings = booked(desk, tmp_path, "TGU-7XYZ9")
    ticket = mode.assisted.check_in(mode.session, "tgu-7xyz9 ")
    assert (ticket.label, ticket.source, ticket.print_status) == ("B001", "booking", "printed")
    assert audit_trail(db)[-1] == ("check_in", "BUDI", {"number": "B001", "source": "booking"})
    assert mode.assisted.today().service("renewal").checked_in == 1


def test_today_per_service(mode: OfficerMode, desk: Desk, tmp_path: Path) -> None:
    desk.issue("new", make_nik(1), "Ani")
    desk.issue("new", make_nik(2), "Ina")
    mode.assisted.cancel(mode.session, "A002")
    mode.assisted.register(mode.session, make_nik(3), "Siti", "elderly")
    mode.assisted.bookings = booked(desk, tmp_path, "TGU-1XYZ9")
    mode.assisted.check_in(mode.session, "TGU-1XYZ9")
    today = mode.assisted.today()
    new, renewal, priority = today.service("new"), today.service("renewal"), today.service("priority")
    assert (new.issued, new.cancelled, new.checked_in, new.places_left) == (2, 1, 0, 98)
    assert (renewal.issued, renewal.checked_in, renewal.places_left) == (1, 1, 99)
    assert (priority.issued, priority.sources["assisted"], priority.categories["elderly"]) == (1, 1, 1)


def test_a_removed_officer_session_can_do_nothing(mode: OfficerMode, desk: Desk) -> None:
    desk.issue("new", make_nik(1), "Ani")
    mode.officers.remove("Budi")
    for action in (
        lambda: mode.assisted.register(mode.session, make_nik(2), "Ina", "elderly"),
        lambda: mode.assisted.cancel(mode.session, "A001"),
        lambda: mode.assisted.reprint(mode.session, "A001"),
        lambda: mode.assisted.pause(mode.session, "new"),
    ):
        refused("unknown_officer", action)
