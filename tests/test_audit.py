"""The audit trail: the hash chain verifies, and an edit, a deletion or a swap made directly in the SQLite
file with raw SQL is found and named; records go with their action's transaction; no visitor's personal
data is in them; `kiosk audit verify` and `kiosk audit export`."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from kiosk import audit
from kiosk.config import Config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.models import AuditRecord, Ticket
from tests.support.clock import FixedClock
from tests.support.niks import make_nik
from tests.support.officer_mode import PIN, officer_mode, run_cli, sqlite_file

VISITORS = [(make_nik(11), "SITI AMINAH", "081234567890"), (make_nik(12), "JOKO WIDODO", "081298765432")]


@pytest.fixture
def trail(desk: Desk, clock: FixedClock, db: Database) -> int:
    """Officer actions and walk-ins: 13 records; returns their count."""
    mode = officer_mode(desk, clock)  # officer_added, login
    for nik, name, phone in VISITORS:
        clock.now += timedelta(minutes=1)
        desk.issue("new", nik, name, phone)
    mode.assisted.register(mode.session, make_nik(13, born="010150"), "Rina", "elderly")
    mode.assisted.reprint(mode.session, "A001")
    mode.assisted.reprint(mode.session, "A001", "printer jam")
    mode.assisted.cancel(mode.session, "A002")
    mode.assisted.pause(mode.session, "renewal")
    mode.assisted.resume(mode.session, "renewal")
    mode.officers.logout(mode.session)
    mode.officers.exit_kiosk(mode.officers.login("Budi", PIN))
    return 13


@pytest.fixture
def raw(config: Config, trail: int) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to the kiosk's database file, as someone tampering with it would use."""
    connection = sqlite3.connect(sqlite_file(config), isolation_level=None)
    yield connection
    connection.close()


def test_an_untouched_trail_verifies(db: Database, config: Config, trail: int) -> None:
    check = audit.verify(db)
    assert check.ok and check.records == trail
    with db.read() as session:
        assert (
            check.head == session.scalars(select(AuditRecord.hash).order_by(AuditRecord.seq.desc())).first()
        )
    code, out = run_cli(config, "audit", "verify")
    assert code == 0 and out == f"audit trail intact: {trail} records, last hash {check.head}\n"


def test_the_chain_is_sha256_over_canonical_json(db: Database, trail: int) -> None:
    """docs/audit.md's recipe, recomputed here from the stored columns alone."""
    with db.read() as session:
        rows = session.scalars(select(AuditRecord).order_by(AuditRecord.seq)).all()
    prev = "0" * 64
    for row in rows:
        content = {
            "v": 1,
            "seq": row.seq,
            "at": row.at.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
            "office": row.office_code,
            "kiosk": row.kiosk_id,
            "officer": row.officer,
            "action": row.action,
            "service": row.service_code,
            "ticket": row.ticket_id,
            "data": json.loads(row.data),
            "prev": prev,
        }
        text = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert row.prev_hash == prev and row.hash == hashlib.sha256(text.encode()).hexdigest()
        prev = row.hash


def broken_at(db: Database, config: Config) -> tuple[int | None, str | None]:
    check = audit.verify(db)
    code, out = run_cli(config, "audit", "verify", "--json")
    assert code == 1 and json.loads(out)["first_bad"] == check.first_bad
    return check.first_bad, check.problem


def test_an_edited_record_is_named(raw: sqlite3.Connection, db: Database, config: Config) -> None:
    raw.execute("UPDATE audit_log SET data = replace(data, 'A001', 'A009') WHERE seq = 6")
    first, problem = broken_at(db, config)
    assert first == 6 and problem and "changed" in problem
    code, out = run_cli(config, "audit", "verify")
    assert code == 1 and out.startswith("audit trail BROKEN at record 6:")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("officer", "'SARI'"),
        ("at", "'2026-11-30 01:00:00.000000'"),
        ("action", "'login'"),
        ("ticket_id", "NULL"),
    ],
)
def test_any_edited_column_is_found(
    raw: sqlite3.Connection, db: Database, config: Config, column: str, value: str
) -> None:
    raw.execute(f"UPDATE audit_log SET {column} = {value} WHERE seq = 7")
    assert broken_at(db, config)[0] == 7


def test_a_rewritten_record_with_a_fresh_hash_breaks_the_next_link(
    raw: sqlite3.Connection, db: Database, config: Config
) -> None:
    with db.read() as session:
        entry = audit.AuditEntry.of(session.get_one(AuditRecord, 4))
    forged = audit.AuditEntry(**{**entry.__dict__, "officer": "SARI", "hash": ""})
    raw.execute("UPDATE audit_log SET officer = 'SARI', hash = ? WHERE seq = 4", (forged.computed_hash(),))
    first, problem = broken_at(db, config)
    assert first == 5 and problem and "does not follow record 4" in problem


def test_a_deleted_record_is_named(raw: sqlite3.Connection, db: Database, config: Config) -> None:
    raw.execute("DELETE FROM audit_log WHERE seq = 5")
    first, problem = broken_at(db, config)
    assert first == 5 and problem == "record 5 is missing (deleted)"


def test_records_cut_off_the_end_are_found(
    raw: sqlite3.Connection, db: Database, config: Config, trail: int
) -> None:
    raw.execute("DELETE FROM audit_log WHERE seq >= ?", (trail - 1,))
    first, problem = broken_at(db, config)
    assert first == trail - 1 and problem and "deleted from the end" in problem


def test_swapped_records_are_found(raw: sqlite3.Connection, db: Database, config: Config) -> None:
    raw.executescript("""
        BEGIN;
        UPDATE audit_log SET seq = -1 WHERE seq = 8;
        UPDATE audit_log SET seq = 8 WHERE seq = 9;
        UPDATE audit_log SET seq = 9 WHERE seq = -1;
        COMMIT;
    """)
    assert broken_at(db, config)[0] == 8


def test_a_record_slipped_in_at_the_end_is_found(
    raw: sqlite3.Connection, db: Database, config: Config, trail: int
) -> None:
    raw.execute(
        "INSERT INTO audit_log SELECT seq + 1, at, office_code, kiosk_id, officer, action, service_code,"
        " ticket_id, data, hash, hash FROM audit_log WHERE seq = ?",
        (trail,),
    )
    assert broken_at(db, config)[0] == trail + 1


def test_the_audit_record_goes_with_its_ticket(
    raw: sqlite3.Connection, desk: Desk, db: Database, trail: int
) -> None:
    """The ticket and its audit record are one transaction: if the record cannot be written (here a row
    planted in its place), the ticket is not stored either; a refusal writes neither."""
    raw.execute(
        "INSERT INTO audit_log SELECT seq + 1, at, office_code, kiosk_id, officer, action, service_code,"
        " ticket_id, data, prev_hash, hash FROM audit_log WHERE seq = ?",
        (trail,),
    )
    with pytest.raises(IntegrityError):
        desk.issue("renewal", make_nik(20), "Ani")
    raw.execute("DELETE FROM audit_log WHERE seq = ?", (trail + 1,))
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 3
    with pytest.raises(KioskError, match="duplicate_nik"):
        desk.issue("renewal", VISITORS[0][0], "Siti")
    assert audit.verify(db).records == trail
    desk.issue("renewal", make_nik(20), "Ani")
    assert audit.verify(db).ok


def test_no_personal_data_in_the_trail(config: Config, trail: int) -> None:
    dump = "\n".join(sqlite3.connect(sqlite_file(config)).iterdump())
    trail_rows = [line for line in dump.splitlines() if line.startswith('INSERT INTO "audit_log"')]
    assert len(trail_rows) == trail
    # Hashes and random ticket-id suffixes may hold any 4 digits by chance: they carry no personal data.
    trail_rows = [re.sub(r"[0-9a-f]{64}|-[0-9A-F]{6}\b", "", row) for row in trail_rows]
    for nik, name, phone in VISITORS:
        for secret in (nik, nik[-4:], name, "SITI", phone, phone[-4:]):
            assert all(secret not in row for row in trail_rows), secret


def test_export_a_day_as_json_or_csv(config: Config, trail: int) -> None:
    code, out = run_cli(config, "audit", "export", "--date", "2026-11-30")
    records = json.loads(out)
    assert code == 0 and [r["seq"] for r in records] == list(range(1, trail + 1))
    assert records[2]["action"] == "issue" and records[2]["at"] == "2026-11-30T02:01:00.000000Z"
    assert all(
        audit.AuditEntry(**{**r, "at": datetime.fromisoformat(r["at"])}).computed_hash() == r["hash"]
        for r in records
    )
    code, out = run_cli(config, "audit", "export", "--date", "2026-11-30", "--csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert code == 0 and [int(r["seq"]) for r in rows] == list(range(1, trail + 1))
    assert json.loads(rows[2]["data"]) == records[2]["data"] and rows[2]["hash"] == records[2]["hash"]
    assert run_cli(config, "audit", "export", "--date", "2026-12-01") == (0, "[]\n")


def test_a_duplicate_json_key_is_a_changed_record(
    raw: sqlite3.Connection, db: Database, config: Config
) -> None:
    """`{"number":"A999","number":"A001",…}` parses as A001 in Python (the hash still matches) but SQL's
    json_extract reads A999: the stored text is not the canonical text that was hashed, so it is changed."""
    (data,) = raw.execute("SELECT data FROM audit_log WHERE seq = 3").fetchone()
    raw.execute("UPDATE audit_log SET data = ? WHERE seq = 3", ('{"number":"A999",' + data[1:],))
    assert (
        raw.execute("SELECT json_extract(data, '$.number') FROM audit_log WHERE seq = 3").fetchone()[0]
        == "A999"
    )
    assert broken_at(db, config)[0] == 3


@pytest.mark.parametrize("at", ["garbage", "2026-13-45 99:00:00", "", "2026-11-30T02:00:00+07:00x"])
def test_an_edited_timestamp_is_a_finding_not_a_crash(
    raw: sqlite3.Connection, db: Database, config: Config, at: str
) -> None:
    raw.execute("UPDATE audit_log SET at = ? WHERE seq = 4", (at,))
    assert broken_at(db, config)[0] == 4
    code, output = run_cli(config, "audit", "verify")
    assert code == 1 and "record 4" in output


@pytest.mark.parametrize("head", [None, "garbage", "12:" + "z" * 64, "99999999999999999999999:" + "0" * 64])
def test_a_missing_or_garbage_chain_head_is_a_finding_and_stops_issuing(
    raw: sqlite3.Connection, desk: Desk, db: Database, config: Config, head: str | None
) -> None:
    if head is None:
        raw.execute("DELETE FROM kiosk_meta WHERE key = 'audit_head'")
    else:
        raw.execute("UPDATE kiosk_meta SET value = ? WHERE key = 'audit_head'", (head,))
    check = audit.verify(db)
    assert not check.ok and check.problem and "recorded end" in check.problem
    with pytest.raises(KioskError) as refused:  # no ticket without its record; the head is not guessed
        desk.issue("new", make_nik(40), "ANI")
    assert refused.value.code == "audit_head_unreadable"
    assert "Traceback" not in run_cli(config, "audit", "verify")[1]


def test_the_day_head_kept_outside_catches_a_deleted_end_and_a_rewritten_chain(
    raw: sqlite3.Connection, db: Database, config: Config, trail: int
) -> None:
    code, output = run_cli(config, "audit", "head", "--date", "2026-11-30")
    kept = re.search(r"record (\d+), hash ([0-9a-f]{64})", output)
    assert code == 0 and kept and int(kept[1]) == trail
    assert f"hash {kept[2]}" in run_cli(config, "report", "--date", "2026-11-30")[1]
    assert run_cli(config, "audit", "verify", "--head", kept[2])[0] == 0
    # Delete the newest two records and set the head back: the chain alone verifies again.
    (seq, digest) = raw.execute("SELECT seq, hash FROM audit_log WHERE seq = ?", (trail - 2,)).fetchone()
    raw.execute("DELETE FROM audit_log WHERE seq > ?", (trail - 2,))
    raw.execute("UPDATE kiosk_meta SET value = ? WHERE key = 'audit_head'", (f"{seq}:{digest}",))
    assert run_cli(config, "audit", "verify")[0] == 0
    code, output = run_cli(config, "audit", "verify", "--head", kept[2])
    assert code == 1 and "kept outside" in output
    assert run_cli(config, "audit", "verify", "--head", "not-a-hash")[0] == 2


@pytest.mark.all_databases
def test_a_record_while_another_waits_to_ride_along_is_a_programming_error(
    db: Database, config: Config
) -> None:
    at = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    with db.write() as session:
        audit.append(session, db, config, "login", at=at, officer="Budi", ride=True)
        if db.is_sqlite:  # written at once: nothing rides along
            audit.append(session, db, config, "logout", at=at, officer="Budi")
        else:  # its new head is not written yet: a second record on the old head would fork the chain
            with pytest.raises(RuntimeError, match="ride along"):
                audit.append(session, db, config, "logout", at=at, officer="Budi")
    assert audit.verify(db).ok
