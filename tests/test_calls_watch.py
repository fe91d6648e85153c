"""`kiosk calls watch`: calls made by another process, one JSON line each, on SQLite and PostgreSQL; a
PostgreSQL restart between two calls loses neither."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import pytest

from kiosk import change_feed
from kiosk.config import Config
from kiosk.db import Database
from tests.support.config_files import MakeConfig
from tests.support.feed_peer import LineReader, call_from_another_process
from tests.support.pg_server import PgServer


@contextmanager
def _watch(config: Config, db: Database, *args: str) -> Iterator[LineReader]:
    with db.read() as session:
        head = change_feed.head(session)
    process = subprocess.Popen(
        [sys.executable, "-m", "ui.launcher", "calls", "watch", "--after", str(head), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "KIOSK_CONFIG": str(config.source)},
    )
    try:
        yield LineReader(process)
    finally:
        process.kill()
        process.wait(10)


@pytest.mark.all_databases
def test_calls_from_another_process_are_printed_once_in_order(config: Config, db: Database) -> None:
    with _watch(config, db, "--json") as reader:
        call_from_another_process(str(config.source), 1, [3, 1, 2])
        lines = [json.loads(reader.next()) for _ in range(3)]
        assert [(x["number"], x["counter"]) for x in lines] == [("A001", 3), ("A002", 1), ("A003", 2)]
        first = lines[0]
        assert set(first) == {"seq", "number", "service", "counter", "counter_name", "kind", "at"}
        assert (first["service"], first["counter_name"], first["kind"]) == ("new", "Loket 3", "call")
        assert datetime.fromisoformat(first["at"]).tzinfo is not None
        assert lines[0]["seq"] < lines[1]["seq"] < lines[2]["seq"]
        assert reader.none_within(1.0)  # the tickets and queue changes are not calls: nothing more


def test_plain_lines_and_count(config: Config, db: Database) -> None:
    with _watch(config, db, "--count", "1") as reader:
        call_from_another_process(str(config.source), 1, [4])
        assert reader.next().endswith("A001   Loket 4")
        assert reader.process.wait(30) == 0


def test_a_postgresql_restart_between_two_calls_loses_neither(
    make_config: MakeConfig, pg_server: PgServer
) -> None:
    config = make_config(database={"url": pg_server.create_schema()})
    db = Database.open(config.database.url)
    with _watch(config, db, "--json") as reader:
        call_from_another_process(str(config.source), 1, [1])
        assert json.loads(reader.next())["number"] == "A001"
        pg_server.restart()
        call_from_another_process(str(config.source), 2, [2])
        assert json.loads(reader.next())["number"] == "A002"
        assert reader.none_within(0.5)
    db.dispose()
