"""Office-local time: the queue day, registration hours and dates written the Indonesian way."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from kiosk.config import OfficeConfig
from kiosk.errors import KioskError

DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS_ID = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def local(office: OfficeConfig, moment: datetime) -> datetime:
    """`moment` (timezone-aware) in office time."""
    return moment.astimezone(office.timezone)


def is_open_day(office: OfficeConfig, day: date) -> bool:
    return day.isoweekday() in office.open_days and day not in office.closed_dates


def is_open(office: OfficeConfig, moment: datetime) -> bool:
    now = local(office, moment)
    if not is_open_day(office, now.date()):
        return False
    return office.opens <= now.time() and (office.closes is None or now.time() < office.closes)


def next_opening(office: OfficeConfig, moment: datetime) -> datetime | None:
    """The next time registration opens after `moment`, within a year; None if never."""
    now = local(office, moment)
    for offset in range(366):
        day = now.date() + timedelta(days=offset)
        start = datetime.combine(day, office.opens, tzinfo=office.timezone)
        if is_open_day(office, day) and start > now:
            return start
    return None


def format_date(moment: datetime | date, language: str) -> str:
    """'Jumat, 27 November 2026' or 'Friday, 27 November 2026'."""
    days, months = (DAYS_EN, MONTHS_EN) if language == "en" else (DAYS_ID, MONTHS_ID)
    return f"{days[moment.weekday()]}, {moment.day} {months[moment.month - 1]} {moment.year}"


def format_clock(moment: datetime) -> str:
    """'09:41 WIB': the zone's own abbreviation (WIB, WITA, WIT)."""
    return f"{moment:%H:%M} {moment.tzname()}"


def require_open(office: OfficeConfig, moment: datetime) -> None:
    """Raise KioskError('closed') with the next opening time when registration is closed."""
    if is_open(office, moment):
        return
    opening = next_opening(office, moment)
    if opening is None:
        raise KioskError(
            "closed", opens_id="setelah pengumuman petugas", opens_en="when the officer announces it"
        )
    today = local(office, moment).date()
    when = {
        "id": "hari ini" if opening.date() == today else format_date(opening, "id"),
        "en": "today" if opening.date() == today else format_date(opening, "en"),
    }
    raise KioskError(
        "closed",
        opens_id=f"{when['id']} pukul {format_clock(opening)}",
        opens_en=f"{when['en']} at {format_clock(opening)}",
    )
