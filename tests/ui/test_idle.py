"""Idle reset: a countdown overlay after kiosk.idle_seconds, then everything typed is gone."""

from __future__ import annotations

from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.ui.conftest import OpenKiosk

QUICK = {"idle_seconds": 1, "countdown_seconds": 1}


def test_idle_clears_what_was_typed_and_returns_home(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config(kiosk=QUICK))
    kiosk.tap("language_en")
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.type(make_nik(1))
    kiosk.tap("next")
    kiosk.wait_for("name")
    kiosk.type("ANI")
    overlay = kiosk.window.overlay
    kiosk.qtbot.waitUntil(overlay.isVisible, timeout=3000)
    assert "Still there" in kiosk.texts() or "still there" in kiosk.texts()
    assert kiosk.text("idle_seconds") == "1"
    kiosk.wait_for("home", timeout=3000)
    assert not overlay.isVisible()
    assert kiosk.window.ctx.language == "id"  # the next visitor starts in the default language
    kiosk.choose_service()
    kiosk.wait_for("nik")
    assert kiosk.text("display") == "____ ____ ____ ____"
    kiosk.tap("back")
    kiosk.tap("back")
    kiosk.wait_for("home")
    assert kiosk.window.flow.name.value == ""


def test_continue_keeps_what_was_typed(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config(kiosk={"idle_seconds": 1, "countdown_seconds": 5}))
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.type("3201")
    kiosk.qtbot.waitUntil(kiosk.window.overlay.isVisible, timeout=3000)
    kiosk.tap("continue")
    assert not kiosk.window.overlay.isVisible()
    assert kiosk.screen == "nik" and kiosk.text("display") == "3201 ____ ____ ____"


def test_home_never_times_out(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config(kiosk=QUICK))
    kiosk.qtbot.wait(1300)
    assert not kiosk.window.overlay.isVisible()
