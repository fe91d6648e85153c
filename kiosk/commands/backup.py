"""`kiosk backup FILE` and `kiosk restore FILE`: a safe copy of the SQLite database, and back.

The backup goes through SQLite's backup API, so it is consistent even while kiosks are issuing tickets
(the database is in WAL mode). It is written under a temporary name next to FILE, checked, switched to a
single self-contained file (no -wal/-shm beside it) and only then named FILE; it holds visitors' personal
data, so only its owner may read it. Restore keeps the current database aside as
<database>.before-restore-<time>, copies the backup in and migrates it to this kiosk's schema; stop the
kiosk first. PostgreSQL is backed up with pg_dump (docs/deployment.md).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import make_url

from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.migrations import LATEST

if TYPE_CHECKING:
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
    if row is None:
        raise invalid("no schema version")
    version = int(row[0])
    if version > LATEST:
        raise invalid(f"schema version {version} is newer than this kiosk's {LATEST}")
    return version


def owner_only(path: Path) -> None:
    """Create the empty file `path` readable by its owner only: a copy of the database is personal data."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def backup_database(ctx: Context) -> int:
    source, target = database_file(ctx.config), ctx.args.file
    if not source.is_file():
        raise KioskError("backup_no_database", path=source)
    if target.exists():
        raise KioskError("backup_exists", path=target)
    partial = target.with_name(f"{target.name}.partial")
    partial.unlink(missing_ok=True)
    owner_only(partial)
    try:
        copy_database(source, partial)
        with closing(sqlite3.connect(partial)) as copy:
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        version = checked_version(partial)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    report(ctx, f"database {source} backed up to {target}", target, version)
    return 0


def restore_database(ctx: Context) -> int:
    backup, live = ctx.args.file, database_file(ctx.config)
    version = checked_version(backup)
    kept = None
    if live.is_file():
        kept = live.with_name(f"{live.name}.before-restore-{datetime.now():%Y%m%d-%H%M%S}")
        owner_only(kept)
        copy_database(live, kept)
    live.parent.mkdir(parents=True, exist_ok=True)
    copy_database(backup, live)
    Database.open(ctx.config.database.url).dispose()  # migrates an older backup to this version
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
