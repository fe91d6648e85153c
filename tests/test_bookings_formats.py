"""Booking QR formats (BKG1, bare code), the parser registry, the [booking] config, the docs' example."""

from __future__ import annotations

import re
from datetime import date, time
from pathlib import Path

import pytest

from kiosk.booking_formats import parse_claim, plain_code, signed_v1
from kiosk.bookings import Booking, CodeClaim, SignedClaim
from kiosk.checkin import CheckIn
from kiosk.config import ConfigError
from kiosk.errors import KioskError
from kiosk.tickets import TicketService
from tests.support.booking_tokens import b64url, make_key, payload, sign
from tests.support.config_files import MakeConfig

DOC = Path(__file__).parent.parent / "docs" / "booking-qr.md"


def test_a_signed_token_gives_the_booking_and_the_exact_payload() -> None:
    key, _ = make_key()
    token = sign(key, payload(name="  siti   aminah "))
    claim = signed_v1.parse(token)
    assert isinstance(claim, SignedClaim)
    assert claim.booking() == Booking(
        "TGU-8F2K91", "TGU", date(2026, 11, 30), "new", time(9), time(10), "SITI AMINAH", "0001"
    )
    assert token.split(".")[1] == b64url(claim.payload) and len(claim.signature) == 64
    assert parse_claim(token) == claim


@pytest.mark.parametrize(
    "text",
    [
        "BKG1.",
        "BKG1.abc",
        "BKG1.a.b.c",
        "BKG1.eyJ=.AAAA",  # padding is not allowed
        "BKG1.e30.AAAA",  # {} and a short signature
        f"BKG1.{b64url(b'[' * 3000)}.{b64url(bytes(64))}",  # longer than any payload
    ],
)
def test_a_broken_token_is_forged(text: str) -> None:
    with pytest.raises(KioskError, match="booking_forged"):
        parse_claim(text)


@pytest.mark.parametrize(
    "data",
    [b"not json", bytes([0xFF, 0xFE]), b"[1, 2]", b"[" * 1000 + b"]" * 1000, b'{"n": ' + b"9" * 5000 + b"}"],
)
def test_an_unsigned_payload_of_any_shape_is_forged_before_it_is_read(
    make_config: MakeConfig, tickets: TicketService, data: bytes
) -> None:
    """The payload is only read once a key verifies it: garbage, deep nesting, a 5,000-digit number."""
    _, public = make_key()
    config = make_config(booking={"public_keys": [public]})
    checkin = CheckIn(config, TicketService(config, tickets.db, tickets.clock))
    with pytest.raises(KioskError, match="booking_forged"):
        checkin.verify(f"BKG1.{b64url(data)}.{b64url(bytes(64))}")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"date": "30-11-2026"}, "date"),
        ({"date": "٢٠٢٦-11-30"}, "date"),  # Arabic-Indic digits
        ({"session_start": "10:00"}, "session_end"),  # not before the end
        ({"session_end": "24:00"}, "session_end"),
        ({"nik_last4": "12345"}, "nik_last4"),
        ({"code": "AB\u001bC"}, "code"),  # a control character
        ({"code": "X" * 33}, "code"),
        ({"office": "tgu"}, "office"),
        ({"name": "SITI\u001dAMINAH"}, "name"),
    ],
)
def test_a_signed_payload_with_a_bad_field_is_invalid_naming_it(
    make_config: MakeConfig, tickets: TicketService, fields: dict[str, str], field: str
) -> None:
    """A valid signature is never 'forged': a signed but unusable payload is booking_invalid."""
    key, public = make_key()
    config = make_config(booking={"public_keys": [public]})
    checkin = CheckIn(config, TicketService(config, tickets.db, tickets.clock))
    for token in (
        sign(key, payload(**fields)),
        sign(key, {k: v for k, v in payload().items() if k not in fields}),
    ):
        with pytest.raises(KioskError) as refused:
            checkin.verify(token)
        assert refused.value.code == "booking_invalid"
        assert refused.value.params["field"] in (field, *fields)
        assert field in refused.value.message("en") or next(iter(fields)) in refused.value.message("en")


@pytest.mark.parametrize(
    "fields",
    [{"code": "NATIONAL/2026/000123"}, {"code": "8F2K91"}, {"name": "Siti Aminah binti Abdul-Rahman 2"}],
)
def test_the_booking_systems_own_codes_and_names_check_in(
    make_config: MakeConfig, tickets: TicketService, fields: dict[str, str]
) -> None:
    key, public = make_key()
    config = make_config(booking={"public_keys": [public]})
    booking = CheckIn(config, TicketService(config, tickets.db, tickets.clock)).verify(
        sign(key, payload(**fields))
    )
    assert booking.code == payload(**fields)["code"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("TGU-8F2K91", CodeClaim("TGU-8F2K91")),
        (" tgu-8f2k91\n", CodeClaim("TGU-8F2K91")),
        ("KNO-ABCD", CodeClaim("KNO-ABCD")),
        ("TGU8F2K91", None),
        ("TGU-8F2", None),
        ("https://imigrasi.go.id/TGU-8F2K91", None),
        ("TGU-20261130-A001-1A2B3C", None),  # a queue ticket's own QR
        ("", None),
    ],
)
def test_bare_codes(text: str, claim: CodeClaim | None) -> None:
    assert plain_code.parse(text) == claim
    assert parse_claim(text) == claim
    assert signed_v1.parse(text) is None


def test_booking_config(make_config: MakeConfig) -> None:
    _, public = make_key()
    config = make_config(booking={"public_keys": [public], "early_minutes": 45, "late_minutes": 10})
    assert len(config.booking.public_keys[0]) == 32
    assert (config.booking.early_minutes, config.booking.late_minutes) == (45, 10)
    assert make_config().booking.public_keys == ()
    for bad, key in [
        ({"public_keys": [public, "not base64!"]}, "booking.public_keys[1]"),
        ({"public_keys": [public[:-4] + "AA=="]}, "booking.public_keys[0]"),  # 31 bytes
        ({"public_keys": [32]}, "booking.public_keys[0]"),
        ({"public_keys": ["…"]}, "booking.public_keys[0]"),
        ({"public_keys": public}, "booking.public_keys"),
        ({"early_minutes": -1}, "booking.early_minutes"),
        ({"late_minutes": 241}, "booking.late_minutes"),
        ({"grace": 5}, "booking.grace"),
    ]:
        with pytest.raises(ConfigError) as caught:
            make_config(booking=bad)
        assert caught.value.key == key


def test_the_worked_example_in_the_docs_verifies(make_config: MakeConfig, tickets: TicketService) -> None:
    text = DOC.read_text("utf-8")
    public = re.search(r'^public_keys = \["([A-Za-z0-9+/=]+)"\]', text, re.MULTILINE)[1]  # type: ignore[index]
    token = re.search(r"^(BKG1\.[\w-]+\.[\w-]+)$", text, re.MULTILINE)[1]  # type: ignore[index]
    config = make_config(booking={"public_keys": [public]})
    booking = CheckIn(config, TicketService(config, tickets.db, tickets.clock)).verify(token)
    assert (booking.code, booking.name, booking.nik_last4) == ("TGU-8F2K91", "SITI AMINAH", "0001")
