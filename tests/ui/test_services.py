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


def test_a_full_service_is_disabled_with_a_note_or_offers_a_session(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    not_booked = [{**ONE_PLACE_EACH[0], "booking": False}, ONE_PLACE_EACH[1]]
    kiosk = open_kiosk(
        make_config(services=not_booked, sessions=[{"start": "09:00", "end": "10:00", "capacity": 5}])
    )
    kiosk.desk.issue("new", make_nik(1), "BUDI")
    kiosk.desk.issue("renewal", make_nik(2), "ANI")
    kiosk.tap("register")
    kiosk.wait_for("services")
    kiosk.qtbot.waitUntil(lambda: kiosk.button("service_renewal").isEnabled())
    full = kiosk.button("service_new")
    assert not full.isEnabled()  # not booked: nothing to offer
    assert "habis" in full.detail.text()
    assert list(kiosk.window.current().buttons) == ["new", "renewal"]
    assert "Sentuh untuk pesan jadwal" in kiosk.button("service_renewal").detail.text()
    kiosk.tap("service_renewal")  # full, but booked: its refusal offers the earliest session
    kiosk.wait_for("message")
    assert kiosk.button("book_offered").isVisible()


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
    assert "Tunjukkan layar ini" in kiosk.text("printer_failed")
    assert kiosk.window.current().printer_failed.isVisible()
    assert kiosk.desk.tickets.list_day()[0].print_status == "queued"
    kiosk.qtbot.mouseClick(kiosk.window.current().number, Qt.MouseButton.LeftButton)
    kiosk.qtbot.wait(1500)  # longer than kiosk.ticket_seconds: it stays until Done (3-minute safety reset)
    assert kiosk.screen == "ticket"  # a touch while photographing the number does not lose it
    kiosk.tap("done")
    kiosk.wait_for("home")


def test_the_ticket_stays_until_done(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    """Time to read: a touch on the number (or anywhere) does not close the ticket; Done does, and the
    next visitor gets Indonesian and normal text."""
    kiosk = open_kiosk(make_config())
    kiosk.tap("language_en")
    kiosk.tap("larger_text")
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(make_nik(4))
    kiosk.tap("confirm")
    kiosk.wait_for("ticket")
    kiosk.qtbot.mouseClick(kiosk.window.current().number, Qt.MouseButton.LeftButton)
    assert kiosk.screen == "ticket"
    kiosk.tap("done")
    assert kiosk.screen == "home"
    assert kiosk.window.ctx.language == "id" and not kiosk.window.larger_text
