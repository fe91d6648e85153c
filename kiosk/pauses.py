"""Paused services: an officer pauses a service (counter closed, system down) and walk-ins for it are
refused with 'service_paused' until the officer resumes it. Shared by every kiosk of the office."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.config import Config, ServiceConfig
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import ServicePause


def refuse_if_paused(session: Session, config: Config, service: ServiceConfig) -> None:
    """Raise KioskError('service_paused') if `service` is paused (call inside the issuing transaction)."""
    if session.get(ServicePause, (config.office.code, service.code)) is not None:
        raise KioskError("service_paused", service_id=service.name_id, service_en=service.name_en)


def paused_services(db: Database, config: Config) -> frozenset[str]:
    """The codes of the services paused now, for the visitor screen to grey out."""
    with db.read() as session:
        return frozenset(
            session.scalars(
                select(ServicePause.service_code).where(ServicePause.office_code == config.office.code)
            )
        )


def set_paused(
    db: Database, config: Config, service: ServiceConfig, paused: bool, *, officer: str, at: datetime
) -> bool:
    """Pause or resume `service`; return False (and record nothing) if it already was in that state."""
    with db.write() as session:
        db.lock(session, f"pause:{service.code}")
        row = session.get(ServicePause, (config.office.code, service.code))
        if (row is not None) == paused:
            return False
        if paused:
            session.add(
                ServicePause(
                    office_code=config.office.code,
                    service_code=service.code,
                    paused_at=at,
                    officer=officer,
                    kiosk_id=config.kiosk.id,
                )
            )
        else:
            session.delete(row)
        audit.append(
            session,
            db,
            config,
            "pause" if paused else "resume",
            at=at,
            officer=officer,
            service_code=service.code,
        )
        return True
