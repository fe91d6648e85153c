"""Log files: rotating in the data folder, a NIK masked even if code logs one by mistake."""

from __future__ import annotations

import contextlib
import io
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from kiosk.db import Database, DatabaseUnavailable
from kiosk.logs import last_error, setup_logging
from tests.support.cli_run import run_kiosk
from tests.support.niks import make_nik


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    root = logging.getLogger()
    before = list(root.handlers)
    path = setup_logging(tmp_path)
    yield path
    for handler in root.handlers:
        if handler not in before:
            handler.close()
    root.handlers[:] = before


def test_log_masks_a_nik_and_keeps_the_last_error(log_file: Path) -> None:
    nik = make_nik(1234)
    grouped = " ".join(nik[i : i + 4] for i in range(0, 16, 4))  # as the NIK screen shows it
    logging.getLogger("kiosk.test").error("printer failed for visitor %s (typed %s)", nik, grouped)
    text = log_file.read_text()
    assert nik not in text and grouped not in text and text.count("************1234") == 2
    assert last_error.text is not None and nik not in last_error.text and "printer failed" in last_error.text


def test_a_database_error_traceback_carries_no_personal_data(log_file: Path, db: Database) -> None:
    nik, name, phone = make_nik(4321), "SITI AMINAH", "081234567890"
    try:
        with db.write() as session:  # a statement that fails with the visitor's data as parameters
            session.execute(
                text("INSERT INTO no_such_table VALUES (:nik, :name, :phone)"),
                {"nik": nik, "name": name, "phone": phone},
            )
    except DatabaseUnavailable:  # how kiosk/db.py reports an OperationalError
        logging.getLogger("kiosk.test").exception("issuing failed")
    logged = log_file.read_text()
    assert "no_such_table" in logged and "Traceback" in logged
    for secret in (nik, name, phone):
        assert secret not in logged and secret not in (last_error.text or "")


def test_the_command_line_logs_to_stderr_as_it_is_then_with_a_nik_masked() -> None:
    """A command run with its output captured (as a test or a script does) leaves no log handler on that
    stream: a later warning goes to stderr as it is then, once, masked (it once went to a closed stream,
    "Logging error ... I/O operation on closed file")."""
    assert run_kiosk("--help").code == 0
    assert run_kiosk("--help").code == 0  # set up once: a second command adds no second handler
    nik = make_nik(4321)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        logging.getLogger("kiosk.test").warning("printer failed for visitor %s", nik)
    assert err.getvalue() == "WARNING kiosk.test: printer failed for visitor ************4321\n"
