"""Call an officer: on every visitor screen; the kiosk says an officer is coming and how long ago it asked;
the request reaches officer mode (through the core and the change feed) where an officer clears it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from kiosk import change_feed, help_requests
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.ui.conftest import Kiosk, OpenKiosk
from tests.ui.test_officer_login import log_in
from ui.visitor_aids import VisitorAids

VISITOR_SCREENS = ("home", "services", "bring", "nik", "name", "phone", "confirm", "ticket", "message")


def _status(kiosk: Kiosk) -> QLabel:
    return kiosk.window.findChild(QLabel, "help_status")


def _refresh(kiosk: Kiosk) -> None:
    """Ask the core now, instead of waiting for the kiosk's next poll."""
    kiosk.window.findChild(VisitorAids).help.refresh()


def test_the_call_button_is_on_every_visitor_screen_only(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config())
    window, flow = kiosk.window, kiosk.window.flow
    for name in (*VISITOR_SCREENS, "scan", "code"):
        window.show_screen(flow.steps_by_name[name])
        assert kiosk.button("call_officer").isVisible(), name
    window.show_screen(window.watch.out_of_service)  # it sends visitors to the officer itself
    assert not window.findChild(QWidget, "visitor_bar").isVisible()


def test_a_call_reaches_the_officer_who_clears_it(
    make_config: MakeConfig, open_kiosk: OpenKiosk, clock: FixedClock
) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.tap("call_officer")
    kiosk.qtbot.waitUntil(_status(kiosk).isVisible)
    assert _status(kiosk).text() == "Petugas segera datang.\nDipanggil baru saja."
    assert not kiosk.button("call_officer").isVisible()  # asked: the strip says so instead
    assert kiosk.screen == "nik"  # the visitor stays where they were
    db, config = kiosk.desk.tickets.db, kiosk.desk.config
    with db.read() as session:
        [entry] = [e for e in change_feed.since(session, config.office.code, 0) if e.kind == "help"]
    assert entry.data["screen"] == "nik" and entry.data["state"] == "asked"

    clock.now += timedelta(minutes=3)
    _refresh(kiosk)
    kiosk.qtbot.waitUntil(lambda: "3 menit lalu" in _status(kiosk).text())

    log_in(kiosk)
    alert = kiosk.window.findChild(QWidget, "help_alert")
    kiosk.qtbot.waitUntil(alert.isVisible)
    assert alert.findChild(QLabel, "help_alert_text").text() == "Pengunjung minta bantuan: Kios 1 (3 menit)"
    kiosk.qtbot.mouseClick(alert.findChild(QPushButton, "help_done"), Qt.MouseButton.LeftButton)
    kiosk.qtbot.waitUntil(lambda: not alert.isVisible())
    assert help_requests.open_requests(db, config) == []
    kiosk.tap("logout")
    kiosk.wait_for("home")
    _refresh(kiosk)
    kiosk.qtbot.waitUntil(lambda: kiosk.button("call_officer").isVisible())
    assert not _status(kiosk).isVisible()
