"""Booking QR formats. Each module has `parse(text) -> BookingClaim | None`: None when the text is not in
its format, KioskError('booking_forged') when it is but is broken. A new format (the national app's,
once it is published) is one new module added to PARSERS.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.booking_formats import plain_code, signed_v1
from kiosk.bookings import BookingClaim

PARSERS: list[Callable[[str], BookingClaim | None]] = [signed_v1.parse, plain_code.parse]


def parse_claim(text: str) -> BookingClaim | None:
    """What `text` (a scanned QR, a typed code) claims about a booking; None if it is no booking."""
    for parse in PARSERS:
        claim = parse(text)
        if claim is not None:
            return claim
    return None
