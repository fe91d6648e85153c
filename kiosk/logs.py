"""Logging: rotating files in the data folder, NIK-shaped numbers masked, the last error kept for officers."""

from __future__ import annotations

import logging
import logging.handlers
from datetime import UTC, datetime
from pathlib import Path

from kiosk.digits import mask_nik_runs

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RedactNik(logging.Formatter):
    """Masks any 16-digit run (a NIK) in the whole formatted record, traceback included: defence in
    depth, not an excuse (SQL parameters are already kept out of errors: kiosk/db.py hide_parameters)."""

    def __init__(self, fmt: str = FORMAT) -> None:
        super().__init__(fmt)

    def format(self, record: logging.LogRecord) -> str:
        return mask_nik_runs(super().format(record))


class LastError(logging.Handler):
    """Remembers the latest warning or error, for the officer screen."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.setFormatter(RedactNik("%(levelname)s %(name)s: %(message)s"))
        self.text: str | None = None
        self.at: datetime | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.text = self.format(record).splitlines()[0]  # the line an officer reads; the log has the rest
        self.at = datetime.fromtimestamp(record.created, UTC)


last_error = LastError()


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path:
    """Log to <data_dir>/logs/kiosk.log (1 MB × 5 files) and to stderr; return the log file's path."""
    folder = data_dir / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "kiosk.log"
    to_file = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    to_stderr = logging.StreamHandler()
    root = logging.getLogger()
    root.handlers.clear()  # python-escpos calls logging.basicConfig() when it is imported
    root.setLevel(level)
    for handler in (to_file, to_stderr):
        handler.setFormatter(RedactNik())
    for handler in (to_file, to_stderr, last_error):
        root.addHandler(handler)
    to_stderr.setLevel(logging.WARNING)
    return path
