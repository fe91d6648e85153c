"""Configuration: embedded defaults, overrides, and errors that name the key (exit 2, no traceback)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config


def test_embedded_defaults_need_no_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    config = load_config()
    assert config.office.code == "TGU"
    assert config.office.name == "Kantor Imigrasi Kelas II TPI Tanjung Uban"
    assert config.printer.type == "preview"
    assert config.database.url.startswith("sqlite:///") and config.database.url.endswith("kiosk.db")
    assert [s.code for s in config.services] == ["new", "renewal", "lost-damaged", "priority"]
    assert [s.prefix for s in config.services] == ["A", "B", "C", "P"]
    assert "priority" not in [s.code for s in config.walk_in_services]
    assert config.service("lost-damaged").bring("id")


def test_file_overrides_key_by_key(tmp_path: Path) -> None:
    path = tmp_path / "k.toml"
    path.write_text('[office]\ncode = "JKT"\n[printer]\nwidth_mm = 58\n[kiosk]\nid = "front-2"\n')
    config = load_config(path)
    assert (config.office.code, config.office.name) == ("JKT", "Kantor Imigrasi Kelas II TPI Tanjung Uban")
    assert config.printer.width_mm == 58 and config.kiosk.id == "front-2"


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ("[printer]\nwidth_mm = 70", "printer.width_mm"),
        ('[printer]\ntype = "laser"', "printer.type"),
        ('[printer]\ntype = "network"', "printer.host"),
        ("[office]\nopen_days = [0, 8]", "office.open_days"),
        ('[office]\nopens = "7.30"', "office.opens"),
        ('[office]\ntimezone = "Mars/Olympus"', "office.timezone"),
        ('[office]\nclosed_dates = ["25-12-2026"]', "office.closed_dates"),
        ('[kiosk]\ncolour = "red"', "kiosk.colour"),
        ('[kiosk]\nidle_seconds = "60"', "kiosk.idle_seconds"),
        ('[database]\nurl = "mysql://x"', "database.url"),
        (
            '[[services]]\ncode = "new"\nprefix = "AA"\ndaily_quota = 5\nname_id = "a"\nname_en = "a"',
            "services[0].prefix",
        ),
        ('[[services]]\ncode = "new"\nprefix = "A"\nname_id = "a"\nname_en = "a"', "services[0].daily_quota"),
        ("[extra]\nx = 1", "extra"),
        (
            '[[services]]\ncode = "new"\nprefix = "A"\ndaily_quota = 5\nname_id = "a"\nname_en = "a"',
            "services",
        ),
    ],
)
def test_bad_key_or_value_is_named(tmp_path: Path, toml: str, key: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.key == key


def test_cli_config_error_exits_2_without_traceback(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text("[printer]\nwidth_mm = 70\n")
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "tickets", "list", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "printer.width_mm" in result.stderr and "58" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_missing_file_and_bad_toml_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "broken.toml"
    bad.write_text("[office\n")
    for path in (tmp_path / "missing.toml", bad):
        result = subprocess.run(
            [sys.executable, "-m", "ui.launcher", "tickets", "list", "--config", str(path)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 2 and "Traceback" not in result.stderr, result.stderr
