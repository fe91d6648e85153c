"""Valid, made-up NIKs for tests (province 32, Bandung regency)."""

from __future__ import annotations


def make_nik(serial: int, *, female: bool = False, born: str = "150890") -> str:
    """A structurally valid NIK; `born` is DDMMYY, `serial` 1..9999 makes it unique."""
    day = int(born[:2]) + (40 if female else 0)
    return f"320101{day:02d}{born[2:]}{serial:04d}"
