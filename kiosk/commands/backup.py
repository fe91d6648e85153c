"""`kiosk backup FILE` and `kiosk restore FILE`: a safe copy of the SQLite database, and back.

The backup goes through SQLite's backup API, so it is consistent even while kiosks are issuing tickets
(the database is in WAL mode). It is written under a temporary name next to FILE, checked, switched to a
single self-contained file (no -wal/-shm beside it) and only then named FILE; it holds visitors' personal
data, so only its owner may read it. Restore checks the backup fully before it replaces anything: a copy
of it (<database>.restoring) must pass SQLite's integrity check, carry a schema version this kiosk can
migrate, migrate without error and have an intact audit trail. Only then is the current database kept
aside as <database>.before-restore-<time> and the checked, migrated copy put in its place; a backup that
fails any check leaves the current database untouched. Stop the kiosk first. PostgreSQL is backed up
with pg_dump (docs/deployment.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from kiosk import audit
from kiosk.db import Database, create_db_engine
from kiosk.digits import is_digits
from kiosk.errors import KioskError
from kiosk.migrations import LATEST

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from kiosk.cli import Context
    from kiosk.config import Config


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser(
        "backup", parents=[common], help="copy the SQLite database to FILE, also while running"
    )
    backup.add_argument("file", type=Path, metavar="FILE", help="the new backup file (must not exist yet)")
    backup.add_argument("--json", action="store_true")
    backup.set_defaults(func=backup_database)
    restore = sub.add_parser(
        "restore", parents=[common], help="put backup FILE in place of the SQLite database"
    )
    restore.add_argument("file", type=Path, metavar="FILE", help="a file `kiosk backup` wrote")
    restore.add_argument("--json", action="store_true")
    restore.set_defaults(func=restore_database)


def database_file(config: Config) -> Path:
    """The SQLite file `database.url` names; KioskError for PostgreSQL or an in-memory database."""
    url = make_url(config.database.url)
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        raise KioskError("backup_sqlite_only")
    return Path(url.database)


def copy_database(source: Path, target: Path) -> None:
    """Copy `source` into `target` with SQLite's backup API: a consistent copy even while others write."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


def checked_version(path: Path) -> int:
    """The schema version of the kiosk database in `path`; KioskError('backup_invalid') if it is not one."""

    def invalid(reason: str) -> KioskError:
        return KioskError("backup_invalid", path=path, reason=reason)

    if not path.is_file():
        raise invalid("no such file")
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as db:
            integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
            if integrity != "ok":
                raise invalid(f"integrity check: {integrity}")
            row = db.execute("SELECT value FROM kiosk_meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError as exc:
        raise invalid(str(exc)) from exc
    if row is None or not is_digits(str(row[0]), 1, 6) or int(row[0]) < 1:
        raise invalid("no schema version")
    version = int(row[0])
    if version > LATEST:
        raise invalid(f"schema version {version} is newer than this kiosk's {LATEST}")
    return version


def checked_copy(backup: Path, staged: Path, timezone: ZoneInfo) -> None:
    """Copy `backup` to `staged`, migrate it (in the office's time zone) and verify its audit trail;
    KioskError('backup_invalid') naming the check it fails. `staged` is left in rollback-journal mode,
    one self-contained file."""

    def invalid(reason: str) -> KioskError:
        return KioskError("backup_invalid", path=backup, reason=reason)

    owner_only(staged)
    copy_database(backup, staged)
    try:
        db = Database.open(f"sqlite:///{staged}", timezone)
    except (KioskError, SQLAlchemyError) as exc:
        problem = exc.message("en") if isinstance(exc, KioskError) else str(getattr(exc, "orig", exc))
        raise invalid(f"it cannot be migrated to schema version {LATEST}: {problem}") from None
    try:
        check = audit.verify(db)
        if not check.ok:
            raise invalid(f"its audit trail is broken at record {check.first_bad}: {check.problem}")
    finally:
        db.dispose()
    with closing(sqlite3.connect(staged)) as copy:
        copy.execute("PRAGMA journal_mode=DELETE")


def put_in_place(source: Path, target: Path) -> None:
    """Make `target` a copy of the database `source`: through SQLite when both are databases (so a WAL
    beside `target` stays consistent), else as a file (a damaged database kept aside, or replaced)."""
    try:
        copy_database(source, target)
    except sqlite3.DatabaseError:
        for stale in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            stale.unlink(missing_ok=True)
        shutil.copyfile(source, target)


def _remove(path: Path) -> None:
    for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm"), Path(f"{path}-journal")):
        leftover.unlink(missing_ok=True)


def owner_only(path: Path) -> None:
    """Create the empty file `path` readable by its owner only: a copy of the database is personal data."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def backup_database(ctx: Context) -> int:
    source, target = database_file(ctx.config), ctx.args.file
    if not source.is_file():
        raise KioskError("backup_no_database", path=source)
    if target.exists():
        raise KioskError("backup_exists", path=target)
    if not target.parent.is_dir():
        raise KioskError("backup_folder_missing", path=target.parent)
    partial = target.with_name(f"{target.name}.partial")
    try:
        partial.unlink(missing_ok=True)
        owner_only(partial)
        copy_database(source, partial)
        with closing(sqlite3.connect(partial)) as copy:
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        version = checked_version(partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        raise KioskError("backup_unwritable", path=target, reason=str(exc)) from None
    finally:
        partial.unlink(missing_ok=True)
    report(ctx, f"database {source} backed up to {target}", target, version)
    return 0


def restore_database(ctx: Context) -> int:
    backup, live = ctx.args.file, database_file(ctx.config)
    version = checked_version(backup)
    Database(create_db_engine(ctx.config.database.url)).make_folder()
    staged = live.with_name(f"{live.name}.restoring")
    _remove(staged)
    kept = None
    try:
        checked_copy(backup, staged, ctx.config.office.timezone)
        if live.is_file():
            kept = live.with_name(f"{live.name}.before-restore-{datetime.now():%Y%m%d-%H%M%S}")
            owner_only(kept)
            put_in_place(live, kept)
        put_in_place(staged, live)
        try:
            # what the kiosk does next: must open
            Database.open(ctx.config.database.url, ctx.config.office.timezone).dispose()
        except (KioskError, SQLAlchemyError):
            if kept is not None:
                put_in_place(kept, live)  # the previous database back
            raise
    finally:
        _remove(staged)
    what = f"backup {backup} (schema version {version}) restored to {live}" + (
        f"; the database before is kept as {kept}" if kept else ""
    )
    report(ctx, what, live, LATEST, kept)
    return 0


def report(ctx: Context, what: str, file: Path, version: int, kept: Path | None = None) -> None:
    """The outcome as JSON with --json, else one line; `version` is the schema version `file` now has."""
    if ctx.args.json:
        ctx.emit({"file": str(file), "schema_version": version, "kept": str(kept) if kept else None})
    else:
        print(f"{what} (schema version {version})", file=ctx.out)
