"""Property tests (hypothesis) for every parser of outside data: whatever text, bytes or file it gets,
it answers with a value or its own refusal code, never another exception."""

from __future__ import annotations

import json
import string
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.booking_formats import parse_claim
from kiosk.bookings import SignedClaim, import_bookings
from kiosk.bounded_json import JsonRefused, parse_bounded
from kiosk.commands.backup import checked_version
from kiosk.config import Config, ConfigError, load_config
from kiosk.db import Database
from kiosk.digits import is_digits, mask_nik_runs
from kiosk.errors import KioskError
from kiosk.nik import validate_nik
from kiosk.printable import has_control
from kiosk.tickets import normalise_name, normalise_phone
from tests.support.clock import FixedClock
from tests.support.niks import make_nik

TODAY = date(2026, 11, 30)
FIXTURES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
digits_any_script = st.text(alphabet=st.characters(categories=["Nd"]), min_size=1, max_size=20)
texts = st.one_of(st.text(max_size=200), digits_any_script, st.text(alphabet="0123456789 -.+", max_size=40))


def refused(code: str, call, *args):  # type: ignore[no-untyped-def]
    """Call it; a KioskError must carry `code`. Returns the value, or None when refused."""
    try:
        return call(*args)
    except KioskError as exc:
        assert exc.code == code, exc.code
        return None


@given(texts)
def test_a_nik_is_16_ascii_digits_or_invalid_nik(text: str) -> None:
    nik = refused("invalid_nik", validate_nik, text, TODAY)
    assert nik is None or is_digits(nik, 16)


@given(st.integers(1, 9999), st.booleans())
def test_structurally_valid_niks_pass(serial: int, female: bool) -> None:
    assert validate_nik(make_nik(serial, female=female), TODAY)


@given(texts)
def test_a_phone_is_ascii_digits_or_invalid_phone(text: str) -> None:
    phone = refused("invalid_phone", normalise_phone, text)
    assert phone is None or (phone.lstrip("+").isascii() and phone.lstrip("+").isdigit())


@given(st.text(max_size=150))
def test_a_name_is_printable_capitals_or_invalid_name(text: str) -> None:
    name = refused("invalid_name", normalise_name, text)
    assert name is None or (name == name.upper() and not has_control(name) and len(name) <= 100)


@given(st.text(max_size=300))
def test_any_scanned_text_is_a_claim_none_or_forged(text: str) -> None:
    refused("booking_forged", parse_claim, text)
    refused("booking_forged", parse_claim, "BKG1." + text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=30,
)


@given(st.one_of(st.binary(max_size=300), json_values.map(lambda v: json.dumps(v).encode())))
def test_a_signed_payload_is_a_booking_or_booking_invalid(payload: bytes) -> None:
    refused("booking_invalid", SignedClaim(payload, bytes(64)).booking)


@given(
    st.one_of(st.text(max_size=300), json_values.map(json.dumps), st.integers(1, 5000).map(lambda n: "[" * n))
)
def test_bounded_json_parses_or_refuses(text: str) -> None:
    try:
        parse_bounded(text, 10_000)
    except JsonRefused as exc:
        assert exc.problem_en and exc.problem_id


@given(st.text(max_size=300))
def test_masking_leaves_no_nik_shaped_run(text: str) -> None:
    masked = mask_nik_runs(text + " " + make_nik(7) + " " + text)
    assert make_nik(7) not in masked and mask_nik_runs(masked) == masked


csv_cells = st.text(alphabet=string.printable + "٣é\x00\x1b", max_size=30)


@FIXTURES
@given(
    st.one_of(
        st.text(max_size=500),
        st.lists(st.lists(csv_cells, min_size=8, max_size=8), max_size=5).map(
            lambda rows: (
                "code,nik,name,service,office,date,session_start,session_end\n"
                + "\n".join(",".join(r) for r in rows)
            )
        ),
        json_values.map(json.dumps),
        st.lists(
            st.dictionaries(st.sampled_from(["code", "nik", "date", "name"]), csv_cells), max_size=4
        ).map(json.dumps),
    )
)
def test_a_bookings_file_imports_or_is_refused_with_its_code(
    tmp_path: Path, config: Config, db: Database, clock: FixedClock, text: str
) -> None:
    path = tmp_path / "day.txt"
    path.write_text(text, "utf-8")
    try:
        import_bookings(path, config, db, clock)
    except KioskError as exc:
        assert exc.code in ("booking_file_invalid", "booking_file_too_large")


toml_keys = st.sampled_from(
    [
        "office.name",
        "office.code",
        "office.closed_dates",
        "printer.timeout_seconds",
        "kiosk.idle_seconds",
        "database.url",
        "services",
        "printer.width_mm",
        "camera.index",
        "booking.public_keys",
    ]
)
toml_values = st.one_of(
    st.integers(),
    st.floats(),
    st.booleans(),
    st.text(max_size=30),
    st.dates(),
    st.datetimes(),
    st.lists(st.one_of(st.integers(), st.text(max_size=10), st.dates()), max_size=3),
)


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, float):
        return {"inf": "inf", "-inf": "-inf", "nan": "nan"}.get(str(value), repr(value))
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


@FIXTURES
@given(st.one_of(st.text(max_size=300), st.lists(st.tuples(toml_keys, toml_values), max_size=4)))
def test_any_configuration_loads_or_names_the_key(tmp_path: Path, document: str | list) -> None:
    if isinstance(document, list):
        lines = [
            f"[{key.split('.')[0]}]\n{key.split('.')[1]} = {_toml(v)}" for key, v in document if "." in key
        ]
        document = "\n".join(lines)
    path = tmp_path / "kiosk.toml"
    path.write_text(document, "utf-8")
    try:
        load_config(path)
    except ConfigError as exc:
        assert exc.key and exc.problem


@pytest.fixture(scope="module")
def backup_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("backup") / "kiosk.db"
    Database.open(f"sqlite:///{path}").dispose()
    return path.read_bytes()


@FIXTURES
@given(st.binary(max_size=2000), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=20))
def test_a_backup_file_has_a_version_or_is_backup_invalid(
    tmp_path: Path, backup_bytes: bytes, garbage: bytes, flips: list[tuple[int, int]]
) -> None:
    for content in (garbage, _flipped(backup_bytes, flips)):
        path = tmp_path / "backup.db"
        path.write_bytes(content)
        version = refused("backup_invalid", checked_version, path)
        assert version is None or version >= 1


def _flipped(data: bytes, flips: list[tuple[int, int]]) -> bytes:
    changed = bytearray(data)
    for at, value in flips:
        changed[at % len(changed)] = value
    return bytes(changed)
