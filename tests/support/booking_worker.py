"""Kiosk processes that book sessions, for the races of tests/test_session_booking.py (started through
tests/kiosk_worker.run_all, so each is its own process with its own database engine)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from multiprocessing.synchronize import Barrier

from kiosk import office_key
from kiosk.config import load_config
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.session_booking import SessionBookings
from tests.support.kiosk_worker import NOW
from tests.support.niks import make_nik


def book_at_once(config_path: str, barrier: Barrier, rounds: Sequence[tuple[str, str, int]]) -> list[str]:
    """Per round (day, session start, NIK serial), book with the other kiosks at the same moment: the
    booking code got, or the refusal's code."""
    config = load_config(config_path)
    db = Database.open(config.database.url)
    bookings = SessionBookings(config, db, office_key.load(config.kiosk.data_dir), lambda: NOW)
    outcomes = []
    for day, start, serial in rounds:
        barrier.wait()
        try:
            booked = bookings.book(
                "new", make_nik(serial), "Ani", date.fromisoformat(day), time.fromisoformat(start)
            )
            outcomes.append(booked.code)
        except KioskError as refusal:
            outcomes.append(refusal.code)
    db.dispose()
    return outcomes
