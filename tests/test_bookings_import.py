"""`kiosk bookings import`: CSV and JSON day lists, all or nothing, idempotent, the NIK kept only hashed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.bookings import import_bookings
from kiosk.config import Config
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import ImportedBooking
from kiosk.nik import nik_key
from kiosk.tickets import TicketService, nik_secret
from tests.support.clock import FixedClock
from tests.support.niks import make_nik

HEADER = "code,nik,name,service,office,date,session_start,session_end"


def row(code: str, serial: int, **fields: str) -> dict[str, str]:
    return {
        "code": code,
        "nik": make_nik(serial),
        "name": f"Pemohon {chr(64 + serial)}",
        "service": "new",
        "office": "TGU",
        "date": "2026-11-30",
        "session_start": "09:00",
        "session_end": "10:00",
        **fields,
    }


def write_csv(path: Path, rows: list[dict[str, str]], delimiter: str = ",") -> Path:
    lines = [HEADER.replace(",", delimiter)] + [delimiter.join(r[c] for c in HEADER.split(",")) for r in rows]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def load(path: Path, config: Config, db: Database, clock: FixedClock) -> tuple[int, int, int]:
    result = import_bookings(path, config, db, clock)
    return result.added, result.updated, result.unchanged


def stored(db: Database) -> list[ImportedBooking]:
    with db.read() as session:
        return list(session.scalars(select(ImportedBooking).order_by(ImportedBooking.code)))


DAY = [
    row("TGU-AAA111", 1),
    row("TGU-BBB222", 2, service="renewal", session_start="10:00", session_end="11:00"),
    row("TGU-CCC333", 3),
]


def test_csv_import_keeps_the_nik_only_hashed_and_a_second_import_changes_nothing(
    tmp_path: Path, config: Config, db: Database, clock: FixedClock, tickets: TicketService
) -> None:
    path = write_csv(tmp_path / "day.csv", DAY)
    assert load(path, config, db, clock) == (3, 0, 0)
    first = stored(db)
    with db.read() as session:
        secret = nik_secret(session)
    assert [(b.code, b.service_code, f"{b.session_start:%H:%M}", b.name, b.nik_last4) for b in first] == [
        ("TGU-AAA111", "new", "09:00", "PEMOHON A", "0001"),
        ("TGU-BBB222", "renewal", "10:00", "PEMOHON B", "0002"),
        ("TGU-CCC333", "new", "09:00", "PEMOHON C", "0003"),
    ]
    assert first[0].nik_key == nik_key(make_nik(1), secret) and first[0].source == "import"
    database_file = Path(config.database.url.removeprefix("sqlite:///"))
    assert not any(make_nik(n).encode() in database_file.read_bytes() for n in (1, 2, 3))

    clock.now = clock.now.replace(hour=3)
    assert load(path, config, db, clock) == (0, 0, 3)
    assert [(b.id, b.imported_at) for b in stored(db)] == [(b.id, b.imported_at) for b in first]

    moved = write_csv(
        tmp_path / "moved.csv", [DAY[0], {**DAY[1], "session_start": "13:00", "session_end": "14:00"}, DAY[2]]
    )
    assert load(moved, config, db, clock) == (0, 1, 2)
    assert f"{stored(db)[1].session_start:%H:%M}" == "13:00" and len(stored(db)) == 3


def test_json_and_semicolon_csv(tmp_path: Path, config: Config, db: Database, clock: FixedClock) -> None:
    path = tmp_path / "day.json"
    path.write_text(json.dumps(DAY[:2], indent=2), "utf-8")
    assert load(path, config, db, clock) == (2, 0, 0)
    assert load(write_csv(tmp_path / "excel.csv", DAY, ";"), config, db, clock) == (1, 0, 2)


@pytest.mark.parametrize(
    ("bad", "field", "problem"),
    [
        ({"nik": "1234"}, "nik", "16 digits"),
        ({"nik": "9901011508900001"}, "nik", "1st and 2nd digits"),
        ({"code": "8F2K91"}, "code", "TGU-8F2K91"),
        ({"office": "KNO"}, "office", "not this office"),
        ({"service": "visa"}, "service", "'visa'"),
        ({"date": "30/11/2026"}, "date", "YYYY-MM-DD"),
        ({"session_start": "9.00"}, "session_start", "HH:MM"),
        ({"session_end": "08:00"}, "session_end", "after session_start"),
        ({"name": "12345"}, "name", "letters only"),
        ({"name": ""}, "name", "missing"),
        ({"code": "TGU-AAA111"}, "code", "already on line 2"),
    ],
)
def test_a_bad_row_names_file_line_and_field_and_imports_nothing(
    tmp_path: Path,
    config: Config,
    db: Database,
    clock: FixedClock,
    bad: dict[str, str],
    field: str,
    problem: str,
) -> None:
    path = write_csv(tmp_path / "day.csv", [DAY[0], DAY[1], {**DAY[2], **bad}])
    with pytest.raises(KioskError) as caught:
        import_bookings(path, config, db, clock)
    error = caught.value
    assert (error.code, error.params["line"], error.params["field"]) == ("booking_file_invalid", 4, field)
    assert str(path) in error.message("en") and problem in error.message("en")
    assert "Tidak ada booking yang diimpor" in error.message("id")
    assert make_nik(3) not in error.message("en")
    assert stored(db) == []


def test_file_problems(tmp_path: Path, config: Config, db: Database, clock: FixedClock) -> None:
    def problem(name: str, text: str) -> tuple[int, str]:
        (tmp_path / name).write_text(text, "utf-8")
        with pytest.raises(KioskError) as caught:
            import_bookings(tmp_path / name, config, db, clock)
        return caught.value.params["line"], caught.value.params["field"]

    assert problem("short.csv", "code,nik,name\n") == (1, "service")
    assert problem("broken.json", '[\n  {"code": "TGU-AAA111"},\n  {"code": \n') == (4, "-")
    assert problem("object.json", '{"code": "TGU-AAA111"}') == (1, "-")
    assert problem("mixed.json", json.dumps([DAY[0], "TGU-BBB222"], indent=1)) == (12, "-")
    assert problem("missing.json", json.dumps([DAY[0], {**DAY[1], "nik": None}], indent=1)) == (12, "nik")
    with pytest.raises(KioskError, match="booking_file_invalid"):
        import_bookings(tmp_path / "absent.csv", config, db, clock)
    assert stored(db) == []
