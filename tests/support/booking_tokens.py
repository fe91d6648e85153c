"""Signed booking QRs (BKG1, docs/booking-qr.md) for tests: make a key pair, sign a payload.

The kiosk itself never signs; this is the booking system's side, as the docs show it.
"""

from __future__ import annotations

import base64
import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat


def make_key() -> tuple[Ed25519PrivateKey, str]:
    """A new signing key and its public key as `booking.public_keys` takes it (base64 of the raw 32 bytes)."""
    key = Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return key, base64.b64encode(raw).decode("ascii")


def payload(**fields: str) -> dict[str, str]:
    """A booking at the test office (TGU) on the test clock's day, 09:00–10:00; `fields` override."""
    return {
        "code": "TGU-8F2K91",
        "office": "TGU",
        "date": "2026-11-30",
        "session_start": "09:00",
        "session_end": "10:00",
        "service": "new",
        "name": "Siti Aminah",
        "nik_last4": "0001",
        **fields,
    }


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def sign(key: Ed25519PrivateKey, fields: dict[str, str]) -> str:
    """The QR text: BKG1.<payload>.<signature over the exact payload bytes>."""
    data = json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return f"BKG1.{b64url(data)}.{b64url(key.sign(data))}"
