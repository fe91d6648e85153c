"""The office's own Ed25519 key, which signs the BKG1 QR of every slip the kiosk prints.

It lives in `<data_dir>/keys/`: `office.key` (the private key, PKCS#8 PEM, owner-only 0600 in an
owner-only folder; never logged, never in the database, so never in a database backup) and `office.pub`
(the public key, base64 of the raw 32 bytes, as `booking.public_keys` takes it). Check-in trusts that
public key, and those of keys retired by a rotation (`retired-<time>.pub`), without listing them.
Every public key that signs a slip is also published in the database (`kiosk_meta`,
`signing_key:<fingerprint>`, in the booking's own transaction), so every kiosk on that database trusts every
other kiosk's slips without copying a file; a private key never enters the database (docs/booking-qr.md).
"""

from __future__ import annotations

import base64
import hashlib
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
    load_pem_private_key,
)
from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kiosk.models import Meta

PRIVATE, PUBLIC = "office.key", "office.pub"
META_PREFIX = "signing_key:"  # kiosk_meta key of a published public key, then its fingerprint


def key_dir(data_dir: Path) -> Path:
    return data_dir / "keys"


def fingerprint(public: bytes) -> str:
    """A short name for a public key, to compare kiosks: the first 16 hex digits of its SHA-256."""
    return hashlib.sha256(public).hexdigest()[:16]


@dataclass(frozen=True)
class OfficeKey:
    """The private key that signs slips, and its public half."""

    private: Ed25519PrivateKey
    public: bytes  # raw 32 bytes

    @property
    def public_b64(self) -> str:
        return base64.b64encode(self.public).decode("ascii")

    def sign(self, payload: bytes) -> bytes:
        return self.private.sign(payload)


def _write_private(path: Path, key: Ed25519PrivateKey) -> None:
    """Write the key readable by its owner only, created with mode 0600 (never briefly wider)."""
    pem = key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption())
    temp = path.with_name(path.name + ".new")
    temp.unlink(missing_ok=True)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as out:
        out.write(pem)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, path)


def create(data_dir: Path, *, rotate: bool = False) -> tuple[OfficeKey, bool]:
    """The office key, made if there is none; `rotate` retires the current one (its public half stays
    trusted for check-in) and makes a new one. Returns the key and whether it is new."""
    folder = key_dir(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    os.chmod(folder, 0o700)
    private, public = folder / PRIVATE, folder / PUBLIC
    if private.exists() and not rotate:
        return load(data_dir), False
    if private.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        os.replace(public, folder / f"retired-{stamp}.pub")
        private.unlink()
    key = Ed25519PrivateKey.generate()
    _write_private(private, key)
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    public.write_text(base64.b64encode(raw).decode("ascii") + "\n", "ascii")
    return OfficeKey(key, raw), True


def load(data_dir: Path) -> OfficeKey:
    """The office key; FileNotFoundError if `kiosk keys init` has not made it."""
    key = load_pem_private_key((key_dir(data_dir) / PRIVATE).read_bytes(), None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError("the office key is not an Ed25519 key")
    return OfficeKey(key, key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def trusted_keys(data_dir: Path) -> tuple[bytes, ...]:
    """The office's current and retired public keys (none before the first key is made)."""
    folder = key_dir(data_dir)
    try:
        files = sorted(p for p in folder.iterdir() if p.suffix == ".pub")
        stamps = tuple((p, p.stat().st_mtime_ns) for p in files)
    except OSError:
        return ()
    return _read_keys(stamps)


@cache
def _read_keys(files: tuple[tuple[Path, int], ...]) -> tuple[bytes, ...]:
    """The keys in `files` (cached per file and modification time); a damaged file is skipped."""
    keys = []
    for path, _ in files:
        try:
            raw = base64.b64decode(path.read_text("ascii").strip(), validate=True)
        except (OSError, ValueError):
            continue
        if len(raw) == 32:
            keys.append(raw)
    return tuple(keys)


def publish(session: Session, key: OfficeKey) -> None:
    """Publish the public key in the caller's write transaction (once; kiosks racing to do it are fine)."""
    insert = sqlite_insert if session.get_bind().dialect.name == "sqlite" else pg_insert
    session.execute(
        insert(Meta)
        .values(key=META_PREFIX + fingerprint(key.public), value=key.public_b64)
        .on_conflict_do_nothing()
    )


def published_keys(session: Session) -> tuple[bytes, ...]:
    """The public keys published in the database by the kiosks that signed slips."""
    rows = session.scalars(select(Meta.value).where(Meta.key.startswith(META_PREFIX))).all()
    keys = []
    for value in rows:  # a damaged row is skipped, never a reason to refuse every slip
        try:
            raw = base64.b64decode(value, validate=True)
        except ValueError:
            continue
        if len(raw) == 32:
            keys.append(raw)
    return tuple(keys)


def forget(session: Session, data_dir: Path, fingerprint_: str) -> bool:
    """Stop trusting a retired key: its published row and its retired-*.pub file. The current key cannot
    be forgotten (rotate it first). Returns whether anything was removed."""
    try:
        if fingerprint(load(data_dir).public) == fingerprint_:
            raise ValueError("this is the current office key; rotate it first (kiosk keys init --rotate)")
    except FileNotFoundError:
        pass
    removed = session.execute(delete(Meta).where(Meta.key == META_PREFIX + fingerprint_)).rowcount > 0
    for path in key_dir(data_dir).glob("retired-*.pub"):
        raw = _read_keys(((path, path.stat().st_mtime_ns),))
        if raw and fingerprint(raw[0]) == fingerprint_:
            path.unlink()
            removed = True
    return removed
