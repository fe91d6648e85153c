"""BKG1: the booking itself, signed with Ed25519 by the booking system (docs/booking-qr.md).

`BKG1.` + base64url(payload) + `.` + base64url(signature), without padding; the payload is UTF-8 JSON
with code, office, date, session_start, session_end, service, name and nik_last4. The signature is
checked by kiosk/checkin.py against the configured public keys.
"""

from __future__ import annotations

import base64
import json
import re
from dataclasses import replace

from kiosk.bookings import SignedClaim, read_booking
from kiosk.errors import KioskError
from kiosk.reports import CATEGORIES

PREFIX = "BKG1."
_BASE64URL = re.compile(r"[A-Za-z0-9_-]+")


def parse(text: str) -> SignedClaim | None:
    text = text.strip()
    if not text.startswith(PREFIX):
        return None
    try:
        payload_text, signature_text = text.removeprefix(PREFIX).split(".")
        payload, signature = _decode(payload_text), _decode(signature_text)
        fields = json.loads(payload.decode("utf-8"))
        if not isinstance(fields, dict) or len(signature) != 64:
            raise ValueError
        booking = read_booking(fields)
        category = fields.get("category")
        if category is not None:
            if category not in CATEGORIES:
                raise ValueError("unknown category")
            booking = replace(booking, category=category)
    except ValueError:  # also bad base64, JSON or UTF-8, and a FieldError
        raise KioskError("booking_forged") from None
    return SignedClaim(booking, payload, signature)


def _decode(text: str) -> bytes:
    if not _BASE64URL.fullmatch(text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
