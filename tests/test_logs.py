"""Log files: rotating in the data folder, a NIK masked even if code logs one by mistake."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.logs import last_error, setup_logging
from tests.niks import make_nik


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
    logging.getLogger("kiosk.test").error("printer failed for visitor %s", nik)
    text = log_file.read_text()
    assert nik not in text and "************1234" in text
    assert last_error.text is not None and nik not in last_error.text and "printer failed" in last_error.text
