"""BKG1: the booking itself, signed with Ed25519 by the booking system (docs/booking-qr.md).

`BKG1.` + base64url(payload) + `.` + base64url(signature), without padding; the payload is UTF-8 JSON
with code, office, date, session_start, session_end, service, name and nik_last4. Here only the envelope
is read (a broken one cannot be verified: 'booking_forged'); kiosk/checkin.py checks the signature
against the configured public keys and only then reads the payload (SignedClaim.booking).
"""

from __future__ import annotations

import base64
import re

from kiosk.bookings import MAX_PAYLOAD_BYTES, SignedClaim
from kiosk.errors import KioskError

PREFIX = "BKG1."
_BASE64URL = re.compile(r"[A-Za-z0-9_-]+")
MAX_TOKEN_CHARS = len(PREFIX) + (MAX_PAYLOAD_BYTES * 4 + 2) // 3 + 1 + 86


def parse(text: str) -> SignedClaim | None:
    text = text.strip()
    if not text.startswith(PREFIX):
        return None
    try:
        if len(text) > MAX_TOKEN_CHARS:
            raise ValueError("too long")
        payload_text, signature_text = text.removeprefix(PREFIX).split(".")
        payload, signature = _decode(payload_text), _decode(signature_text)
        if len(signature) != 64:
            raise ValueError("not an Ed25519 signature")
    except ValueError:  # also bad base64
        raise KioskError("booking_forged") from None
    return SignedClaim(payload, signature)


def _decode(text: str) -> bytes:
    if not _BASE64URL.fullmatch(text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
