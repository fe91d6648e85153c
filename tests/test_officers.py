"""Officers: PIN rules and storage, login by name + PIN, the five-strikes lockout, the audit of logins,
and `kiosk officer add|remove|list` (in-process, and once as the installed console script)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.config import Config
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import AuditRecord
from kiosk.officers import LOCKOUT, Officers, check_pin, hash_pin
from tests.support.clock import FixedClock
from tests.support.officer_mode import PIN, run_cli, sqlite_file

WRONG = "559031"


@pytest.fixture
def officers(config: Config, db: Database, clock: FixedClock) -> Officers:
    officers = Officers(config, db, clock)
    officers.add("Budi  santoso", PIN)
    return officers


def refusal(officers: Officers, name: str, pin: str) -> KioskError:
    with pytest.raises(KioskError) as caught:
        officers.login(name, pin)
    return caught.value


def audit_actions(db: Database) -> list[tuple[str, str | None, str]]:
    with db.read() as session:
        rows = session.execute(
            select(AuditRecord.action, AuditRecord.officer, AuditRecord.data).order_by(AuditRecord.seq)
        ).all()
    return list(rows)


def test_add_list_remove(officers: Officers) -> None:
    assert officers.names() == ["BUDI SANTOSO"]
    officers.add("Sari", "730164")
    assert officers.names() == ["BUDI SANTOSO", "SARI"]
    with pytest.raises(KioskError) as taken:
        officers.add("budi santoso", "730165")
    assert taken.value.code == "officer_exists"
    officers.remove("sari")
    assert officers.names() == ["BUDI SANTOSO"]
    with pytest.raises(KioskError) as gone:
        officers.remove("Sari")
    assert gone.value.code == "unknown_officer"


@pytest.mark.parametrize("pin", ["12345", "12a456", "1234567890123", "777777", "123456", "876543", ""])
def test_weak_or_malformed_pins_are_refused(officers: Officers, pin: str) -> None:
    with pytest.raises(KioskError) as caught:
        officers.add("Sari", pin)
    assert caught.value.code == "invalid_pin" and "6" in caught.value.message("en")


@pytest.mark.parametrize("name", ["X", "B0di", "A" * 41, "   "])
def test_malformed_names_are_refused(officers: Officers, name: str) -> None:
    with pytest.raises(KioskError) as caught:
        officers.add(name, "730164")
    assert caught.value.code == "invalid_officer_name"


def test_pin_is_stored_only_as_a_salted_scrypt_hash(officers: Officers, config: Config) -> None:
    officers.add("Sari", PIN)  # the same PIN: a different salt, a different hash
    with sqlite3.connect(sqlite_file(config)) as raw:
        hashes = [row[0] for row in raw.execute("SELECT pin_hash FROM officers ORDER BY name")]
    assert all(h.startswith("scrypt$16384$8$1$") for h in hashes) and hashes[0] != hashes[1]
    assert all(PIN not in h for h in hashes)
    for path in sqlite_file(config).parent.glob("kiosk.db*"):
        assert PIN.encode() not in path.read_bytes()
    assert check_pin(PIN, hashes[0]) and not check_pin(WRONG, hashes[0])
    assert check_pin(PIN, hash_pin(PIN, n=2**15))  # stronger parameters verify from what is stored


def test_login_with_the_right_pin_opens_a_session(
    officers: Officers, config: Config, clock: FixedClock
) -> None:
    session = officers.login(" budi SANTOSO ", PIN)
    assert (session.officer, session.kiosk_id, session.started_at) == (
        "BUDI SANTOSO",
        config.kiosk.id,
        clock.now,
    )


def test_a_refusal_never_says_which_part_was_wrong(officers: Officers) -> None:
    wrong_pin = refusal(officers, "Budi Santoso", WRONG)
    unknown_name = refusal(officers, "Joko", PIN)
    not_a_name = refusal(officers, "482913", PIN)
    assert wrong_pin.code == unknown_name.code == not_a_name.code == "login_failed"
    assert wrong_pin.message("en") == unknown_name.message("en") == not_a_name.message("en")


def test_five_wrong_pins_lock_that_officer_for_five_minutes(officers: Officers, clock: FixedClock) -> None:
    officers.add("Sari", "730164")
    for _ in range(4):
        assert refusal(officers, "Budi Santoso", WRONG).code == "login_failed"
    locked = refusal(officers, "Budi Santoso", WRONG)
    assert locked.code == "officer_locked" and locked.params["minutes"] == 5
    assert refusal(officers, "Budi Santoso", PIN).code == "officer_locked"  # even the right PIN
    assert officers.registered()[0].locked_until == clock.now + LOCKOUT
    assert officers.login("Sari", "730164").officer == "SARI"  # the lockout is per officer
    clock.now += LOCKOUT - timedelta(seconds=30)
    assert refusal(officers, "Budi Santoso", PIN).params["minutes"] == 1
    clock.now += timedelta(seconds=30)
    assert officers.login("Budi Santoso", PIN).officer == "BUDI SANTOSO"
    assert officers.registered()[0].locked_until is None


def test_a_right_pin_resets_the_count(officers: Officers) -> None:
    for _ in range(4):
        refusal(officers, "Budi Santoso", WRONG)
    officers.login("Budi Santoso", PIN)
    for _ in range(4):
        assert refusal(officers, "Budi Santoso", WRONG).code == "login_failed"


def test_an_unknown_name_locks_like_a_known_one(officers: Officers) -> None:
    """Else the lockout would tell an attacker which names are officers."""
    codes = [refusal(officers, "Joko", WRONG).code for _ in range(6)]
    assert codes == ["login_failed"] * 4 + ["officer_locked"] * 2


def test_logins_failures_logout_and_exit_are_audited(officers: Officers, db: Database) -> None:
    refusal(officers, "Budi Santoso", WRONG)
    refusal(officers, "Joko", WRONG)
    session = officers.login("Budi Santoso", PIN)
    officers.logout(session, reason="timeout")
    officers.exit_kiosk(officers.login("Budi Santoso", PIN))
    assert audit_actions(db) == [
        ("officer_added", None, '{"name":"BUDI SANTOSO"}'),
        ("login_failed", "BUDI SANTOSO", '{"locked":false}'),
        ("login_failed", None, '{"locked":false}'),
        ("login", "BUDI SANTOSO", "{}"),
        ("logout", "BUDI SANTOSO", '{"reason":"timeout"}'),
        ("login", "BUDI SANTOSO", "{}"),
        ("exit", "BUDI SANTOSO", "{}"),
    ]


def test_cli_add_from_stdin_list_and_remove(config: Config, db: Database, clock: FixedClock) -> None:
    assert run_cli(config, "officer", "add", "Budi Santoso", "--pin-stdin", stdin=f"{PIN}\n") == (
        0,
        "officer BUDI SANTOSO added\n",
    )
    assert Officers(config, db, clock).login("Budi Santoso", PIN).officer == "BUDI SANTOSO"
    code, out = run_cli(config, "officer", "list", "--json")
    assert code == 0 and [o["name"] for o in json.loads(out)] == ["BUDI SANTOSO"]
    code, out = run_cli(config, "officer", "add", "Sari", "--pin-stdin", "--json", stdin="1234\n")
    assert code == 1 and json.loads(out)["error"]["code"] == "invalid_pin"
    assert run_cli(config, "officer", "remove", "budi santoso")[0] == 0
    assert run_cli(config, "officer", "list") == (0, "0 officers\n")


def test_cli_add_asks_for_the_pin_twice(config: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    typed = iter([PIN, PIN, PIN, WRONG])
    monkeypatch.setattr("getpass.getpass", lambda prompt: next(typed))
    assert run_cli(config, "officer", "add", "Budi")[0] == 0
    code, out = run_cli(config, "officer", "add", "Sari", "--json")
    assert code == 1 and json.loads(out)["error"]["code"] == "pin_mismatch"


def test_installed_kiosk_command_adds_an_officer(config: Config, clock: FixedClock) -> None:
    kiosk = Path(sys.executable).parent / "kiosk"
    done = subprocess.run(
        [str(kiosk), "officer", "add", "Sari Dewi", "--pin-stdin", "--config", str(config.source)],
        input=f"{PIN}\n",
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "officer SARI DEWI added\n" and PIN not in done.stdout + done.stderr
    db = Database.open(config.database.url)
    assert Officers(config, db, clock).login("sari dewi", PIN).officer == "SARI DEWI"
    db.dispose()
