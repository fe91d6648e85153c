"""The booking commands as an officer runs them: `kiosk bookings import`, `kiosk checkin`, `kiosk scan`."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import cv2

from kiosk.config import Config
from tests.support.booking_tokens import make_key, payload, sign
from tests.support.config_files import MakeConfig
from tests.support.kiosk_cli import kiosk
from tests.support.niks import make_nik
from tests.support.printer_peer import LoopbackPrinter
from tests.support.qr_images import perspective, place_in_frame, qr_image

# The commands run on the real clock: book the whole of today, so check-in is always inside the session.
ALL_DAY = {"session_start": "00:00", "session_end": "23:59"}


def today(config: Config) -> str:
    return datetime.now(config.office.timezone).date().isoformat()


def picture(path: Path, text: str) -> Path:
    cv2.imwrite(str(path), place_in_frame(perspective(qr_image(text, box=4), 0.2), scale=0.9))
    return path


def test_import_then_check_in_by_code(tmp_path: Path, make_config: MakeConfig) -> None:
    config = make_config(booking={"late_minutes": 1})
    rows = [
        "code,nik,name,service,office,date,session_start,session_end",
        f"TGU-AAA111,{make_nik(1)},Ani,renewal,TGU,{today(config)},00:00,23:59",
    ]
    (tmp_path / "day.csv").write_text("\n".join(rows) + "\n", "utf-8")
    imported = kiosk(config, "bookings", "import", str(tmp_path / "day.csv"), "--json")
    assert json.loads(imported.stdout) == {"added": 1, "updated": 0, "unchanged": 0}, imported.stderr

    (tmp_path / "bad.csv").write_text(
        rows[0] + "\nTGU-BBB222,123,Budi,new,TGU,2026-11-30,09:00,10:00\n", "utf-8"
    )
    refused = kiosk(config, "bookings", "import", str(tmp_path / "bad.csv"), "--json", "--lang", "en")
    assert refused.returncode == 1
    error = json.loads(refused.stdout)["error"]
    assert error["code"] == "booking_file_invalid" and "line 2, field nik" in error["message"]

    result = kiosk(config, "checkin", "--code", "TGU-AAA111", "--json")
    assert result.returncode == 0, result.stderr
    ticket = json.loads(result.stdout)
    assert (ticket["number"], ticket["source"], ticket["print_status"]) == ("B001", "booking", "printed")
    assert (
        ticket["booking"] == {"code": "TGU-AAA111", "session": "00:00-23:59"}
        and ticket["nik_last4"] == "0001"
    )
    again = kiosk(config, "checkin", "--code", "TGU-AAA111", "--json")
    assert (again.returncode, json.loads(again.stdout)["error"]["code"]) == (1, "booking_used")


def test_check_in_from_a_picture_prints_the_booking(
    tmp_path: Path, make_config: MakeConfig, loopback_printer: LoopbackPrinter
) -> None:
    signer, public = make_key()
    config = make_config(
        booking={"public_keys": [public], "late_minutes": 1},
        printer={"type": "network", "host": "127.0.0.1", "port": loopback_printer.port},
    )
    image = picture(tmp_path / "phone.png", sign(signer, payload(date=today(config), **ALL_DAY)))
    result = kiosk(config, "checkin", "--qr-image", str(image), "--json")
    assert result.returncode == 0, result.stderr
    ticket = json.loads(result.stdout)
    assert (ticket["number"], ticket["print_status"], ticket["booking"]["code"]) == (
        "A001",
        "printed",
        "TGU-8F2K91",
    )
    (job,) = loopback_printer.wait_for_jobs(1)
    assert b"Booking TGU-8F2K91 \xfa Sesi 00:00" in job and b"0001" in job

    url = kiosk(
        config,
        "checkin",
        "--qr-image",
        str(picture(tmp_path / "url.png", "https://imigrasi.go.id/")),
        "--json",
    )
    assert (url.returncode, json.loads(url.stdout)["error"]["code"]) == (1, "not_a_booking")
    missing = kiosk(config, "checkin", "--qr-image", str(tmp_path / "absent.png"))
    assert missing.returncode == 2 and "--qr-image" in missing.stderr


def test_scan_lists_the_texts_per_picture(tmp_path: Path, config: Config) -> None:
    token = sign(make_key()[0], payload())
    booking, blank = picture(tmp_path / "booking.png", token), tmp_path / "blank.png"
    cv2.imwrite(str(blank), place_in_frame(qr_image("x")[:8, :8], scale=0.1))
    (tmp_path / "notes.txt").write_text("not a picture", "utf-8")
    result = kiosk(config, "scan", str(booking), str(blank), str(tmp_path / "notes.txt"), "--json")
    assert result.returncode == 1
    found = json.loads(result.stdout)
    assert found[:2] == [{"file": str(booking), "texts": [token]}, {"file": str(blank), "texts": []}]
    assert found[2]["file"] == str(tmp_path / "notes.txt") and found[2]["texts"] == [] and found[2]["error"]
    plain = kiosk(config, "scan", str(booking))
    assert (plain.returncode, plain.stdout) == (0, f"{booking}: {token}\n")
