"""One picture across kiosks: two kiosk windows on one database (two engines, as two machines would
have); a number taken at one shows on the other's service screen within a couple of seconds (the change
feed tells it), and people ahead count every kiosk's tickets."""

from __future__ import annotations

import pytest

from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.ui.conftest import Kiosk, OpenKiosk
from ui.places_refresh import FALLBACK_SECONDS

SOON_MS = 2500  # far below the fallback read: only the feed can have told


def places_new(kiosk: Kiosk) -> str:
    """The numbers-left part of the detail line (before it: who the service is for; after it: the waiting
    count and estimate); empty while the screen still reads them ("Sebentar, sedang memeriksa…")."""
    parts = kiosk.button("service_new").detail.text().split(" · ")
    return next((part for part in parts if part.startswith("Sisa nomor")), "")


@pytest.mark.all_databases
def test_a_number_taken_at_one_kiosk_shows_at_the_other(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    front = open_kiosk(make_config(kiosk={"id": "front-1"}))
    side = open_kiosk(make_config(kiosk={"id": "front-2"}))
    front.tap("register")
    front.wait_for("services")
    front.qtbot.waitUntil(lambda: places_new(front) == "Sisa nomor hari ini: 100")

    side.choose_service()
    side.wait_for("nik")
    side.fill_in(make_nik(1))
    side.tap("confirm")
    side.wait_for("ticket")
    assert FALLBACK_SECONDS * 1000 > 2 * SOON_MS
    front.qtbot.waitUntil(lambda: places_new(front) == "Sisa nomor hari ini: 99", timeout=SOON_MS)

    front.tap("service_new")
    front.wait_for("nik")
    front.fill_in(make_nik(2))
    front.tap("confirm")
    front.wait_for("ticket")
    assert (front.text("ticket_number"), front.text("ticket_ahead")) == ("A002", "Di depan Anda: 1 orang")


def test_the_refresh_runs_only_while_the_service_screen_is_shown(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config())
    poll = kiosk.window.watch.places.poll
    assert not poll.timer.isActive()
    kiosk.tap("register")
    kiosk.wait_for("services")
    assert poll.timer.isActive()
    kiosk.tap("back")
    kiosk.wait_for("home")
    assert not poll.timer.isActive()
