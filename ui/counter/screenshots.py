"""The counter console's screenshots (docs/screens 80-84, at 1366×768), taken by ui/screenshots.py after
the kiosk's own, on a made-up morning at the office."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from kiosk.calling import CallingService
from kiosk.config import load_config
from kiosk.db import Database
from kiosk.officers import Officers
from kiosk.tickets import BookingRef, TicketService
from ui.counter.window import SIZE, CounterWindow, build_counter_window

OFFICER, PIN = "SITI RAHAYU", "482913"


class Clock:
    """09:00 WIB, moved on by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def settle(window: CounterWindow) -> None:
    """Let background reads and writes finish and their answers be shown."""
    for _ in range(4):
        window.pool.waitForDone()
        QCoreApplication.processEvents()


def _morning(db: Database, folder: Path, clock: Clock) -> None:
    """Fifteen walk-ins, a booking and two priority-lane visitors; counter 2, narrowed to new passports, has
    served five of them already."""
    config = load_config(folder / "kiosk.toml")
    tickets = TicketService(config, db, clock)
    serial = 0

    def nik() -> str:
        nonlocal serial
        serial += 1
        return f"3201011508900{serial:03d}"

    services = [
        "new",
        "new",
        "renewal",
        "new",
        "new",
        "lost-damaged",
        "new",
        "renewal",
        "new",
        "new",
        "renewal",
    ]
    for service in services + ["new"] * 4:
        clock.now += timedelta(minutes=2)
        tickets.issue(service, nik(), "ANI")
    booking = BookingRef("TGU-8F2K91", time(9, 30), time(10, 0), None, "0001")
    tickets.issue("new", None, "SITI AMINAH", source="booking", booking=booking)
    for category in ("elderly", "pregnancy"):
        tickets.issue("priority", nik(), "OMA", source="assisted", category=category, officer=OFFICER)
    calling = CallingService(config, db, clock)
    calling.sign_in(2, "BUDI", ["new"])
    for minutes in (5, 7, 6, 4, 8):
        calling.next(2)
        clock.now += timedelta(minutes=minutes)
        calling.finish(2)


def counter_shots(out: Path, save: Callable[[QWidget, Path], None]) -> list[Path]:
    """Save one PNG per console state into `out` with `save`; returns the files written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "kiosk.toml").write_text(f'[kiosk]\ndata_dir = "{(folder / "data").as_posix()}"\n', "utf-8")
        config = load_config(folder / "kiosk.toml")
        db = Database.open(config.database.url, config.office.timezone)
        clock = Clock()
        Officers(config, db, clock).add(OFFICER, PIN)
        _morning(db, folder, clock)
        window = build_counter_window(config, db, 1, clock=clock)
        window.resize(*SIZE)
        window.show()

        def shot(name: str, step: Callable[[], object] | None = None) -> None:
            if step is not None:
                step()
            settle(window)
            written.append(out / f"{name}.png")
            save(window, written[-1])

        settle(window)
        window.login._choose(OFFICER)
        shot("80-counter-login", lambda: window.login.set_value(PIN))
        shot("81-counter-signed-in", lambda: window.login.submit())
        shot("82-counter-serving", lambda: window.act("next"))
        for _ in range(3):
            window.act("recall")
            settle(window)
        shot("83-counter-offer-no-show")
        window.act("no_show")
        settle(window)
        window._switch_language()
        shot("84-counter-serving-english", lambda: window.act("next"))
        window.close()
        db.dispose()
    return written
