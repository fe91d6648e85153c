"""NIK structure rules, masking and the birth date it carries."""

from __future__ import annotations

from datetime import date

import pytest

from kiosk.errors import KioskError
from kiosk.nik import birth_date, mask, validate_nik
from tests.support.niks import make_nik

TODAY = date(2026, 11, 30)


def test_valid_nik_for_a_man_and_a_woman() -> None:
    assert validate_nik(make_nik(1), TODAY)
    assert validate_nik(make_nik(2, female=True), TODAY)
    assert birth_date(make_nik(2, female=True), TODAY) == date(1990, 8, 15)
    assert birth_date("3201011508250001", TODAY) == date(2025, 8, 15)
    assert birth_date("3201011512500001", TODAY) == date(1950, 12, 15)


@pytest.mark.parametrize(
    ("nik", "reason"),
    [
        ("320101150890000", "16"),  # 15 digits
        ("32010115089000A1", "16"),
        ("9901011508900001", "province"),  # no province 99
        ("3200011508900001", "regency"),
        ("3201013208900001", "birth date"),  # day 32
        ("3201017208900001", "birth date"),  # day 72 (32 + 40)
        ("3201013002900001", "birth date"),  # 30 February
        ("3201011513900001", "birth date"),  # month 13
        ("3201011508900000", "serial"),
    ],
)
def test_invalid_nik_says_why(nik: str, reason: str) -> None:
    with pytest.raises(KioskError) as info:
        validate_nik(nik, TODAY)
    assert info.value.code == "invalid_nik"
    assert reason in info.value.message("en")
    assert "NIK" in info.value.message("id")


def test_mask_shows_only_last_four() -> None:
    assert mask("3201011508900123") == "************0123"
