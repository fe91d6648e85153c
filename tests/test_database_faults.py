"""Database faults a careless administrator makes: a file that is not a database, a folder that cannot
be made, a schema from a newer kiosk. Each is exit 3 with a message, never a traceback; the touchscreen
opens on out-of-service (tests/ui/test_database_faults_ui.py). Reads never wait for a writer."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from kiosk.db import Database
from tests.support.config_files import MakeConfig
from tests.support.kiosk_cli import kiosk


def _garbage(config_url: str) -> Path:
    path = Path(config_url.removeprefix("sqlite:///"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is no database, just an office memo\n" * 200)
    return path


def test_a_file_that_is_not_a_database_exits_3_with_a_message(make_config: MakeConfig) -> None:
    config = make_config()
    _garbage(config.database.url)
    result = kiosk(config, "tickets", "list")
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr + result.stdout
    assert "database_corrupt" in result.stderr and "kiosk restore" in result.stderr


def test_a_data_folder_that_cannot_be_made_exits_3_naming_it(make_config: MakeConfig, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    config = make_config(kiosk={"data_dir": (blocker / "data").as_posix()})
    result = kiosk(config, "tickets", "list")
    assert result.returncode == 3, result.stderr
    assert "Traceback" not in result.stderr and "database_folder" in result.stderr
    assert str(blocker) in result.stderr


def test_a_schema_newer_than_this_kiosk_exits_3(make_config: MakeConfig) -> None:
    config = make_config()
    Database.open(config.database.url).dispose()
    with sqlite3.connect(config.database.url.removeprefix("sqlite:///")) as con:
        con.execute("UPDATE kiosk_meta SET value = '999' WHERE key = 'schema_version'")
    result = kiosk(config, "tickets", "list")
    assert result.returncode == 3 and "database_too_new" in result.stderr and "Traceback" not in result.stderr


HOLD_WRITE = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE kiosk_meta SET value = value WHERE key = 'schema_version'")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("ROLLBACK")
"""


def test_a_read_only_command_does_not_wait_for_a_writer(make_config: MakeConfig) -> None:
    """`tickets list` while another process holds a write transaction for 20 s: it answers at once."""
    config = make_config()
    Database.open(config.database.url).dispose()
    path = config.database.url.removeprefix("sqlite:///")
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE, path, "20"], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        started = time.monotonic()
        result = kiosk(config, "tickets", "list", "--json")
        waited = time.monotonic() - started
        assert result.returncode == 0, result.stderr
        assert holder.poll() is None, "the writer let go before the read finished"
        assert waited < 15, f"the read waited {waited:.1f} s for the writer"
    finally:
        holder.kill()
        holder.wait()
