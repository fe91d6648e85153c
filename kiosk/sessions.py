"""Bookable sessions and their free places: what `kiosk sessions list`, the booking screens and a refusal's
"earliest free session" read. Reads only; kiosk/session_booking.py books.

A session (`[[sessions]]`) is the same on every open day; it has `capacity` places per service. Its booked
places are the active bookings of the `bookings` table, imported and made at the kiosk alike. A session
can be booked from today until it ends, at most `booking.days_ahead` days ahead.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.config import Config, ServiceConfig, SessionConfig
from kiosk.errors import KioskError
from kiosk.models import ImportedBooking
from kiosk.office_time import format_date, is_open_day, local

ACTIVE = "active"


@dataclass(frozen=True)
class SessionSlot:
    """One session of one service on one day, with its places."""

    day: date
    service_code: str
    start: time
    end: time
    capacity: int
    booked: int
    over: bool  # it has ended: no more booking

    @property
    def free(self) -> int:
        return 0 if self.over else max(0, self.capacity - self.booked)

    def words(self, config: Config, language: str) -> str:
        """'Rabu, 2 Desember 2026, 09:00–10:00 WIB'."""
        return session_words(config, self.day, self.start, self.end, language)

    def as_json(self) -> dict[str, object]:
        return {
            "date": self.day.isoformat(),
            "service": self.service_code,
            "session_start": f"{self.start:%H:%M}",
            "session_end": f"{self.end:%H:%M}",
            "capacity": self.capacity,
            "booked": self.booked,
            "free": self.free,
            "over": self.over,
        }


def session_words(config: Config, day: date, start: time, end: time, language: str) -> str:
    """A session as the slip and the screens say it: 'Rabu, 2 Desember 2026, 09:00–10:00 WIB'."""
    zone = datetime.combine(day, end, tzinfo=config.office.timezone).tzname()
    return f"{format_date(day, language)}, {start:%H:%M}–{end:%H:%M} {zone}"


def session_label(start: time, end: time) -> str:
    """'09:00–10:00'."""
    return f"{start:%H:%M}–{end:%H:%M}"


def last_day(config: Config, today: date) -> date:
    """The last day a session can be booked on."""
    return today + timedelta(days=config.booking.days_ahead)


def bookable_days(config: Config, today: date) -> list[date]:
    """The open days from today to `booking.days_ahead` days ahead (closed dates have no sessions)."""
    days = (today + timedelta(days=n) for n in range(config.booking.days_ahead + 1))
    return [day for day in days if is_open_day(config.office, day)]


def sessions_of(config: Config, service_code: str) -> list[SessionConfig]:
    return [s for s in config.sessions if service_code in s.services]


def booked_counts(
    session: Session, config: Config, days: Iterable[date], service_code: str | None = None
) -> dict[tuple[str, date, time], int]:
    """Active bookings per (service, day, session start) on `days`: one grouped query."""
    days = list(days)
    if not days:
        return {}
    where = [
        ImportedBooking.office_code == config.office.code,
        ImportedBooking.day >= min(days),
        ImportedBooking.day <= max(days),
        ImportedBooking.status == ACTIVE,
    ]
    if service_code is not None:
        where.append(ImportedBooking.service_code == service_code)
    rows = session.execute(
        select(
            ImportedBooking.service_code,
            ImportedBooking.day,
            ImportedBooking.session_start,
            func.count(),
        )
        .where(*where)
        .group_by(ImportedBooking.service_code, ImportedBooking.day, ImportedBooking.session_start)
    ).all()
    return {(service, day, start): count for service, day, start, count in rows}


def slots(
    session: Session,
    config: Config,
    now: datetime,
    *,
    day: date | None = None,
    service_code: str | None = None,
) -> list[SessionSlot]:
    """Every bookable session from today on (or on `day`), per service, in time order."""
    local_now = local(config.office, now)
    today = local_now.date()
    days = [d for d in bookable_days(config, today) if day is None or d == day]
    counts = booked_counts(session, config, days, service_code)
    services = [s.code for s in config.bookable_services if service_code in (None, s.code)]
    result = []
    for d in days:
        for sess in config.sessions:
            ends = datetime.combine(d, sess.end, tzinfo=config.office.timezone)
            for code in services:
                if code in sess.services:
                    booked = counts.get((code, d, sess.start), 0)
                    result.append(
                        SessionSlot(d, code, sess.start, sess.end, sess.capacity, booked, local_now >= ends)
                    )
    return result


def earliest_free(session: Session, config: Config, now: datetime, service_code: str) -> SessionSlot | None:
    """The first session of `service_code` with a free place, from now on (maybe later today)."""
    return next((s for s in slots(session, config, now, service_code=service_code) if s.free), None)


def offer(config: Config, slot: SessionSlot | None) -> dict[str, str]:
    """The 'earliest free session' sentence of a refusal, in both languages (next_id, next_en)."""
    if slot is None:
        days = config.booking.days_ahead
        return {
            "next_id": f"Belum ada jadwal kosong dalam {days} hari ke depan.",
            "next_en": f"No session has a free place in the next {days} days.",
        }
    when = {"id": slot.words(config, "id"), "en": slot.words(config, "en")}
    return {
        "next_id": f"Jadwal terdekat yang masih kosong: {when['id']}.",
        "next_en": f"The earliest session with a free place: {when['en']}.",
        "next_service": slot.service_code,
        "next_date": slot.day.isoformat(),
        "next_session": f"{slot.start:%H:%M}",
        "when_id": when["id"],
        "when_en": when["en"],
    }


def require_walk_in(session: Session, config: Config, service: ServiceConfig, now: datetime) -> None:
    """In office.mode "online_only" a bookable service gives no same-day number: refuse with
    'walk_in_closed', offering the earliest free session. Services with booking = false stay open."""
    if config.office.mode == "online_only" and service.booking:
        raise KioskError(
            "walk_in_closed",
            service_id=service.name_id,
            service_en=service.name_en,
            **offer(config, earliest_free(session, config, now, service.code)),
        )
