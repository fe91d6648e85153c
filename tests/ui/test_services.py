"""Service choice, what to bring, the ticket screen's timeout and a printer that does not print."""

from __future__ import annotations

import socket

from PySide6.QtCore import Qt

from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.ui.conftest import OpenKiosk

ONE_PLACE_EACH = [
    {"code": "new", "prefix": "A", "daily_quota": 1, "name_id": "Paspor Baru", "name_en": "New passport"},
    {
        "code": "renewal",
        "prefix": "B",
        "daily_quota": 1,
        "name_id": "Penggantian Paspor",
        "name_en": "Passport replacement",
    },
    {
        "code": "priority",
        "prefix": "P",
        "daily_quota": 5,
        "name_id": "Layanan Prioritas",
        "name_en": "Priority lane",
        "walk_in": False,
    },
]


def test_only_walk_in_services_are_offered_with_places_left(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.tap("register")
    kiosk.wait_for("services")
    kiosk.qtbot.waitUntil(lambda: kiosk.button("service_new").isEnabled())
    services = kiosk.window.current().buttons
    assert list(services) == ["new", "renewal", "lost-damaged"]
    assert "priority" not in services and "Prioritas" not in kiosk.texts()
    assert "Sisa nomor hari ini: 100" in services["new"].detail.text()
    assert "Sisa nomor hari ini: 30" in services["lost-damaged"].detail.text()


def test_a_full_service_is_disabled_with_a_note(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config(services=ONE_PLACE_EACH))
    kiosk.desk.issue("new", make_nik(1), "BUDI")
    kiosk.tap("register")
    kiosk.wait_for("services")
    kiosk.qtbot.waitUntil(lambda: kiosk.button("service_renewal").isEnabled())
    full = kiosk.button("service_new")
    assert not full.isEnabled()
    assert "habis" in full.detail.text()
    assert list(kiosk.window.current().buttons) == ["new", "renewal"]


def test_lost_or_damaged_lists_what_to_bring(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    config = make_config()
    kiosk = open_kiosk(config)
    kiosk.choose_service("lost-damaged")
    kiosk.wait_for("bring")
    listed = kiosk.text("bring_items")
    for item in config.service("lost-damaged").bring("id"):
        assert item in listed
    assert "KTP" in listed and "kepolisian" in listed
    kiosk.tap("next")
    kiosk.wait_for("nik")
    kiosk.tap("back")
    kiosk.wait_for("bring")
    kiosk.tap("back")
    kiosk.wait_for("services")


def _closed_port() -> int:
    with socket.create_server(("127.0.0.1", 0)) as server:
        return server.getsockname()[1]


def test_a_printer_failure_tells_the_visitor_what_to_do(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    config = make_config(
        printer={"type": "network", "host": "127.0.0.1", "port": _closed_port(), "timeout_seconds": 1},
        kiosk={"ticket_seconds": 1},
    )
    kiosk = open_kiosk(config)
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(make_nik(3))
    kiosk.tap("confirm")
    kiosk.wait_for("ticket")
    assert kiosk.text("ticket_number") == "A001"
    assert "foto" in kiosk.text("printer_failed") and kiosk.window.current().printer_failed.isVisible()
    assert kiosk.desk.tickets.list_day()[0].print_status == "queued"
    kiosk.qtbot.mouseClick(kiosk.window.current().number, Qt.MouseButton.LeftButton)
    assert kiosk.screen == "ticket"  # a touch while photographing the number does not lose it
    kiosk.wait_for("home")  # after kiosk.ticket_seconds


def test_the_ticket_goes_home_on_a_tap_anywhere(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(make_nik(4))
    kiosk.tap("confirm")
    kiosk.wait_for("ticket")
    kiosk.qtbot.mouseClick(kiosk.window.current().number, Qt.MouseButton.LeftButton)
    assert kiosk.screen == "home"
