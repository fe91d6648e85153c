"""Logging: rotating files in the data folder, NIK-shaped numbers masked, the last error kept for officers."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from datetime import UTC, datetime
from pathlib import Path

from kiosk.digits import mask_nik_runs

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
SHORT_FORMAT = "%(levelname)s %(name)s: %(message)s"


class RedactNik(logging.Formatter):
    """Masks any 16-digit run (a NIK) in the whole formatted record, traceback included: defence in
    depth, not an excuse (SQL parameters are already kept out of errors: kiosk/db.py hide_parameters)."""

    def __init__(self, fmt: str = FORMAT) -> None:
        super().__init__(fmt)

    def format(self, record: logging.LogRecord) -> str:
        return mask_nik_runs(super().format(record))


class StderrHandler(logging.StreamHandler):
    """Writes to whatever `sys.stderr` is when a record comes (as logging's last resort does): the real
    stderr in the kiosk, and never a stream a redirected command or a finished test has since closed."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)

    @property
    def stream(self) -> object:  # type: ignore[override]
        return sys.stderr


class LastError(logging.Handler):
    """Remembers the latest warning or error, for the officer screen."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.setFormatter(RedactNik(SHORT_FORMAT))
        self.text: str | None = None
        self.at: datetime | None = None

    def emit(self, record: logging.LogRecord) -> None:
        self.text = self.format(record).splitlines()[0]  # the line an officer reads; the log has the rest
        self.at = datetime.fromtimestamp(record.created, UTC)


last_error = LastError()


def setup_logging(data_dir: Path, level: int = logging.INFO) -> Path | None:
    """Log to <data_dir>/logs/kiosk.log (1 MB × 5 files) and to stderr; return the log file's path. If
    that folder cannot be made, log to stderr only (None): the kiosk still starts, out of service."""
    folder = data_dir / "logs"
    path: Path | None = folder / "kiosk.log"
    handlers: list[logging.Handler] = [StderrHandler()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(
            logging.handlers.RotatingFileHandler(
                folder / "kiosk.log", maxBytes=1_000_000, backupCount=5, encoding="utf-8"
            )
        )
    except OSError as exc:
        problem, path = f"no log file in {folder}: {exc.strerror}", None
    else:
        problem = None
    root = logging.getLogger()
    root.handlers.clear()  # python-escpos calls logging.basicConfig() when it is imported
    root.setLevel(level)
    for handler in handlers:
        handler.setFormatter(RedactNik())
        root.addHandler(handler)
    root.addHandler(last_error)
    handlers[0].setLevel(logging.WARNING)
    if problem:
        logging.getLogger(__name__).warning(problem)
    return path


_command_line = StderrHandler()
_command_line.setFormatter(RedactNik(SHORT_FORMAT))


def log_to_stderr() -> None:
    """The command line's log: warnings and errors on stderr, NIKs masked. The one handler replaces any
    other (python-escpos's basicConfig() on import, an earlier command's in the same process)."""
    root = logging.getLogger()
    if root.handlers != [_command_line]:
        for handler in root.handlers:
            handler.close()
        root.handlers[:] = [_command_line]
    root.setLevel(logging.WARNING)
