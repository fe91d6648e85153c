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
    kiosk.wait_for("name")
    kiosk.type("ANI")
    overlay = kiosk.window.overlay
    kiosk.qtbot.waitUntil(overlay.isVisible, timeout=3000)
    assert "Do you need more time?" in kiosk.texts()
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


def test_english_and_larger_text_left_on_home_reset_quietly(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    """A visitor who chose English and larger text on Home and walked away: the next one gets Indonesian
    and normal text after the idle time, with no countdown (nothing typed is lost)."""
    kiosk = open_kiosk(make_config(kiosk=QUICK))
    kiosk.tap("language_en")
    kiosk.tap("larger_text")
    kiosk.qtbot.waitUntil(lambda: kiosk.window.ctx.language == "id", timeout=3000)
    assert not kiosk.window.larger_text and not kiosk.button("larger_text").isChecked()
    assert kiosk.screen == "home" and not kiosk.window.overlay.isVisible()
