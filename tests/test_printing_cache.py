"""python-escpos' capability cache (issue 10 item 14): importing the printing adapters writes nothing, and the
kiosk keeps the cache in the configured kiosk.data_dir, never in the user's data folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kiosk.config import Config
from tests.conftest import MakeConfig

SCRIPT = """
import sys
import printing, printing.printers  # noqa: F401
from pathlib import Path
assert not any(Path(sys.argv[1]).rglob("*")), "importing the printing adapters wrote in the user's folder"
from kiosk.config import load_config
from printing.printers import make_printer
config = load_config(sys.argv[2])
make_printer(config.printer, config.kiosk.data_dir)
"""


def run_with_home(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`python ARGS` with the user's folders (home, XDG data and cache, Windows' local app data) in `home`."""
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "LOCALAPPDATA": str(home / "local"),
    }
    env.pop("ESCPOS_CAPABILITIES_PICKLE_DIR", None)
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=120)


def test_the_capability_cache_goes_to_the_configured_data_folder(
    make_config: MakeConfig, tmp_path: Path
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    config: Config = make_config()
    done = run_with_home(home, "-c", SCRIPT, str(home), str(config.source))
    assert done.returncode == 0, done.stderr
    assert [p.relative_to(home) for p in home.rglob("*")] == []
    assert list((config.kiosk.data_dir / "cache").glob("*.capabilities.pickle"))


def test_a_cli_command_leaves_the_user_folder_alone(make_config: MakeConfig, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    config: Config = make_config()
    done = run_with_home(home, "-m", "ui.launcher", "printer", "status", "--config", str(config.source))
    assert "Traceback" not in done.stderr
    assert [p.relative_to(home) for p in home.rglob("*")] == []
