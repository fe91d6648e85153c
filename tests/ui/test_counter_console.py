"""The counter console on a real database, driven by keys and clicks: PIN login with the kiosk's officers
(a wrong PIN counts), F1-F4, the no-show offer after the recalls, transfer, auto sign-out, and following
another counter within a second."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from kiosk.calling import CallingService
from kiosk.config import Config
from kiosk.db import Database
from kiosk.officers import Officers
from kiosk.tickets import TicketService
from tests.support.calling_support import Issuer, counters_config
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.kiosk_cli import kiosk
from ui.counter.window import CounterWindow, build_counter_window

PIN = "482913"


@pytest.fixture
def config(make_config: MakeConfig) -> Config:
    return counters_config(make_config, ["new", "renewal", "priority"], ["new", "renewal", "priority"])


@pytest.fixture
def window(
    qtbot: QtBot, qm_dir: Path, config: Config, db_for: Callable[[Config], Database], clock: FixedClock
) -> Iterator[CounterWindow]:
    db = db_for(config)
    Officers(config, db, clock).add("Siti", PIN)
    issue = Issuer(TicketService(config, db, clock), clock)
    for service in ("new", "new", "renewal", "priority"):
        issue(service)
    console = build_counter_window(config, db, 1, clock=clock, qm_dir=qm_dir)
    qtbot.addWidget(console)
    console.resize(1366, 768)
    console.show()
    yield console
    console.close()


def log_in(qtbot: QtBot, window: CounterWindow, pin: str = PIN) -> None:
    qtbot.waitUntil(lambda: bool(window.login.names.buttons()))
    window.login.names.buttons()[0].click()
    window.login.set_value(pin)
    window.login.next_button.click()


def press(qtbot: QtBot, window: CounterWindow, key: Qt.Key) -> None:
    qtbot.waitUntil(lambda: not window.console.busy)
    qtbot.keyClick(window, key)
    qtbot.waitUntil(lambda: not window.console.busy)


def shown(window: CounterWindow) -> str:
    return window.console.number.text() if window.console.number.isVisible() else ""


def test_pin_login_then_the_four_keys(qtbot: QtBot, window: CounterWindow, config: Config) -> None:
    log_in(qtbot, window, "999999")
    qtbot.waitUntil(lambda: window.login.error is not None)
    assert window.login.error.code == "login_failed"  # type: ignore[union-attr]
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.console)
    assert window.console.heading.text() == "Loket 1 · SITI"
    assert window.calling.overview().counter(1).open
    assert window.console.caption.text() == "Belum ada nomor yang dipanggil. Tekan Berikutnya [F1]."

    press(qtbot, window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: shown(window) == "P001")
    assert "Lansia" in window.console.details.text() and window.console.service.text() == "Layanan Prioritas"
    assert window.console.upcoming.text().split() == ["A001", "A002", "B001"]
    for recalls in (1, 2, 3):
        press(qtbot, window, Qt.Key.Key_F2)
        qtbot.waitUntil(lambda r=recalls: f"Dipanggil ulang {r}×" in window.console.details.text())
    assert "Tandai tidak hadir [F4]" in window.console.note.text() and window.console.note.isVisible()
    press(qtbot, window, Qt.Key.Key_F4)
    qtbot.waitUntil(lambda: shown(window) == "")
    assert "1 tidak hadir" in window.console.today.text()
    press(qtbot, window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: shown(window) == "A001")
    press(qtbot, window, Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: "1 dilayani" in window.console.today.text())
    for expected in ("A002", "B001", ""):
        press(qtbot, window, Qt.Key.Key_F1)
        qtbot.waitUntil(lambda e=expected: shown(window) == e)
    assert window.console.message is not None and window.console.message.code == "queue_empty"
    assert "Belum ada nomor yang menunggu" in window.console.note.text()


def test_transfer_sends_the_ticket_to_another_line(qtbot: QtBot, window: CounterWindow) -> None:
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.console)
    window.act("next")
    qtbot.waitUntil(lambda: shown(window) == "P001")
    window.console.transfer_button.click()
    assert not window.console.transfer_buttons["priority"].isVisible()
    window.console.transfer_buttons["new"].click()
    qtbot.waitUntil(lambda: shown(window) == "")
    # At its place in time in its new line: issued after A001, A002 and B001, now a regular ticket.
    assert window.console.upcoming.text().split() == ["A001", "A002", "B001", "P001"]
    [moved] = [t for t in window.calling.tickets.list_day() if t.label == "P001"]
    assert (moved.status, moved.queue_service) == ("waiting", "new")


def test_follows_another_counter_within_a_second(
    qtbot: QtBot,
    window: CounterWindow,
    config: Config,
    db_for: Callable[[Config], Database],
    clock: FixedClock,
) -> None:
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.console)
    assert window.console.upcoming.text().split()[0] == "P001"
    other = CallingService(config, db_for(config), clock)  # counter 2's PC: its own engine
    other.next(2)
    qtbot.waitUntil(lambda: window.console.upcoming.text().split()[0] == "A001", timeout=1000)


def test_idle_console_signs_the_officer_out(qtbot: QtBot, window: CounterWindow) -> None:
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.console)
    window.idle.timer.setInterval(200)
    window.idle.watch(True)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.login, timeout=3000)
    qtbot.waitUntil(lambda: not window.calling.overview().counter(1).open)


def test_an_unknown_counter_is_refused_before_any_window(config: Config) -> None:
    result = kiosk(config, "counter", "--counter", "9")
    assert result.returncode == 1 and result.stderr.startswith("unknown_counter: Loket 9")


def test_the_officer_narrows_the_counter_for_today(qtbot: QtBot, window: CounterWindow) -> None:
    log_in(qtbot, window)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.console)
    window.console.services_button.click()
    toggles = window.console.service_toggles
    assert all(t.isVisible() and t.isChecked() for t in toggles.values())
    toggles["new"].click()
    qtbot.waitUntil(lambda: window.calling.overview().counter(1).services == ("renewal", "priority"))
    qtbot.waitUntil(lambda: window.console.upcoming.text().split() == ["P001", "B001"])
    for code in ("renewal", "priority"):  # each click once the console shows what the last one did
        toggles[code].click()
        qtbot.waitUntil(
            lambda: not window.console.busy and window.console.view.counter.services == ("priority",)
        )
    assert toggles["priority"].isChecked()  # the last one stays: a counter serves at least one service
    assert window.calling.overview().counter(1).services == ("priority",)
