"""A throw-away PostgreSQL server for the tests and the bench: initdb and pg_ctl in a temporary folder.

It listens on a free loopback port, keeps its unix socket in its own folder and is removed on `close`.
initdb refuses to run as root, so as root the server runs as the `postgres` system user.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import psycopg

SERVER_USER = "postgres"


class PgUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine (install the `postgresql` package)."""


def find_bindir() -> Path:
    """The folder with initdb and pg_ctl: `pg_config --bindir`, else the newest /usr/lib/postgresql/*/bin."""
    candidates: list[Path] = []
    if shutil.which("pg_config"):
        out = subprocess.run(["pg_config", "--bindir"], capture_output=True, text=True, check=False)
        candidates.append(Path(out.stdout.strip()))
    versions = glob.glob("/usr/lib/postgresql/*/bin")
    candidates += sorted((Path(p) for p in versions), key=lambda p: int(p.parent.name), reverse=True)
    for bindir in candidates:
        if (bindir / "initdb").exists() and (bindir / "pg_ctl").exists():
            return bindir
    raise PgUnavailable("no PostgreSQL server binaries (initdb, pg_ctl) found; apt-get install postgresql")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PgServer:
    """One PostgreSQL cluster in a temporary folder; `durable=False` turns fsync off for fast tests."""

    def __init__(self, *, durable: bool = False) -> None:
        self.bindir = find_bindir()
        self.durable = durable
        self.as_root = os.geteuid() == 0
        # As root the server user must reach the folder: /tmp, not a TMPDIR that may be private to root.
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-pg-", dir="/tmp" if self.as_root else None))
        self.data = self.folder / "data"
        self.log = self.folder / "server.log"
        self.port = free_port()
        self._names = itertools.count(1)
        self._shared: str | None = None
        if self.as_root:
            user = pwd.getpwnam(SERVER_USER)
            os.chown(self.folder, user.pw_uid, user.pw_gid)
        options = "-U postgres -A trust -E UTF8 --locale=C --no-sync --no-instructions"
        self._run("initdb", "-D", str(self.data), *options.split())

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bindir / tool), *args]
        if self.as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            tail = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{tool} {' '.join(args)} failed:\n{done.stdout}{done.stderr}{tail}")

    def start(self) -> PgServer:
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
        if not self.durable:
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self._run(
            "pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", options, "-w", "-t", "60", "start"
        )
        return self

    def stop(self, mode: str = "fast") -> None:
        """Stop the server (`fast`: roll back open transactions and cut every connection)."""
        self._run("pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop")

    def restart(self) -> None:
        """Stop the server (cutting every connection) and start it again on the same port."""
        self.stop()
        self.start()

    def close(self) -> None:
        """Stop the server if it runs and remove its folder."""
        if (self.data / "postmaster.pid").exists():
            self.stop("immediate")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _admin(self, sql: str, database: str = "postgres") -> None:
        with psycopg.connect(
            host="127.0.0.1", port=self.port, user="postgres", dbname=database, autocommit=True
        ) as admin:
            admin.execute(sql)

    def create_database(self) -> str:
        """A new empty database; returns its SQLAlchemy URL."""
        name = f"kiosk_{next(self._names)}"
        self._admin(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def create_schema(self) -> str:
        """A URL that works like a new empty database, made in a millisecond (CREATE DATABASE takes
        ~0.3 s): a new schema in one shared database, which the URL's connections search first."""
        if self._shared is None:
            self._shared = self.create_database().rsplit("/", 1)[1]
        name = f"test_{next(self._names)}"
        self._admin(f'CREATE SCHEMA "{name}"', self._shared)
        return f"{self.url(self._shared)}?options=-csearch_path%3D{name}"

    def __enter__(self) -> PgServer:
        for _ in range(3):  # another process (a parallel test worker) may take the free port first
            try:
                return self.start()
            except RuntimeError:
                if "already in use" not in self.log.read_text(errors="replace"):
                    raise
                self.port = free_port()
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
