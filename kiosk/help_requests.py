"""Help requests: a visitor taps "Call an officer" on a kiosk, every officer screen hears of it through the
change feed (kind "help"), and an officer clears it once they have helped.

A kiosk has at most one open request: asking again while one is open returns it (the visitor sees how long
ago they asked). Requests hold no personal data: the kiosk, the screen the visitor was on, the times.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk import change_feed
from kiosk.audit import day_bounds
from kiosk.config import Config
from kiosk.db import Database
from kiosk.models import HelpRequest


@dataclass(frozen=True)
class OpenRequest:
    """A request waiting for an officer, as officer screens and the kiosk show it."""

    id: int
    kiosk_id: str
    kiosk_name: str
    screen: str
    asked_at: datetime


def _open(row: HelpRequest) -> OpenRequest:
    return OpenRequest(row.id, row.kiosk_id, row.kiosk_name, row.screen, row.asked_at)


def _open_query(config: Config):  # type: ignore[no-untyped-def]  # a Select of HelpRequest
    return select(HelpRequest).where(
        HelpRequest.office_code == config.office.code, HelpRequest.cleared_at.is_(None)
    )


def ask(db: Database, config: Config, screen: str, at: datetime) -> OpenRequest:
    """Record this kiosk's request (or return the one still open) and tell every officer screen."""
    with db.write() as session:
        db.lock(session, f"help:{config.kiosk.id}")
        row = session.scalars(_open_query(config).where(HelpRequest.kiosk_id == config.kiosk.id)).first()
        if row is not None:
            return _open(row)
        row = HelpRequest(
            office_code=config.office.code,
            kiosk_id=config.kiosk.id,
            kiosk_name=config.kiosk.display_name,
            screen=screen[:32],
            asked_at=at,
        )
        session.add(row)
        session.flush()
        _publish(session, config, row, "asked", at)
        return _open(row)


def clear(db: Database, config: Config, request_id: int, *, officer: str, at: datetime) -> bool:
    """Mark a request handled; False if it was not open (another officer cleared it first)."""
    with db.write() as session:
        row = session.scalars(_open_query(config).where(HelpRequest.id == request_id)).first()
        if row is None:
            return False
        row.cleared_at = at
        row.cleared_by = officer[:40]
        session.flush()
        _publish(session, config, row, "cleared", at)
        return True


def open_requests(db: Database, config: Config) -> list[OpenRequest]:
    """The office's open requests, oldest first (every kiosk's)."""
    with db.read() as session:
        rows = session.scalars(_open_query(config).order_by(HelpRequest.asked_at, HelpRequest.id)).all()
        return [_open(row) for row in rows]


def open_for_kiosk(db: Database, config: Config) -> OpenRequest | None:
    """This kiosk's open request, if any (the kiosk shows "an officer is coming" until it is cleared)."""
    with db.read() as session:
        row = session.scalars(_open_query(config).where(HelpRequest.kiosk_id == config.kiosk.id)).first()
        return None if row is None else _open(row)


def count_day(session: Session, config: Config, day: date) -> int:
    """How many requests were made on office-local `day` (for `kiosk report`)."""
    start, end = day_bounds(config, day)
    return (
        session.scalar(
            select(func.count())
            .select_from(HelpRequest)
            .where(
                HelpRequest.office_code == config.office.code,
                HelpRequest.asked_at >= start,
                HelpRequest.asked_at < end,
            )
        )
        or 0
    )


def _publish(session: Session, config: Config, row: HelpRequest, state: str, at: datetime) -> None:
    change_feed.publish(
        session,
        config.office.code,
        "help",
        at,
        request=row.id,
        kiosk=row.kiosk_id,
        kiosk_name=row.kiosk_name,
        screen=row.screen,
        state=state,
    )
