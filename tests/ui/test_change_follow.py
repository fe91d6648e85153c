"""Screens follow the office through the change feed (ui/change_watch.py), not their own slow polls: what
another machine does (its own Database handle on the same SQLite file) shows within a couple of seconds
on the officer's help alert and on Home's "Now serving" line, and the window's watch ends with it."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QWidget

from kiosk import help_requests
from kiosk.calling import CallingService
from kiosk.config import Config
from kiosk.db import Database
from kiosk.tickets import TicketService
from tests.support.calling_support import Issuer, counters_config
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.ui.conftest import OpenKiosk
from tests.ui.test_officer_login import log_in
from ui.change_watch import ChangeWatch
from ui.officer.help_alert import REDRAW_SECONDS
from ui.serving_now import FALLBACK_SECONDS

SOON_MS = 2500  # a couple of seconds: far below the fallback reads, so only the feed can have told


def test_a_help_request_at_another_kiosk_shows_on_the_officer_alert(
    make_config: MakeConfig,
    open_kiosk: OpenKiosk,
    db_for: Callable[[Config], Database],
    clock: FixedClock,
) -> None:
    assert REDRAW_SECONDS * 1000 > 2 * SOON_MS
    kiosk = open_kiosk(make_config(kiosk={"id": "front-1"}))
    log_in(kiosk)
    alert = kiosk.window.findChild(QWidget, "help_alert")
    kiosk.window.settle()  # the alert's first read (nobody asked yet) is done
    assert not alert.isVisible()

    other = make_config(kiosk={"id": "front-2", "display_name": "Kios 2"})
    help_requests.ask(db_for(other), other, "home", clock())
    kiosk.qtbot.waitUntil(alert.isVisible, timeout=SOON_MS)
    assert "Kios 2" in alert.findChild(QLabel, "help_alert_text").text()


def test_a_call_at_another_counter_shows_on_home(
    make_config: MakeConfig,
    open_kiosk: OpenKiosk,
    db_for: Callable[[Config], Database],
    clock: FixedClock,
) -> None:
    assert FALLBACK_SECONDS * 1000 > 2 * SOON_MS
    config = counters_config(make_config)
    kiosk = open_kiosk(config)
    kiosk.window.settle()
    serving = kiosk.window.flow.home.serving
    assert not serving.isVisible()

    counter_pc = db_for(config)  # counter 1's PC: its own engine on the same file
    Issuer(TicketService(config, counter_pc, clock), clock)("new")
    calling = CallingService(config, counter_pc, clock)
    calling.sign_in(1, "BUDI")
    calling.next(1, "BUDI")
    kiosk.qtbot.waitUntil(lambda: serving.isVisible() and "A001" in serving.text(), timeout=SOON_MS)
    assert serving.text() == "Sedang dilayani: A001 (Loket 1)"


def test_the_window_watch_stops_as_the_window_closes(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config())
    [watch] = kiosk.window.findChildren(ChangeWatch)
    thread = watch._thread
    assert thread is not None and thread.is_alive()
    kiosk.window.close()  # refused: a kiosk stays open for visitors, and so does its feed
    assert thread.is_alive()
    kiosk.window.allow_exit()
    kiosk.window.close()
    assert not thread.is_alive()


def test_followers_hear_on_the_gui_thread(
    make_config: MakeConfig, open_kiosk: OpenKiosk, db_for: Callable[[Config], Database], clock: FixedClock
) -> None:
    kiosk = open_kiosk(make_config())
    [watch] = kiosk.window.findChildren(ChangeWatch)
    heard: list[tuple[list[str], threading.Thread]] = []
    watch.follow(
        ("help",), lambda entries: heard.append(([e.kind for e in entries], threading.current_thread()))
    )
    other = make_config(kiosk={"id": "front-2"})
    help_requests.ask(db_for(other), other, "home", clock())
    kiosk.qtbot.waitUntil(lambda: any(kinds == ["help"] for kinds, _ in heard), timeout=SOON_MS)
    assert all(thread is threading.main_thread() for _, thread in heard)
