"""A bookings file an attacker or a broken export wrote: refused quickly with its own code, the field and
the line, never a traceback, nothing stored; no NIK in the message."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from kiosk.bookings import MAX_FILE_BYTES, import_bookings
from kiosk.config import Config
from kiosk.db import Database
from kiosk.errors import KioskError
from tests.support.clock import FixedClock
from tests.support.niks import make_nik
from tests.test_bookings_import import row, stored, write_csv


def refusal(path: Path, config: Config, db: Database, clock: FixedClock) -> KioskError:
    with pytest.raises(KioskError) as refused:
        import_bookings(path, config, db, clock)
    assert stored(db) == []
    return refused.value


def test_duplicate_codes_on_one_line_of_minified_json(
    tmp_path: Path, config: Config, db: Database, clock: FixedClock
) -> None:
    path = tmp_path / "day.json"
    path.write_text(json.dumps([row("TGU-AAA111", 1), row("TGU-AAA111", 2)]), "utf-8")  # one line
    error = refusal(path, config, db, clock)
    assert (error.code, error.params["field"], error.params["line"]) == ("booking_file_invalid", "code", 1)
    assert "duplicate code" in error.message("en")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[" * 1000 + "]" * 1000, "nested too deeply"),
        ('[{"code": ' + "9" * 5000 + "}]", "number that is too long"),
        ("[" + json.dumps(row("TGU-AAA111", 1))[:-1] + ', "code": "TGU-BBB222"}]', "key 'code' twice"),
        ('[{"n": NaN}]', "NaN"),
        ('[{"n": 1e999}]', "too large"),
    ],
)
def test_crafted_json_is_refused_with_the_problem(
    tmp_path: Path, config: Config, db: Database, clock: FixedClock, text: str, problem: str
) -> None:
    path = tmp_path / "day.json"
    path.write_text(text, "utf-8")
    error = refusal(path, config, db, clock)
    assert error.code == "booking_file_invalid" and problem in error.message("en")


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(
    tmp_path: Path, config: Config, db: Database, clock: FixedClock
) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as out:
        out.truncate(MAX_FILE_BYTES + 1)  # a sparse 20 MB file: reading it would take a while
    started = time.monotonic()
    error = refusal(path, config, db, clock)
    assert error.code == "booking_file_too_large" and time.monotonic() - started < 1


@pytest.mark.parametrize("cells", ["x" * 200_000, "TGU-AAA111\0"], ids=["field over csv's limit", "NUL byte"])
def test_unreadable_csv_is_refused(
    tmp_path: Path, config: Config, db: Database, clock: FixedClock, cells: str
) -> None:
    path = write_csv(tmp_path / "day.csv", [row(cells, 1)])
    error = refusal(path, config, db, clock)
    assert error.code == "booking_file_invalid" and error.params["line"] >= 1


@pytest.mark.parametrize("field", ["date", "service", "session_start", "name", "office"])
def test_a_nik_in_the_wrong_cell_is_masked_in_the_message(
    tmp_path: Path, config: Config, db: Database, clock: FixedClock, field: str
) -> None:
    nik = make_nik(17)
    path = write_csv(tmp_path / "day.csv", [row("TGU-AAA111", 1, **{field: nik})])
    error = refusal(path, config, db, clock)
    assert error.params["field"] == field
    for language in ("id", "en"):
        assert nik not in error.message(language)
