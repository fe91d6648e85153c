"""Officers: who may use officer mode, their PINs (kept only as salted scrypt hashes), login and logout.

Login is by name + PIN. Five wrong PINs for one name lock that name out for five minutes. The count is
kept per typed name whether or not such an officer exists, and an unknown name costs the same scrypt
work as a wrong PIN, so neither the refusal, the lockout nor the time taken tells which part was wrong.
Every login, failed login, logout and exit is in the audit trail.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import math
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import select

from kiosk import audit
from kiosk.config import Config
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import Officer, OfficerLogin
from kiosk.tickets import Clock, utc_now

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_NAME = re.compile(r"[A-Z][A-Z .'-]{0,38}[A-Z.]")
_PIN = re.compile(r"[0-9]{6,12}")


def normalise_officer_name(name: str) -> str:
    """Upper case, single spaces: 'Budi  santoso' -> 'BUDI SANTOSO'; KioskError if not 2-40 letters."""
    cleaned = " ".join(name.upper().split())
    if not _NAME.fullmatch(cleaned):
        raise KioskError("invalid_officer_name")
    return cleaned


def validate_pin(pin: str) -> str:
    """Return the PIN if it is 6-12 digits and not one digit repeated or a run like 123456."""
    if not _PIN.fullmatch(pin):
        raise KioskError(
            "invalid_pin", reason_id="harus 6 sampai 12 angka", reason_en="it must be 6 to 12 digits"
        )
    if {int(b) - int(a) for a, b in itertools.pairwise(pin)} in ({0}, {1}, {-1}):
        raise KioskError(
            "invalid_pin", reason_id="terlalu mudah ditebak", reason_en="it is too easy to guess"
        )
    return pin


def hash_pin(pin: str, *, n: int = SCRYPT_N, r: int = SCRYPT_R, p: int = SCRYPT_P) -> str:
    """'scrypt$n$r$p$salt$hash' (hex): the parameters travel with the hash, so they can be raised later."""
    salt = secrets.token_bytes(16)
    return f"scrypt${n}${r}${p}${salt.hex()}${_scrypt(pin, salt, n, r, p, 32).hex()}"


def check_pin(pin: str, stored: str) -> bool:
    """Whether `pin` matches the stored hash; compares in constant time."""
    scheme, n, r, p, salt, digest = stored.split("$")
    if scheme != "scrypt":
        raise ValueError(f"unknown PIN hash scheme {scheme!r}")
    got = _scrypt(pin, bytes.fromhex(salt), int(n), int(r), int(p), len(digest) // 2)
    return hmac.compare_digest(got.hex(), digest)


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    return hashlib.scrypt(
        pin.encode(), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=128 * r * (n + p + 2) + 2**20
    )


@cache
def _decoy_hash() -> str:
    """A hash no PIN is checked for in earnest: an unknown name costs the same work as a wrong PIN."""
    return hash_pin(secrets.token_hex(8))


@dataclass(frozen=True)
class OfficerSession:
    """Who is logged in to officer mode on this kiosk; the UI holds it until logout or exit."""

    officer: str
    kiosk_id: str
    started_at: datetime


@dataclass(frozen=True)
class OfficerInfo:
    name: str
    added_at: datetime
    locked_until: datetime | None

    def as_json(self) -> dict[str, object]:
        return {
            "name": self.name,
            "added_at": self.added_at.isoformat(),
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
        }


class Officers:
    """Adds and removes officers, logs them in and out; each change is audited in its own transaction."""

    def __init__(self, config: Config, db: Database, clock: Clock = utc_now) -> None:
        self.config = config
        self.db = db
        self.clock = clock

    def add(self, name: str, pin: str) -> str:
        """Register an officer; returns the normalised name. Refuses a taken name or a weak PIN."""
        name = normalise_officer_name(name)
        pin_hash = hash_pin(validate_pin(pin))
        now = self.clock()
        with self.db.write() as session:
            if session.get(Officer, name) is not None:
                raise KioskError("officer_exists", name=name)
            session.add(Officer(name=name, pin_hash=pin_hash, added_at=now))
            audit.append(session, self.db, self.config, "officer_added", at=now, data={"name": name})
        return name

    def remove(self, name: str) -> str:
        """Remove an officer (the PIN hash goes; their sessions end at their next action); return the name."""
        name = normalise_officer_name(name)
        now = self.clock()
        with self.db.write() as session:
            officer = session.get(Officer, name)
            if officer is None:
                raise KioskError("unknown_officer", name=name)
            session.delete(officer)
            audit.append(session, self.db, self.config, "officer_removed", at=now, data={"name": name})
        return name

    def registered(self) -> list[OfficerInfo]:
        now = self.clock()
        with self.db.read() as session:
            rows = session.execute(
                select(Officer.name, Officer.added_at, OfficerLogin.locked_until)
                .outerjoin(OfficerLogin, OfficerLogin.name == Officer.name)
                .order_by(Officer.name)
            ).all()
        return [
            OfficerInfo(name, added, until if until and until > now else None) for name, added, until in rows
        ]

    def names(self) -> list[str]:
        """The registered officers' names, for a touchscreen to offer as buttons."""
        return [info.name for info in self.registered()]

    def require_active(self, officer: OfficerSession) -> None:
        """Refuse with 'unknown_officer' if the officer was removed since logging in."""
        with self.db.read() as session:
            if session.get(Officer, officer.officer) is None:
                raise KioskError("unknown_officer", name=officer.officer)

    def login(self, name: str, pin: str) -> OfficerSession:
        """Check name + PIN; raise 'login_failed' (never saying which part) or 'officer_locked'."""
        now = self.clock()
        try:
            key = normalise_officer_name(name)
        except KioskError:
            self._record_failure(None, now, {"reason": "malformed name"})
            raise KioskError("login_failed") from None
        with self.db.read() as session:
            until = _locked_until(session.get(OfficerLogin, key), now)
            officer = session.get(Officer, key)
            known = key if officer is not None else None
            stored = officer.pin_hash if officer is not None else _decoy_hash()
        if until is not None:  # no PIN is checked while the name is locked
            self._record_failure(known, now, {"locked": True})
            raise _locked(until, now)
        right = check_pin(pin, stored) and known is not None
        with self.db.write() as session:
            self.db.lock(session, f"login:{key}")
            throttle = session.get(OfficerLogin, key)
            locked = _locked_until(throttle, now) is not None  # by another kiosk, meanwhile
            if right and not locked:
                if throttle is not None:
                    session.delete(throttle)
                audit.append(session, self.db, self.config, "login", at=now, officer=key)
                return OfficerSession(key, self.config.kiosk.id, now)
            if throttle is None:
                throttle = OfficerLogin(name=key, failures=0, locked_until=None)
                session.add(throttle)
            if not locked:
                throttle.failures, throttle.locked_until = throttle.failures + 1, None
                if throttle.failures >= MAX_FAILURES:
                    throttle.failures, throttle.locked_until = 0, now + LOCKOUT
            audit.append(
                session,
                self.db,
                self.config,
                "login_failed",
                at=now,
                officer=known,
                data={"locked": throttle.locked_until is not None},
            )
            until = throttle.locked_until
        raise KioskError("login_failed") if until is None else _locked(until, now)

    def _record_failure(self, officer: str | None, at: datetime, data: dict[str, object]) -> None:
        with self.db.write() as session:
            audit.append(session, self.db, self.config, "login_failed", at=at, officer=officer, data=data)

    def logout(self, officer: OfficerSession, *, reason: str = "manual") -> None:
        """Record the end of an officer session: `reason` 'manual' (the button) or 'timeout' (idle)."""
        if reason not in ("manual", "timeout"):
            raise ValueError(f"unknown logout reason {reason!r}")
        self._record(officer, "logout", {"reason": reason})

    def exit_kiosk(self, officer: OfficerSession) -> None:
        """Record that the officer left the kiosk program (e.g. for maintenance)."""
        self._record(officer, "exit", {})

    def _record(self, officer: OfficerSession, action: str, data: dict[str, object]) -> None:
        with self.db.write() as session:
            audit.append(
                session, self.db, self.config, action, at=self.clock(), officer=officer.officer, data=data
            )


def _locked_until(throttle: OfficerLogin | None, now: datetime) -> datetime | None:
    """When the lockout on a name ends, if it is locked at `now`."""
    until = throttle.locked_until if throttle is not None else None
    return until if until is not None and until > now else None


def _locked(until: datetime, now: datetime) -> KioskError:
    return KioskError("officer_locked", minutes=max(1, math.ceil((until - now).total_seconds() / 60)))
