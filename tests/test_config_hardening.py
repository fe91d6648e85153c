"""Configuration values that used to validate and then break: exact types, finite bounded numbers,
full-match patterns, a database URL SQLAlchemy can open, a BOM, deep nesting, control characters;
and every default lives in kiosk/default_config.toml only."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest

from kiosk.config import ConfigError, load_config, parse_config
from tests.support.cli_run import run_kiosk

SERVICE = '[[services]]\ncode = {code}\nprefix = "A"\ndaily_quota = 5\nname_id = {name}\nname_en = "a"\n'
PRIORITY = (
    '[[services]]\ncode = "priority"\nprefix = "P"\ndaily_quota = 5\nname_id = "p"\nname_en = "p"\n'
    "walk_in = false\n"
)


def refused_key(tmp_path: Path, toml: str | bytes) -> str:
    path = tmp_path / "bad.toml"
    if isinstance(toml, bytes):
        path.write_bytes(toml)
    else:
        path.write_text(toml, "utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return info.value.key


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ("[office]\nclosed_dates = [2026-12-25T00:00:00]", "office.closed_dates"),  # a datetime
        ("[office]\nclosed_dates = [2026-12-25T00:00:00+07:00]", "office.closed_dates"),
        ('[office]\nclosed_dates = ["2026-12-25T00:00"]', "office.closed_dates"),
        ('[office]\nclosed_dates = ["٢٠٢٦-12-25"]', "office.closed_dates"),
        ("[office]\nclosed_dates = [true]", "office.closed_dates"),
        ("[printer]\ntimeout_seconds = inf", "printer.timeout_seconds"),
        ("[printer]\ntimeout_seconds = nan", "printer.timeout_seconds"),
        ("[printer]\ntimeout_seconds = 1e9", "printer.timeout_seconds"),
        ("[printer]\nretry_seconds = -inf", "printer.retry_seconds"),
        ("[database]\ncheck_seconds = nan", "database.check_seconds"),
        ("[kiosk]\nidle_seconds = true", "kiosk.idle_seconds"),
        ("[printer]\nwidth_mm = true", "printer.width_mm"),
        ('[database]\nurl = "postgresql+psycopg://kiosk@host:abc/kiosk"', "database.url"),
        ('[database]\nurl = "postgresql+psycopg://kiosk@host:99999/kiosk"', "database.url"),
        ('[database]\nurl = "postgresql+psycopg://kiosk@ho st:5432/kiosk"', "database.url"),
        ('[database]\nurl = "sqlite :///x"', "database.url"),
        (SERVICE.format(code='"new\\n"', name='"a"') + PRIORITY, "services[0].code"),
        ('[kiosk]\nid = "front-1\\n"', "kiosk.id"),
        ('[office]\ncode = "TGU\\n"', "office.code"),
        ('[office]\nopens = "07:30\\n"', "office.opens"),
        ('[office]\nname = "X\\u001b@\\u001dVAX"', "office.name"),
        ('[office]\nname = "Kantor\\nImigrasi"', "office.name"),
        ('[office]\nname = "Kantor \\u202eisargimI"', "office.name"),  # a right-to-left override
        (SERVICE.format(code='"new"', name='"Paspor\\u0007"') + PRIORITY, "services[0].name_id"),
        ('[officer]\noverride_reasons = ["Instruksi\\u001bkepala"]', "officer.override_reasons"),
        ("[office]\nname = " + "[" * 100_000 + "]" * 100_000, "--config"),
        ("[office]\nname = " + "{a = " * 40 + "1" + "}" * 40, "--config"),
    ],
)
def test_values_that_used_to_break_are_refused_naming_the_key(tmp_path: Path, toml: str, key: str) -> None:
    assert refused_key(tmp_path, toml) == key


def test_a_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "notepad.toml"
    path.write_bytes(b"\xef\xbb\xbf" + b'[office]\ncode = "JKT"\n')
    assert load_config(path).office.code == "JKT"


def test_closed_dates_as_toml_dates_and_strings_both_count(tmp_path: Path) -> None:
    path = tmp_path / "k.toml"
    path.write_text('[office]\nclosed_dates = [2026-12-25, "2026-12-26"]\n')
    assert {d.isoformat() for d in load_config(path).office.closed_dates} == {"2026-12-25", "2026-12-26"}


def test_a_config_too_large_is_refused(tmp_path: Path) -> None:
    assert refused_key(tmp_path, "# " + "x" * 2_000_000 + "\n") == "--config"


def test_deep_nesting_exits_2_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text("a = " + "[" * 100_000 + "]" * 100_000 + "\n")
    run = run_kiosk("tickets", "list", "--config", str(path))
    assert run.code == 2 and "Traceback" not in run.text and "--config" in run.err


def test_every_default_is_in_the_default_file_only() -> None:
    """Each key of default_config.toml is required by the code: without the file's value it is refused,
    so no second default hides in kiosk/config.py."""
    defaults = tomllib.loads(resources.files("kiosk").joinpath("default_config.toml").read_text("utf-8"))
    parse_config(defaults)
    for section, table in defaults.items():
        if not isinstance(table, dict):
            continue
        for key in table:
            without = {**defaults, section: {k: v for k, v in table.items() if k != key}}
            with pytest.raises(ConfigError) as info:
                parse_config(without)
            assert info.value.key == f"{section}.{key}"
