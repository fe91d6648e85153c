"""Language: Bahasa Indonesia by default (kiosk.language), English on a tap, every text follows."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from kiosk.errors import KioskError
from kiosk.nik import validate_nik
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.ui.conftest import LUPDATE, TS_FILE, OpenKiosk
from ui.translation import QM_DIR


def test_the_toggle_switches_every_visible_text(
    make_config: MakeConfig, open_kiosk: OpenKiosk, clock: FixedClock
) -> None:
    kiosk = open_kiosk(make_config())
    assert "Daftar tanpa aplikasi" in kiosk.texts()
    kiosk.tap("language_en")
    assert "Register without the app" in kiosk.texts() and "Daftar" not in kiosk.texts()
    kiosk.tap("register")
    kiosk.wait_for("services")
    kiosk.qtbot.waitUntil(lambda: "Places left today: 100" in kiosk.texts())
    assert "New passport" in kiosk.texts()
    kiosk.tap("service_new")
    kiosk.wait_for("nik")
    kiosk.type("12")
    kiosk.tap("next")
    with pytest.raises(KioskError) as short:
        validate_nik("12", clock().date())
    assert kiosk.text("error") == short.value.message("en")
    assert "Type your NIK (16 digits)" in kiosk.texts()
    kiosk.tap("back")
    kiosk.tap("back")
    kiosk.wait_for("home")
    kiosk.tap("language_id")
    assert "Daftar tanpa aplikasi" in kiosk.texts() and "Register" not in kiosk.texts()


def test_english_by_config_and_a_refusal_in_english(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config(kiosk={"language": "en"}))
    nik = make_nik(1)
    first = kiosk.desk.issue("new", nik, "BUDI")
    assert "I have a booking code" in kiosk.texts()
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(nik)
    kiosk.tap("confirm")
    kiosk.wait_for("message")
    assert kiosk.text("message") == KioskError("duplicate_nik", number=first.label).message("en")
    assert "Back to start" in kiosk.texts()


def test_without_the_compiled_translation_the_kiosk_runs_in_english(
    make_config: MakeConfig, open_kiosk: OpenKiosk, tmp_path: Path
) -> None:
    kiosk = open_kiosk(make_config(), translations=tmp_path)  # no .qm there
    assert "Register without the app" in kiosk.texts()
    kiosk.tap("language_en")
    kiosk.tap("language_id")
    kiosk.tap("register")
    kiosk.wait_for("services")
    assert "Paspor Baru" in kiosk.texts()  # config texts still follow the language choice
    kiosk.tap("back")
    kiosk.tap("language_en")
    kiosk.tap("register")
    assert "New passport" in kiosk.texts()


def test_the_translation_file_is_current_and_complete(tmp_path: Path) -> None:
    """kiosk_id.ts holds every source string the screens use, each translated."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in QM_DIR.parent.rglob("*.py"))
    subprocess.run([str(LUPDATE), *sources, "-ts", str(fresh)], check=True, capture_output=True)
    wanted = set(re.findall(r"<source>(.*?)</source>", fresh.read_text("utf-8"), re.S))
    kept = TS_FILE.read_text("utf-8")
    assert wanted == set(re.findall(r"<source>(.*?)</source>", kept, re.S))
    assert 'type="unfinished"' not in kept and "<translation></translation>" not in kept
