"""Booking a session at the kiosk, cancelling and moving a booking.

A booking is one write transaction, like a ticket: the NIK's lock (one active booking per NIK a day, at
most `booking.max_per_nik` active from today on), then the session's counter row (`session_counters`,
locked like the ticket counters), then the count of the session's active bookings, imported and kiosk
alike, against its capacity. However many kiosks share the database, a session is never overbooked.
Every booking, cancellation and move is an audit record and a "booking" entry on the change feed (codes
and counts only, never a name or NIK). The slip's QR is a BKG1 token signed with the office key.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kiosk import audit, change_feed, office_key
from kiosk.assisted import clean_reason
from kiosk.config import Config, ServiceConfig, SessionConfig
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import ImportedBooking, SessionCounter
from kiosk.nik import last4, nik_key, validate_nik
from kiosk.office_key import OfficeKey
from kiosk.office_time import format_date, is_open_day, local
from kiosk.reports import CATEGORIES
from kiosk.sessions import ACTIVE, SessionSlot, last_day, session_label, slots
from kiosk.tickets import Clock, nik_secret, normalise_name, normalise_phone, utc_now

CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # no 0/O, 1/I: read aloud and typed without doubt
CODE_LENGTH = 6


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class BookedSession:
    """A booking made at the kiosk as the slip, the screens and the CLI see it (no full NIK)."""

    code: str
    office_code: str
    service_code: str
    day: date
    session_start: time
    session_end: time
    name: str
    nik_last4: str
    status: str
    category: str | None
    kiosk_id: str | None
    officer: str | None
    made_at: datetime
    qr: str
    slip_status: str | None
    source: str = "kiosk"
    language: str = "id"

    @property
    def session(self) -> str:
        return session_label(self.session_start, self.session_end)

    def as_json(self) -> dict[str, object]:
        return {
            "code": self.code,
            "service": self.service_code,
            "date": self.day.isoformat(),
            "session_start": f"{self.session_start:%H:%M}",
            "session_end": f"{self.session_end:%H:%M}",
            "status": self.status,
            "source": self.source,
            "category": self.category,
            "nik_last4": self.nik_last4,
            "qr": self.qr,
            "print_status": self.slip_status,
        }


class SessionBookings:
    """Books, cancels, moves and lists the sessions of one office; signs slips with the office key."""

    def __init__(self, config: Config, db: Database, key: OfficeKey | None, clock: Clock = utc_now) -> None:
        self.config = config
        self.db = db
        self.key = key
        self.clock = clock

    def signing_key(self) -> OfficeKey:
        """The office key slips are signed with; 'office_key_unusable' when it could not be made or read
        (the kiosk still gives same-day numbers)."""
        if self.key is None:
            raise KioskError("office_key_unusable", path=str(office_key.key_dir(self.config.kiosk.data_dir)))
        return self.key

    def today(self) -> date:
        return local(self.config.office, self.clock()).date()

    def slots(self, *, day: date | None = None, service_code: str | None = None) -> list[SessionSlot]:
        with self.db.read() as session:
            return slots(session, self.config, self.clock(), day=day, service_code=service_code)

    def book(
        self,
        service_code: str,
        nik: str,
        name: str,
        day: date,
        start: time,
        phone: str | None = None,
        *,
        category: str | None = None,
        officer: str | None = None,
        language: str = "id",
    ) -> BookedSession:
        """Book a place in the session of `day` starting at `start`; KioskError on a refusal."""
        service = self.service(service_code)
        sess = self._session(service, day, start)
        today = self.today()
        validate_nik(nik, today)
        name = normalise_name(name)
        phone = normalise_phone(phone)
        if category is not None and category not in CATEGORIES:
            raise KioskError("invalid_category", category=category)
        now = self.clock()
        with self.db.write() as session:
            key = nik_key(nik, nik_secret(session))
            self._require_nik_free(session, key, day, today)
            self._take_place(session, service, day, sess)
            row = ImportedBooking(
                code=self._new_code(session),
                office_code=self.config.office.code,
                day=day,
                service_code=service.code,
                session_start=sess.start,
                session_end=sess.end,
                name=name,
                nik_key=key,
                nik_last4=last4(nik),
                source="kiosk",
                imported_at=now,
                status=ACTIVE,
                kiosk_id=self.config.kiosk.id,
                officer=officer,
                category=category,
                phone=phone,
                slip_status="pending",
                language=language,
            )
            session.add(row)
            session.flush()
            office_key.publish(session, self.signing_key())  # every kiosk on this database trusts the slip
            self._audit(session, "booking", row, officer, now)
            self._publish(session, "booked", row, now)
            return self._booked(row)

    def cancel(self, code: str, reason: str, *, officer: str | None = None) -> BookedSession:
        """Cancel an active booking (kiosk or imported): its place is free again."""
        reason = clean_reason(reason)
        now = self.clock()
        with self.db.write() as session:
            row = self._active(session, code)
            row.status, row.changed_at, row.change_reason = "cancelled", now, reason
            self._audit(session, "booking_cancel", row, officer, now, reason=reason)
            self._publish(session, "cancelled", row, now)
            return self._booked(row)

    def move(
        self, code: str, day: date, start: time, reason: str, *, officer: str | None = None
    ) -> BookedSession:
        """Move a booking to another session: a new booking (new code, new slip) in one transaction with
        the old one's end (status 'moved'); the old slip no longer checks in."""
        reason = clean_reason(reason)
        now = self.clock()
        with self.db.write() as session:
            old = self._active(session, code)
            service = self.service(old.service_code)
            sess = self._session(service, day, start)
            old.status, old.changed_at, old.change_reason = "moved", now, reason
            session.flush()
            self._require_nik_free(session, old.nik_key, day, self.today(), moving=True)
            self._take_place(session, service, day, sess)
            row = ImportedBooking(
                code=self._new_code(session),
                office_code=old.office_code,
                day=day,
                service_code=service.code,
                session_start=sess.start,
                session_end=sess.end,
                name=old.name,
                nik_key=old.nik_key,
                nik_last4=old.nik_last4,
                source="kiosk",
                imported_at=now,
                status=ACTIVE,
                kiosk_id=self.config.kiosk.id,
                officer=officer,
                category=old.category,
                phone=old.phone,
                slip_status="pending",
                language=old.language,
            )
            session.add(row)
            old.moved_to = row.code
            session.flush()
            office_key.publish(session, self.signing_key())
            self._audit(session, "booking_move", row, officer, now, reason=reason, moved_from=old.code)
            self._publish(session, "moved", row, now, moved_from=old.code)
            return self._booked(row)

    def get(self, code: str) -> BookedSession | None:
        """The booking with `code` (the newest day if it is on several)."""
        with self.db.read() as session:
            row = session.scalars(
                select(ImportedBooking)
                .where(ImportedBooking.office_code == self.config.office.code, ImportedBooking.code == code)
                .order_by(ImportedBooking.day.desc())
            ).first()
            return None if row is None else self._booked(row)

    def list(self, day: date | None = None) -> list[BookedSession]:
        """The bookings of `day`, or every booking from today on, by day and session."""
        where = [ImportedBooking.office_code == self.config.office.code]
        where.append(ImportedBooking.day == day if day else ImportedBooking.day >= self.today())
        with self.db.read() as session:
            rows = session.scalars(
                select(ImportedBooking)
                .where(*where)
                .order_by(ImportedBooking.day, ImportedBooking.session_start, ImportedBooking.id)
            ).all()
            return [self._booked(row) for row in rows]

    def set_slip_status(self, code: str, status: str) -> BookedSession:
        with self.db.write() as session:
            row = self._row(session, code)
            row.slip_status = status
            return self._booked(row)

    def waiting_slips(self) -> list[BookedSession]:
        """This kiosk's active bookings from today on whose slip did not print."""
        with self.db.read() as session:
            rows = session.scalars(
                select(ImportedBooking)
                .where(
                    ImportedBooking.office_code == self.config.office.code,
                    ImportedBooking.kiosk_id == self.config.kiosk.id,
                    ImportedBooking.day >= self.today(),
                    ImportedBooking.status == ACTIVE,
                    ImportedBooking.slip_status == "queued",
                )
                .order_by(ImportedBooking.imported_at, ImportedBooking.id)
            ).all()
            return [self._booked(row) for row in rows]

    def qr_text(self, row: ImportedBooking) -> str:
        """The slip's BKG1 token (docs/booking-qr.md), signed with the office key."""
        fields = {
            "code": row.code,
            "office": row.office_code,
            "date": row.day.isoformat(),
            "session_start": f"{row.session_start:%H:%M}",
            "session_end": f"{row.session_end:%H:%M}",
            "service": row.service_code,
            "name": row.name,
            "nik_last4": row.nik_last4,
        }
        if row.category:
            fields["category"] = row.category
        payload = json.dumps(fields, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
        return f"BKG1.{b64url(payload)}.{b64url(self.signing_key().sign(payload))}"

    # The rules, in the order they are checked.

    def service(self, code: str) -> ServiceConfig:
        service = self.config.service(code)
        if service is None:
            raise KioskError("unknown_service", service=code)
        if not service.booking:
            raise KioskError("service_not_bookable", service_id=service.name_id, service_en=service.name_en)
        return service

    def _session(self, service: ServiceConfig, day: date, start: time) -> SessionConfig:
        """The configured session of `service` on `day` at `start`, if it can still be booked."""
        today, dates = self.today(), {"date_id": format_date(day, "id"), "date_en": format_date(day, "en")}
        if day > last_day(self.config, today):
            last = last_day(self.config, today)
            raise KioskError(
                "too_far_ahead",
                days=self.config.booking.days_ahead,
                last_id=format_date(last, "id"),
                last_en=format_date(last, "en"),
            )
        if day >= today and not is_open_day(self.config.office, day):
            raise KioskError("date_not_open", **dates)
        sess = next(
            (s for s in self.config.sessions if s.start == start and service.code in s.services), None
        )
        label = f"{start:%H:%M}"
        if sess is None:
            raise KioskError(
                "session_unknown", session=label, service_id=service.name_id, service_en=service.name_en
            )
        ends = datetime.combine(day, sess.end, tzinfo=self.config.office.timezone)
        if day < today or local(self.config.office, self.clock()) >= ends:
            raise KioskError("session_over", session=session_label(sess.start, sess.end), **dates)
        return sess

    def _require_nik_free(
        self, session: Session, key: str, day: date, today: date, *, moving: bool = False
    ) -> None:
        """One active booking per NIK a day; at most max_per_nik active from today on (a move swaps one)."""
        self.db.lock(session, key)
        active = session.execute(
            select(ImportedBooking.day, ImportedBooking.id).where(
                ImportedBooking.nik_key == key,
                ImportedBooking.office_code == self.config.office.code,
                ImportedBooking.status == ACTIVE,
                ImportedBooking.day >= today,
            )
        ).all()
        if any(d == day for d, _ in active):  # the code is not shown: the NIK's typist may not be its owner
            raise KioskError(
                "booking_same_day",
                date_id=format_date(day, "id"),
                date_en=format_date(day, "en"),
            )
        limit = self.config.booking.max_per_nik
        if not moving and len(active) >= limit:
            raise KioskError("booking_limit", count=len(active), limit=limit)

    def _take_place(self, session: Session, service: ServiceConfig, day: date, sess: SessionConfig) -> None:
        """Lock the session's counter row, then count its active bookings against the capacity."""
        office = self.config.office.code
        key = {"office_code": office, "service_code": service.code, "day": day, "session_start": sess.start}
        insert = sqlite_insert if self.db.is_sqlite else pg_insert
        session.execute(insert(SessionCounter).values(**key, booked=0).on_conflict_do_nothing())
        session.execute(
            update(SessionCounter)
            .where(*(getattr(SessionCounter, k) == v for k, v in key.items()))
            .values(booked=SessionCounter.booked + 1)
        )
        booked = session.scalar(
            select(func.count())
            .select_from(ImportedBooking)
            .where(
                ImportedBooking.office_code == office,
                ImportedBooking.day == day,
                ImportedBooking.service_code == service.code,
                ImportedBooking.session_start == sess.start,
                ImportedBooking.status == ACTIVE,
            )
        )
        if (booked or 0) >= sess.capacity:
            raise KioskError(
                "session_full",
                session=session_label(sess.start, sess.end),
                date_id=format_date(day, "id"),
                date_en=format_date(day, "en"),
                service_id=service.name_id,
                service_en=service.name_en,
            )

    def _new_code(self, session: Session) -> str:
        """A booking code not used by this office on any day."""
        while True:
            code = f"{self.config.office.code}-" + "".join(
                secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH)
            )
            taken = session.scalar(
                select(func.count())
                .select_from(ImportedBooking)
                .where(ImportedBooking.office_code == self.config.office.code, ImportedBooking.code == code)
            )
            if not taken:
                return code

    def _row(self, session: Session, code: str) -> ImportedBooking:
        code = code.strip().upper()
        row = session.scalars(
            select(ImportedBooking)
            .where(ImportedBooking.office_code == self.config.office.code, ImportedBooking.code == code)
            .order_by(ImportedBooking.day.desc())
        ).first()
        if row is None:
            raise KioskError("booking_unknown", booking=code)
        return row

    def _active(self, session: Session, code: str) -> ImportedBooking:
        row = self._row(session, code)
        if row.status != ACTIVE:
            raise KioskError("booking_cancelled", booking=row.code)
        return row

    def _audit(
        self,
        session: Session,
        action: str,
        row: ImportedBooking,
        officer: str | None,
        at: datetime,
        **extra: str,
    ) -> None:
        data = {
            "booking": row.code,
            "date": row.day.isoformat(),
            "session": session_label(row.session_start, row.session_end),
            "source": row.source,
            "category": row.category,
            **extra,
        }
        audit.append(
            session,
            self.db,
            self.config,
            action,
            at=at,
            officer=officer,
            service_code=row.service_code,
            data={k: v for k, v in data.items() if v is not None},
        )

    def _publish(
        self, session: Session, action: str, row: ImportedBooking, at: datetime, **extra: str
    ) -> None:
        change_feed.publish(
            session,
            self.config.office.code,
            "booking",
            at,
            action=action,
            booking=row.code,
            service=row.service_code,
            date=row.day.isoformat(),
            session_start=f"{row.session_start:%H:%M}",
            **extra,
        )

    def _booked(self, row: ImportedBooking) -> BookedSession:
        return BookedSession(
            row.code,
            row.office_code,
            row.service_code,
            row.day,
            row.session_start,
            row.session_end,
            row.name,
            row.nik_last4,
            row.status,
            row.category,
            row.kiosk_id,
            row.officer,
            row.imported_at,
            self.qr_text(row) if row.source == "kiosk" else "",
            row.slip_status,
            row.source,
            row.language or "id",
        )
