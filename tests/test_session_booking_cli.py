"""The booking commands as an officer's script runs them: `kiosk keys`, `kiosk sessions list`,
`kiosk bookings create|cancel|move|list`, the slip's bytes at a loopback network printer, a slip the
printer did not take printing late, and the configuration's refusals (exit 2, naming the key)."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from datetime import datetime, time, timedelta
from pathlib import Path

from kiosk import office_key
from kiosk.config import Config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.session_booking import SessionBookings
from kiosk.slips import SlipDesk
from kiosk.ticket_layout import Qr
from kiosk.tickets import TicketService
from printing.escpos_render import escpos_bytes
from printing.printers import make_printer
from printing.ticket_image import qr_image, ticket_image
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.kiosk_cli import kiosk
from tests.support.niks import make_nik
from tests.support.printer_peer import LoopbackPrinter

# The commands run on the real clock: book tomorrow (every day is open in the tests' configs).
SESSIONS = [{"start": "09:00", "end": "10:00", "capacity": 2}]


def tomorrow(config: Config) -> str:
    return (datetime.now(config.office.timezone).date() + timedelta(days=1)).isoformat()


def network(peer: LoopbackPrinter) -> dict[str, object]:
    return {"type": "network", "host": "127.0.0.1", "port": peer.port, "timeout_seconds": 0.5}


def test_keys_init_makes_an_owner_only_key_once(make_config: MakeConfig) -> None:
    config = make_config()
    shown = kiosk(config, "keys", "show")
    assert shown.returncode == 1 and "kiosk keys init" in shown.stdout
    made = json.loads(kiosk(config, "keys", "init", "--json").stdout)
    again = json.loads(kiosk(config, "keys", "init", "--json").stdout)
    assert made["created"] and not again["created"] and made["public_key"] == again["public_key"]
    private = Path(made["private_key_file"])
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert stat.S_IMODE(private.parent.stat().st_mode) == 0o700
    rotated = json.loads(kiosk(config, "keys", "init", "--rotate", "--json").stdout)
    assert rotated["public_key"] != made["public_key"] and rotated["retired_keys"] == 1
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert len(office_key.trusted_keys(config.kiosk.data_dir)) == 2  # the retired key still checks in
    current = kiosk(config, "keys", "forget", rotated["fingerprint"])
    assert current.returncode == 1 and "rotate it first" in current.stdout
    forgot = json.loads(kiosk(config, "keys", "forget", made["fingerprint"], "--json").stdout)
    assert forgot["forgotten"] and len(office_key.trusted_keys(config.kiosk.data_dir)) == 1


def test_create_prints_the_slip_then_list_cancel_and_sessions(
    make_config: MakeConfig, loopback_printer: LoopbackPrinter
) -> None:
    config = make_config(sessions=SESSIONS, printer=network(loopback_printer))
    day = tomorrow(config)
    made = kiosk(
        config, "bookings", "create", "--service", "new", "--nik", make_nik(1), "--name", "Siti Aminah",
        "--date", day, "--session", "09:00", "--json",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    slip = json.loads(made.stdout)
    assert {k: slip[k] for k in ("service", "date", "session_start", "session_end", "print_status")} == {
        "service": "new",
        "date": day,
        "session_start": "09:00",
        "session_end": "10:00",
        "print_status": "printed",
    }
    assert slip["code"].startswith("TGU-") and slip["qr"].startswith("BKG1.")
    job = loopback_printer.wait_for_jobs(1)[0]
    assert slip["code"].encode() in job and b"GRATIS" in job and b"SITI AMINAH" in job
    assert make_nik(1).encode() not in job  # only the last four digits are printed

    listed = json.loads(kiosk(config, "sessions", "list", "--date", day, "--json").stdout)
    assert [(s["service"], s["booked"], s["free"]) for s in listed] == [("new", 1, 1), ("renewal", 0, 2)]
    bookings = json.loads(kiosk(config, "bookings", "list", "--json").stdout)
    assert [b["code"] for b in bookings] == [slip["code"]] and "nik" not in bookings[0]

    cancelled = kiosk(config, "bookings", "cancel", slip["code"], "--reason", "Pemohon membatalkan", "--json")
    assert json.loads(cancelled.stdout)["status"] == "cancelled"
    again = kiosk(config, "bookings", "cancel", slip["code"], "--reason", "lagi", "--json", "--lang", "en")
    assert again.returncode == 1 and json.loads(again.stdout)["error"]["code"] == "booking_cancelled"
    unknown = kiosk(config, "sessions", "list", "--service", "lost-damaged", "--json")
    assert json.loads(unknown.stdout)["error"]["code"] == "service_not_bookable"


def test_a_slip_the_printer_did_not_take_prints_late_with_the_queue(
    config: Config,
    db: Database,
    clock: FixedClock,
    loopback_printer: LoopbackPrinter,
    make_config: MakeConfig,
) -> None:
    config = make_config(sessions=SESSIONS, printer=network(loopback_printer))
    tickets = TicketService(config, db, clock)
    desk = Desk(config, tickets, make_printer(config.printer))
    bookings = SessionBookings(config, db, office_key.create(config.kiosk.data_dir)[0], clock)
    slips = SlipDesk(config, bookings, desk.printer, desk.print_queue)
    loopback_printer.refuse()
    booked = slips.book("new", make_nik(2), "Ani", clock.now.date() + timedelta(days=1), time(9))
    assert booked.slip_status == "queued" and [b.code for b in bookings.waiting_slips()] == [booked.code]
    loopback_printer.serve()
    desk.print_queue.retry_pending()
    job = loopback_printer.wait_for_jobs(1)[0]
    assert booked.code.encode() in job and b"Dicetak terlambat" in job
    assert bookings.waiting_slips() == []


def test_bad_session_configuration_exits_2_naming_the_key(make_config: MakeConfig, tmp_path: Path) -> None:
    config = make_config()
    for sessions, key in (
        ([{"start": "10:00", "end": "09:00", "capacity": 5}], "sessions[0].end"),
        ([{"start": "09:00", "end": "10:00", "capacity": 0}], "sessions[0].capacity"),
        (
            [{"start": "09:00", "end": "10:00", "capacity": 5, "services": ["lost-damaged"]}],
            "sessions[0].services",
        ),
        ([{"start": "09:00", "end": "10:00", "capacity": 5, "room": 1}], "sessions[0].room"),
        (
            [
                {"start": "09:00", "end": "10:00", "capacity": 5},
                {"start": "09:30", "end": "11:00", "capacity": 5},
            ],
            "sessions[1].start",
        ),
    ):
        path = tmp_path / "bad.toml"
        text = Path(str(config.source)).read_text() + "".join(
            "[[sessions]]\n" + "".join(f"{k} = {json.dumps(v)}\n" for k, v in s.items()) for s in sessions
        )
        path.write_text(text)
        result = kiosk(replace(config, source=path), "sessions", "list")
        assert result.returncode == 2 and key in result.stderr, (key, result.stderr)
    for extra, key in (('mode = "later"', "office.mode"),):
        path = tmp_path / "bad.toml"
        path.write_text(Path(str(config.source)).read_text().replace("[office]", f"[office]\n{extra}"))
        result = kiosk(replace(config, source=path), "sessions", "list")
        assert result.returncode == 2 and key in result.stderr


def test_the_private_key_never_reaches_a_backup(make_config: MakeConfig, tmp_path: Path) -> None:
    config = make_config(sessions=SESSIONS)
    made = kiosk(
        config, "bookings", "create", "--service", "new", "--nik", make_nik(3), "--name", "Ani",
        "--date", tomorrow(config), "--session", "09:00",
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    private = (office_key.key_dir(config.kiosk.data_dir) / office_key.PRIVATE).read_bytes()
    assert kiosk(config, "backup", str(tmp_path / "copy.db")).returncode == 0
    copy = (tmp_path / "copy.db").read_bytes()
    assert b"PRIVATE KEY" not in copy and private not in copy


def test_the_slip_fits_58_mm_paper(make_config: MakeConfig, db: Database, clock: FixedClock) -> None:
    for width in (58, 80):
        config = make_config(sessions=SESSIONS, printer={"width_mm": width, "native_qr": False})
        bookings = SessionBookings(config, db, office_key.create(config.kiosk.data_dir)[0], clock)
        name = "A" * 30 + " " + "B" * 30 + " " + "C" * 30  # a long name makes the longest QR
        booked = bookings.book(
            "new", make_nik(4 + width), name, clock.now.date() + timedelta(days=1), time(9)
        )
        slips = SlipDesk(config, bookings, make_printer(config.printer))
        layout = slips.layout(booked)
        picture = ticket_image(layout)
        assert picture.width == layout.dots
        assert escpos_bytes(layout, config.printer.profile, native_qr=False)  # the QR as an image fits
        qr = next(b for b in layout.blocks if isinstance(b, Qr))
        assert qr_image(qr.data, box=qr.box).width <= layout.dots, width
