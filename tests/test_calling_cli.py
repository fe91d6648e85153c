"""`kiosk call …`, `kiosk queue`, `kiosk tickets list` with live status and people ahead, and the
officer-assisted priority lane from the command line (a wrong PIN counts towards the lockout)."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from kiosk.config import Config
from kiosk.db import Database
from kiosk.models import OfficerLogin
from tests.conftest import MakeConfig
from tests.support.calling_support import counters_config
from tests.support.kiosk_cli import kiosk
from tests.support.niks import make_nik

PIN = "246810"


def ok(config: Config, *args: str, stdin: str | None = None) -> Any:
    result = kiosk(config, *args, "--json", stdin=stdin)
    assert result.returncode == 0, result.stderr + result.stdout
    return json.loads(result.stdout)


def refused(config: Config, *args: str, stdin: str | None = None) -> str:
    result = kiosk(config, *args, "--json", stdin=stdin)
    assert result.returncode == 1, result.stderr + result.stdout
    error = json.loads(result.stdout)["error"]
    assert error["message"]
    return error["code"]


def test_counter_day_from_the_command_line(make_config: MakeConfig) -> None:
    config = counters_config(make_config, ["new", "renewal", "priority"], ["renewal"])
    assert kiosk(config, "officer", "add", "Siti", "--pin-stdin", stdin=PIN + "\n").returncode == 0
    for serial in (1, 2):
        ok(config, "ticket", "issue", "--service", "new", "--nik", make_nik(serial), "--name", "Ani")
    lane = ("ticket", "issue", "--service", "priority", "--category", "elderly", "--officer", "Siti")
    person = ("--nik", make_nik(3, born="150850"), "--name", "Oma", "--pin-stdin")
    assert refused(config, *lane, *person, stdin="999999\n") == "login_failed"
    with Database.open(config.database.url).read() as session:
        assert session.scalars(select(OfficerLogin.failures)).one() == 1
    priority = ok(config, *lane, *person, stdin=PIN + "\n")
    assert (priority["number"], priority["status"], priority["people_ahead"]) == ("P001", "waiting", 0)
    assert ok(config, "tickets", "list")[0]["people_ahead"] == 1  # A001 now waits behind P001

    opened = ok(
        config, "call", "open", "--counter", "1", "--officer", "siti", "--pin-stdin", stdin=PIN + "\n"
    )
    assert opened["open"] and opened["officer"] == "SITI"
    called = ok(config, "call", "next", "--counter", "1")
    assert (called["number"], called["counter"], called["recalls"], called["status"]) == (
        "P001",
        1,
        0,
        "called",
    )
    assert called["called_at"] and not called["offer_no_show"]
    assert ok(config, "call", "recall", "--counter", "1")["recalls"] == 1
    assert ok(config, "call", "next", "--counter", "1")["number"] == "A001"
    moved = ok(config, "call", "transfer", "--counter", "1", "--to", "renewal")
    assert (moved["number"], moved["queue_service"], moved["status"]) == ("A001", "renewal", "waiting")
    assert refused(config, "call", "number", "A002", "--counter", "1", "--reason", "x") == "reason_required"
    assert ok(config, "call", "number", "A002", "--counter", "1", "--reason", "Sakit")["number"] == "A002"
    assert ok(config, "call", "no-show", "--counter", "1")["status"] == "no_show"
    assert refused(config, "call", "finish", "--counter", "1") == "nothing_called"
    assert refused(config, "call", "next", "--counter", "9") == "unknown_counter"

    queue = ok(config, "queue")
    assert {s["service"]: s["waiting"] for s in queue["services"]} == {"new": 0, "renewal": 1, "priority": 0}
    assert [(p["number"], p["position"]) for p in queue["line"]] == [("A001", 1)]
    assert queue["counters"][0]["open"] and queue["counters"][1]["current"] is None
    assert ok(config, "call", "return", "A002")["people_ahead"] == 1  # behind A001, which came earlier
    listing = {t["number"]: (t["status"], t["people_ahead"]) for t in ok(config, "tickets", "list")}
    assert listing == {
        "A001": ("waiting", 0),
        "A002": ("waiting", 1),
        "P001": ("done", 0),
    }
    text = kiosk(config, "queue").stdout
    assert "Counter 1" in text and "2 waiting" in text
