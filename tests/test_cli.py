"""The `kiosk` command line: ticket issue and tickets list, JSON output and refusal codes."""

from __future__ import annotations

import json
import socket
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from kiosk.config import Config
from tests.support.config_files import MakeConfig
from tests.support.kiosk_cli import kiosk
from tests.support.niks import make_nik
from tests.support.printer_peer import LoopbackPrinter


def test_ticket_issue_json_prints_over_the_network(
    make_config: MakeConfig, loopback_printer: LoopbackPrinter
) -> None:
    config = make_config(printer={"type": "network", "host": "127.0.0.1", "port": loopback_printer.port})
    result = kiosk(
        config, "ticket", "issue", "--service", "renewal", "--nik", make_nik(5), "--name", "Ani", "--json"
    )
    assert result.returncode == 0, result.stderr
    ticket = json.loads(result.stdout)
    assert ticket["number"] == "B001" and ticket["service"] == "renewal" and ticket["people_ahead"] == 0
    assert ticket["print_status"] == "printed" and ticket["ticket_id"] and ticket["issued_at"]
    (job,) = loopback_printer.wait_for_jobs(1)
    assert b"B001" in job and b"\x1d(k" in job and ticket["ticket_id"].encode() in job
    assert make_nik(5).encode() not in job and b"0005" in job

    listing = json.loads(kiosk(config, "tickets", "list", "--json").stdout)
    assert [t["number"] for t in listing] == ["B001"]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["--service", "new", "--nik", "1234", "--name", "Ani"], "invalid_nik"),
        (["--service", "visa", "--nik", make_nik(1), "--name", "Ani"], "unknown_service"),
    ],
)
def test_refusals_exit_1_with_the_error_object(config: Config, args: list[str], code: str) -> None:
    result = kiosk(config, "ticket", "issue", *args, "--json")
    assert result.returncode == 1
    error = json.loads(result.stdout)["error"]
    assert error["code"] == code and error["message"]


def test_duplicate_and_quota_and_closed_codes(make_config: MakeConfig) -> None:
    one = [{"code": "new", "prefix": "A", "daily_quota": 1, "name_id": "Paspor Baru", "name_en": "New"}]
    config = make_config(services=one)
    assert (
        kiosk(config, "ticket", "issue", "--service", "new", "--nik", make_nik(1), "--name", "Ani").returncode
        == 0
    )
    for nik, code in ((make_nik(1), "duplicate_nik"), (make_nik(2), "quota_exhausted")):
        result = kiosk(
            config,
            "ticket",
            "issue",
            "--service",
            "new",
            "--nik",
            nik,
            "--name",
            "Budi",
            "--json",
            "--lang",
            "en",
        )
        assert json.loads(result.stdout)["error"]["code"] == code
    today = datetime.now(ZoneInfo("Asia/Jakarta")).isoweekday()
    closed = make_config(office={"open_days": [d for d in range(1, 8) if d != today]})
    result = kiosk(
        closed, "ticket", "issue", "--service", "new", "--nik", make_nik(3), "--name", "Cici", "--json"
    )
    error = json.loads(result.stdout)["error"]
    assert (result.returncode, error["code"]) == (1, "closed") and "pukul 00:00 WIB" in error["message"]


def test_unreachable_database_exits_3_without_traceback(make_config: MakeConfig) -> None:
    with socket.socket() as probe:  # a loopback port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = make_config(database={"url": f"postgresql+psycopg://kiosk@127.0.0.1:{port}/kiosk"})
    result = kiosk(config, "tickets", "list", "--json")
    assert result.returncode == 3 and "Traceback" not in result.stderr
    assert json.loads(result.stdout)["error"]["code"] == "database_unavailable"
