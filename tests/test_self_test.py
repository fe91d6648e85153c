"""`kiosk self-test`: every check passes on a good installation, each failure is named, a live queue is
left alone. Real SQLite files, the real preview printer, real decoders, the real window (offscreen)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from kiosk.migrations import LATEST
from tests.support.config_files import MakeConfig
from tests.ui.conftest import LRELEASE, TS_FILE
from ui import launcher

LINE = re.compile(r"^(OK|FAIL) ([a-zA-Z -]+): (.+)$")


@pytest.fixture(autouse=True)
def compiled_translation(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """kiosk_id.qm compiled from the .ts, as `make` does, into a folder of this test's own."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    subprocess.run([str(LRELEASE), str(TS_FILE), "-qm", str(folder / "kiosk_id.qm")], check=True)
    monkeypatch.setattr("ui.translation.QM_DIR", folder)


def self_test(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, tuple[bool, str]]]:
    """Run `kiosk self-test` in this process: its exit code and {check: (passed, detail)}."""
    code = launcher.main([*args, "self-test"])
    lines = capsys.readouterr().out.splitlines()
    matches = [LINE.match(line) for line in lines]
    assert all(matches), f"every line is 'OK|FAIL name: detail': {lines}"
    return code, {m[2]: (m[1] == "OK", m[3]) for m in matches if m}


def test_a_good_installation_passes_without_touching_the_live_data(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "live"))  # where `kiosk run` keeps its data
    code, checks = self_test(capsys)
    assert code == 0, checks
    assert all(passed for passed, _ in checks.values())
    decoders = {"decoder zxing", "decoder zbar", "decoder opencv"}
    assert {"config", "database", "printer", "translations", "screen"} | decoders <= set(checks)
    assert f"schema version {LATEST} of {LATEST}" in checks["database"][1]
    assert "kiosk-self-test-" in checks["config"][1]  # a temporary data folder
    assert not (tmp_path / "live" / "kiosk-imigrasi" / "kiosk.db").exists()


def test_with_a_config_it_migrates_that_database_but_issues_and_prints_nothing(
    capsys: pytest.CaptureFixture[str], make_config: MakeConfig
) -> None:
    config = make_config()
    code, checks = self_test(capsys, "--config", str(config.source))
    assert code == 0, checks
    assert str(config.source) in checks["config"][1]
    engine = create_engine(config.database.url)
    with engine.connect() as connection:
        version = connection.execute(text("SELECT value FROM kiosk_meta WHERE key = 'schema_version'"))
        assert version.scalar() == str(LATEST)
        assert connection.execute(text("SELECT count(*) FROM tickets")).scalar() == 0
    engine.dispose()
    assert config.printer.path is not None and not config.printer.path.exists()  # no preview written there


def test_each_failure_is_named_and_fails_the_run(
    capsys: pytest.CaptureFixture[str], make_config: MakeConfig, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "plain-file"
    not_a_folder.write_text("")
    config = make_config(
        database={"url": f"sqlite:///{(not_a_folder / 'kiosk.db').as_posix()}"},
        printer={"profile": "NO-SUCH-PRINTER"},
    )
    code, checks = self_test(capsys, "--config", str(config.source))
    assert code == 1
    failed = {name: detail for name, (passed, detail) in checks.items() if not passed}
    assert set(failed) == {"database", "printer", "screen"}
    assert "NO-SUCH-PRINTER" in failed["printer"]
    assert failed["screen"].startswith("not run")
    assert checks["decoder zxing"][0] and checks["translations"][0]  # the rest still ran


def test_a_missing_translation_fails_its_check(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    monkeypatch.setattr("ui.translation.QM_DIR", tmp_path / "empty")
    code, checks = self_test(capsys)
    assert code == 1 and not checks["translations"][0] and checks["screen"][0]
    assert "kiosk_id.qm" in checks["translations"][1]


def test_the_command_is_registered_without_loading_qt() -> None:
    """The CLI's other commands stay Qt-free (and quick to start) with self-test registered."""
    script = "import sys, ui.launcher; sys.exit('PySide6' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", script]).returncode == 0
