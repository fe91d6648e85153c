"""`kiosk backup` and `kiosk restore` on real SQLite files, with tickets being issued meanwhile."""

from __future__ import annotations

import json
import sqlite3
import stat
import sys
import threading
from contextlib import closing
from pathlib import Path

import pytest

from kiosk.config import Config
from kiosk.migrations import LATEST
from kiosk.tickets import TicketService
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.support.version_9 import version_9_database
from ui import launcher


def kiosk(capsys: pytest.CaptureFixture[str], config: Config, *args: str) -> tuple[int, dict]:
    """Run a `kiosk ... --json` command in this process: its exit code and JSON answer."""
    code = launcher.main([*args, "--json", "--config", str(config.source)])
    return code, json.loads(capsys.readouterr().out)


def counts(path: Path) -> tuple[int, int]:
    """(tickets stored, numbers the counters have given out) in the database file at `path`."""
    with closing(sqlite3.connect(path)) as db:
        stored = db.execute("SELECT count(*) FROM tickets").fetchone()[0]
        given = db.execute("SELECT coalesce(sum(last_number), 0) FROM ticket_counters").fetchone()[0]
    return stored, given


def issue(tickets: TicketService, serials: range) -> None:
    for serial in serials:
        tickets.issue(("new", "renewal")[serial % 2], make_nik(serial), "SITI AMINAH")


def test_backups_taken_while_tickets_are_issued_are_whole(
    capsys: pytest.CaptureFixture[str], config: Config, tickets: TicketService, tmp_path: Path
) -> None:
    issue(tickets, range(1, 11))
    writer = threading.Thread(target=issue, args=(tickets, range(11, 151)))
    writer.start()
    backups = [tmp_path / f"backup-{n}.db" for n in range(3)]
    for path in backups:
        assert kiosk(capsys, config, "backup", str(path)) == (
            0,
            {"file": str(path), "schema_version": LATEST, "kept": None},
        )
    writer.join()
    for path in backups:
        stored, given = counts(path)
        assert 10 <= stored <= 150 and stored == given  # a snapshot between two tickets, never within one
        assert not Path(f"{path}-wal").exists()  # one self-contained file
        if sys.platform != "win32":
            assert stat.S_IMODE(path.stat().st_mode) == 0o600  # visitors' personal data: owner only


def test_a_backup_never_overwrites_a_file(
    capsys: pytest.CaptureFixture[str], config: Config, tickets: TicketService, tmp_path: Path
) -> None:
    issue(tickets, range(1, 3))
    existing = tmp_path / "earlier.db"
    existing.write_bytes(b"an earlier backup")
    code, answer = kiosk(capsys, config, "backup", str(existing))
    assert code == 1 and answer["error"]["code"] == "backup_exists"
    assert existing.read_bytes() == b"an earlier backup"


def test_restore_brings_back_the_backup_and_keeps_the_database_it_replaced(
    capsys: pytest.CaptureFixture[str], config: Config, tickets: TicketService, tmp_path: Path
) -> None:
    issue(tickets, range(1, 6))
    backup = tmp_path / "backup.db"
    assert kiosk(capsys, config, "backup", str(backup))[0] == 0
    issue(tickets, range(6, 9))
    tickets.db.dispose()  # the kiosk is stopped for a restore
    code, answer = kiosk(capsys, config, "restore", str(backup))
    assert code == 0 and answer["schema_version"] == LATEST
    live = Path(answer["file"])
    assert counts(live) == (5, 5)
    assert counts(Path(answer["kept"])) == (8, 8)


@pytest.mark.parametrize(
    ("content", "reason"), [(b"not a database at all, just text" * 200, "not a database"), (None, "no such")]
)
def test_restore_refuses_a_file_that_is_no_kiosk_backup(
    capsys: pytest.CaptureFixture[str], config: Config, tmp_path: Path, content: bytes | None, reason: str
) -> None:
    bogus = tmp_path / "bogus.db"
    if content is not None:
        bogus.write_bytes(content)
    code, answer = kiosk(capsys, config, "restore", str(bogus))
    assert code == 1 and answer["error"]["code"] == "backup_invalid" and reason in answer["error"]["message"]


def test_postgresql_is_backed_up_with_pg_dump(
    capsys: pytest.CaptureFixture[str], make_config: MakeConfig
) -> None:
    config = make_config(database={"url": "postgresql+psycopg://kiosk@127.0.0.1:1/queue"})
    code, answer = kiosk(capsys, config, "backup", "x.db")
    assert (
        code == 1
        and answer["error"]["code"] == "backup_sqlite_only"
        and "pg_dump" in answer["error"]["message"]
    )


def test_a_backup_to_a_missing_folder_is_refused(
    capsys: pytest.CaptureFixture[str], config: Config, tickets: TicketService, tmp_path: Path
) -> None:
    issue(tickets, range(1, 2))
    code, answer = kiosk(capsys, config, "backup", str(tmp_path / "no-such-folder" / "b.db"))
    assert code == 1 and answer["error"]["code"] == "backup_folder_missing"


def _doctored(backup: Path, sql: str) -> Path:
    with closing(sqlite3.connect(backup)) as db:
        db.executescript(sql)
    return backup


@pytest.mark.parametrize(
    ("sql", "reason"),
    [
        ("UPDATE kiosk_meta SET value = 'x' WHERE key = 'schema_version';", "no schema version"),
        ("UPDATE kiosk_meta SET value = '-3' WHERE key = 'schema_version';", "no schema version"),
        ("UPDATE kiosk_meta SET value = '2' WHERE key = 'schema_version';", "cannot be migrated"),
        ("UPDATE audit_log SET officer = 'SARI' WHERE seq = 1;", "audit trail is broken"),
        ("DELETE FROM kiosk_meta WHERE key = 'audit_head';", "audit trail is broken"),
    ],
    ids=["garbage version", "negative version", "migration fails", "edited audit", "no chain head"],
)
def test_restore_checks_the_backup_fully_and_leaves_the_database_untouched(
    capsys: pytest.CaptureFixture[str],
    config: Config,
    tickets: TicketService,
    tmp_path: Path,
    sql: str,
    reason: str,
) -> None:
    issue(tickets, range(1, 4))
    backup = tmp_path / "backup.db"
    assert kiosk(capsys, config, "backup", str(backup))[0] == 0
    _doctored(backup, sql)
    issue(tickets, range(4, 6))
    tickets.db.dispose()
    live = Path(config.database.url.removeprefix("sqlite:///"))
    code, answer = kiosk(capsys, config, "restore", str(backup))
    assert code == 1 and answer["error"]["code"] == "backup_invalid" and reason in answer["error"]["message"]
    assert counts(live) == (5, 5)  # the office keeps a working database
    assert not list(live.parent.glob("*.before-restore-*")) and not list(live.parent.glob("*.restoring*"))
    assert launcher.main(["tickets", "list", "--config", str(config.source)]) == 0


def test_restore_replaces_a_damaged_database(
    capsys: pytest.CaptureFixture[str], config: Config, tickets: TicketService, tmp_path: Path
) -> None:
    issue(tickets, range(1, 4))
    backup = tmp_path / "backup.db"
    assert kiosk(capsys, config, "backup", str(backup))[0] == 0
    tickets.db.dispose()
    live = Path(config.database.url.removeprefix("sqlite:///"))
    live.write_bytes(b"damaged" * 1000)
    code, answer = kiosk(capsys, config, "restore", str(backup))
    assert code == 0 and counts(live) == (3, 3) and Path(answer["kept"]).read_bytes() == b"damaged" * 1000


def test_restoring_an_older_backup_dates_its_bookings_in_the_office_time_zone(
    capsys: pytest.CaptureFixture[str], make_config: MakeConfig, tmp_path: Path
) -> None:
    config = make_config(office={"timezone": "Asia/Makassar"})  # WITA, an hour ahead of the default WIB
    backup = tmp_path / "backup.db"
    version_9_database(f"sqlite:///{backup}", [(1, "2026-11-30 01:00:00", "10:30:00")])  # 09:00 WITA
    code, answer = kiosk(capsys, config, "restore", str(backup))
    assert code == 0 and answer["schema_version"] == LATEST
    with closing(sqlite3.connect(answer["file"])) as db:
        due = db.execute("SELECT due_at FROM tickets").fetchone()[0]
    assert due.startswith("2026-11-30 02:30:00")  # its 10:30 WITA session, in UTC
