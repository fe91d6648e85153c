"""A bare booking code ('TGU-8F2K91'), as a QR holding only the code or as typed; it is looked up in
the imported list."""

from __future__ import annotations

from kiosk.bookings import BOOKING_CODE, CodeClaim


def parse(text: str) -> CodeClaim | None:
    code = text.strip().upper()
    return CodeClaim(code) if BOOKING_CODE.fullmatch(code) else None
