"""The NIK (Nomor Induk Kependudukan): structure check, masking and the birth date it carries.

A NIK is 16 digits: province (2), regency (2), district (2), birth date DDMMYY with 40 added to the day
for women (6), serial (4). The NIK is personal data (UU PDP 27/2022): only `mask` and `last4` of it may
reach a screen, a ticket or a log.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import date

from kiosk.digits import is_digits
from kiosk.errors import KioskError

# Province codes in use (Kemendagri), Aceh to the Papua provinces of 2022.
PROVINCES = frozenset(
    {
        11,
        12,
        13,
        14,
        15,
        16,
        17,
        18,
        19,
        21,
        31,
        32,
        33,
        34,
        35,
        36,
        51,
        52,
        53,
        61,
        62,
        63,
        64,
        65,
        71,
        72,
        73,
        74,
        75,
        76,
        81,
        82,
        91,
        92,
        93,
        94,
        95,
        96,
    }
)


def _refuse(reason_id: str, reason_en: str) -> KioskError:
    return KioskError("invalid_nik", reason_id=reason_id, reason_en=reason_en)


def birth_date(nik: str, today: date) -> date:
    """The birth date a well-formed NIK carries; the century is the latest one not in the future."""
    day, month, year = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if day > 40:
        day -= 40
    full_year = 2000 + year if 2000 + year <= today.year else 1900 + year
    born = date(full_year, month, day)
    return born if born <= today else date(full_year - 100, month, day)


def female(nik: str) -> bool:
    """Whether a well-formed NIK is a woman's: her birth day carries 40 more."""
    return int(nik[6:8]) > 40


def validate_nik(nik: str, today: date) -> str:
    """Return the NIK if its structure is valid, else raise KioskError('invalid_nik') saying which digits
    to look at again (the visitor cannot know province codes or the women's +40 day)."""
    if not is_digits(nik, 16):
        raise _refuse("harus 16 angka", "it must have 16 digits")
    if int(nik[0:2]) not in PROVINCES:
        raise _refuse("angka ke-1 dan ke-2 salah", "the 1st and 2nd digits are wrong")
    if nik[2:4] == "00" or nik[4:6] == "00":
        raise _refuse("angka ke-3 sampai ke-6 salah", "digits 3 to 6 are wrong")
    day = int(nik[6:8])
    try:
        if not (1 <= day <= 31 or 41 <= day <= 71):
            raise ValueError
        birth_date(nik, today)
    except ValueError:
        raise _refuse("angka ke-7 sampai ke-12 salah", "digits 7 to 12 are wrong") from None
    if nik[12:16] == "0000":
        raise _refuse("4 angka terakhir salah", "the last 4 digits are wrong")
    return nik


def last4(nik: str) -> str:
    return nik[-4:]


def mask(nik: str) -> str:
    """What a screen or ticket may show: the last four digits only."""
    return masked_last4(nik[-4:]) if len(nik) == 16 else "*" * len(nik)


def masked_last4(digits: str) -> str:
    """A NIK known only by its last four digits, as screens and tickets show it: ************1234."""
    return "*" * 12 + digits


def nik_key(nik: str, secret: bytes) -> str:
    """A keyed hash of the NIK, for telling one visitor from another without storing the NIK."""
    return hmac.new(secret, nik.encode("ascii"), hashlib.sha256).hexdigest()
