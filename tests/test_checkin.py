"""Booking check-in: signed QRs and imported codes issue one ticket through TicketService; each refusal."""

from __future__ import annotations

import base64
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select

from kiosk.bookings import import_bookings
from kiosk.checkin import CheckIn
from kiosk.config import Config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.models import Ticket
from kiosk.ticket_layout import ticket_layout
from kiosk.tickets import TicketService
from tests.support.booking_tokens import b64url, make_key, payload, sign
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.support.pg_server import PgServer, PgUnavailable


@pytest.fixture
def key() -> tuple[Ed25519PrivateKey, str]:
    return make_key()


@pytest.fixture
def config(make_config: MakeConfig, key: tuple[Ed25519PrivateKey, str]) -> Config:
    return make_config(booking={"public_keys": [key[1]]})


@pytest.fixture
def checkin(config: Config, tickets: TicketService) -> CheckIn:
    return CheckIn(config, tickets)


def refusal(checkin: CheckIn, text: str) -> KioskError:
    with pytest.raises(KioskError) as caught:
        checkin.check_in(text)
    for language in ("id", "en"):
        assert caught.value.message(language)  # every param the message names is given
    return caught.value


def test_signed_qr_checks_in_once_and_the_ticket_shows_the_booking(
    config: Config, checkin: CheckIn, desk: Desk, key: tuple[Ed25519PrivateKey, str]
) -> None:
    token = sign(key[0], payload(service="renewal"))
    ticket = desk.print(checkin.check_in(token, language="en"))
    assert (ticket.label, ticket.source, ticket.print_status) == ("B001", "booking", "printed")
    assert ticket.as_json()["booking"] == {"code": "TGU-8F2K91", "session": "09:00-10:00"}
    assert (ticket.name, ticket.nik_last4) == ("SITI AMINAH", "0001")
    assert "Booking TGU-8F2K91 · Session 09:00–10:00" in ticket_layout(ticket, config).texts()
    used = refusal(checkin, token)
    assert used.code == "booking_used" and "B001" in used.message("id") and "09:00 WIB" in used.message("en")


def test_refusals(make_config: MakeConfig, checkin: CheckIn, key: tuple[Ed25519PrivateKey, str]) -> None:
    signer = key[0]
    assert refusal(checkin, "https://imigrasi.go.id/").code == "not_a_booking"
    assert refusal(checkin, "").code == "not_a_booking"
    assert refusal(checkin, sign(make_key()[0], payload())).code == "booking_forged"  # unknown key
    good = sign(signer, payload())
    _, body, signature = good.split(".")
    tampered = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).replace(b"09:00", b"08:00")
    assert refusal(checkin, f"BKG1.{b64url(tampered)}.{signature}").code == "booking_forged"
    assert refusal(checkin, f"BKG1.{body}.{signature[:-4]}AAAA").code == "booking_forged"
    assert refusal(checkin, "BKG1.not json.x").code == "booking_forged"
    assert refusal(checkin, "TGU-NOSUCH1").code == "booking_unknown"
    wrong_office = refusal(checkin, sign(signer, payload(office="KNO")))
    assert wrong_office.code == "booking_wrong_office" and "KNO" in wrong_office.message("id")
    wrong_date = refusal(checkin, sign(signer, payload(date="2026-12-01")))
    assert wrong_date.code == "booking_wrong_date"
    assert "Selasa, 1 Desember 2026" in wrong_date.message("id")
    assert "Tuesday, 1 December 2026" in wrong_date.message("en")
    # No key configured: a signed QR cannot be verified.
    keyless = CheckIn(make_config(), checkin.tickets)
    assert refusal(keyless, good).code == "booking_forged"


@pytest.mark.parametrize(
    ("local_time", "late_minutes", "outcome"),
    [
        ("08:29", 0, "booking_too_early"),
        ("08:30", 0, None),  # early_minutes = 30 before the 09:00 start
        ("09:59", 0, None),
        ("10:00", 0, "booking_too_late"),  # the session ends at 10:00
        ("10:14", 15, None),
        ("10:15", 15, "booking_too_late"),
    ],
)
def test_the_session_window(
    make_config: MakeConfig,
    key: tuple[Ed25519PrivateKey, str],
    db: Database,
    clock: FixedClock,
    local_time: str,
    late_minutes: int,
    outcome: str | None,
) -> None:
    config = make_config(booking={"public_keys": [key[1]], "late_minutes": late_minutes})
    hour, minute = map(int, local_time.split(":"))
    clock.now = datetime(2026, 11, 30, hour - 7, minute, tzinfo=UTC)  # WIB is UTC+7
    checkin = CheckIn(config, TicketService(config, db, clock))
    token = sign(key[0], payload())
    if outcome is None:
        assert checkin.check_in(token).booking_code == "TGU-8F2K91"
        return
    error = refusal(checkin, token)
    assert error.code == outcome
    assert "09:00–10:00 WIB" in error.message("id")
    assert ("08:30 WIB" if outcome == "booking_too_early" else f"10:{late_minutes:02d} WIB") in error.message(
        "en"
    )


def test_a_used_booking_says_so_even_after_its_session(
    checkin: CheckIn, clock: FixedClock, key: tuple[Ed25519PrivateKey, str]
) -> None:
    token = sign(key[0], payload())
    ticket = checkin.check_in(token)
    clock.now = datetime(2026, 11, 30, 5, 0, tzinfo=UTC)  # 12:00 WIB
    assert refusal(checkin, token).code == "booking_used"
    assert checkin.tickets.get(ticket.ticket_id) is not None


def test_old_and_new_keys_both_verify(make_config: MakeConfig, tickets: TicketService) -> None:
    (old, old_public), (new, new_public) = make_key(), make_key()
    config = make_config(booking={"public_keys": [old_public, new_public]})
    checkin = CheckIn(config, tickets)
    assert checkin.check_in(sign(old, payload(code="TGU-OLD001"))).booking_code == "TGU-OLD001"
    assert checkin.check_in(sign(new, payload(code="TGU-NEW001"))).booking_code == "TGU-NEW001"


def test_a_booking_is_not_refused_for_the_walk_in_quota(
    make_config: MakeConfig, db: Database, clock: FixedClock, key: tuple[Ed25519PrivateKey, str]
) -> None:
    services = [
        {"code": "new", "prefix": "A", "daily_quota": 1, "name_id": "Paspor Baru", "name_en": "New"},
        {
            "code": "priority",
            "prefix": "P",
            "daily_quota": 5,
            "name_id": "Prioritas",
            "name_en": "Priority",
            "walk_in": False,
        },
    ]
    config = make_config(services=services, booking={"public_keys": [key[1]]})
    tickets = TicketService(config, db, clock)
    tickets.issue("new", make_nik(1), "Ani")
    with pytest.raises(KioskError, match="quota_exhausted"):
        tickets.issue("new", make_nik(2), "Budi")
    checkin = CheckIn(config, tickets)
    assert checkin.check_in(sign(key[0], payload())).label == "A002"
    # A service without walk-ins (the priority lane) can still be booked.
    assert checkin.check_in(sign(key[0], payload(code="TGU-PRIO01", service="priority"))).label == "P001"
    assert (
        refusal(checkin, sign(key[0], payload(code="TGU-VISA01", service="visa"))).code == "unknown_service"
    )


def test_one_ticket_per_nik_holds_between_walk_in_and_imported_booking(
    tmp_path: Path, config: Config, checkin: CheckIn, tickets: TicketService
) -> None:
    """An imported booking carries the NIK's key: whichever ticket came first, the other is refused."""
    rows = [
        "code,nik,name,service,office,date,session_start,session_end",
        f"TGU-AAA111,{make_nik(7)},Ani,new,TGU,2026-11-30,09:00,10:00",
        f"TGU-BBB222,{make_nik(8)},Budi,new,TGU,2026-11-30,09:00,10:00",
    ]
    (tmp_path / "day.csv").write_text("\n".join(rows) + "\n", "utf-8")
    import_bookings(tmp_path / "day.csv", config, tickets.db, tickets.clock)

    walk_in = tickets.issue("new", make_nik(7), "Ani")
    duplicate = refusal(checkin, "TGU-AAA111")
    assert duplicate.code == "duplicate_nik" and walk_in.label in duplicate.message("en")

    booked = checkin.check_in(" tgu-bbb222 ")
    assert (booked.booking_code, booked.nik_last4, booked.name) == ("TGU-BBB222", "0008", "BUDI")
    with pytest.raises(KioskError, match="duplicate_nik"):
        tickets.issue("renewal", make_nik(8), "Budi")


def _race(config: Config, clock: FixedClock, token: str, kiosks: int) -> list[str]:
    """`kiosks` threads, each with its own Database, check in `token` at the same moment."""
    barrier, outcomes, lock = threading.Barrier(kiosks), [], threading.Lock()

    def kiosk() -> None:
        db = Database.open(config.database.url)
        checkin = CheckIn(config, TicketService(config, db, clock))
        barrier.wait()
        try:
            outcome = checkin.check_in(token).label
        except KioskError as exc:
            outcome = exc.code
        with lock:
            outcomes.append(outcome)
        db.dispose()

    threads = [threading.Thread(target=kiosk) for _ in range(kiosks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return sorted(outcomes)


def _booking_tickets(config: Config, code: str) -> int:
    db = Database.open(config.database.url)
    with db.read() as session:
        count = len(session.scalars(select(Ticket).where(Ticket.booking_code == code)).all())
    db.dispose()
    return count


def test_kiosks_checking_in_one_booking_at_once_get_one_ticket(
    make_config: MakeConfig, clock: FixedClock, key: tuple[Ed25519PrivateKey, str]
) -> None:
    config = make_config(booking={"public_keys": [key[1]]})
    Database.open(config.database.url).dispose()
    for n in range(5):
        code = f"TGU-RACE{n:02d}"
        outcomes = _race(config, clock, sign(key[0], payload(code=code)), kiosks=4)
        assert outcomes == [f"A{n + 1:03d}", "booking_used", "booking_used", "booking_used"]
        assert _booking_tickets(config, code) == 1


def test_kiosks_on_postgresql_get_one_ticket(
    make_config: MakeConfig, clock: FixedClock, key: tuple[Ed25519PrivateKey, str]
) -> None:
    try:
        server = PgServer().start()
    except PgUnavailable as exc:
        pytest.skip(str(exc))
    try:
        config = make_config(database={"url": server.create_database()}, booking={"public_keys": [key[1]]})
        Database.open(config.database.url).dispose()
        for n in range(3):
            code = f"TGU-PGRACE{n}"
            outcomes = _race(config, clock, sign(key[0], payload(code=code)), kiosks=4)
            assert outcomes == [f"A{n + 1:03d}", "booking_used", "booking_used", "booking_used"]
            assert _booking_tickets(config, code) == 1
    finally:
        server.close()
