"""Check-in by camera: signed booking QRs in camera frames, read by the real decoder on the capture worker,
checked in through the core, printed over TCP to a loopback printer, shown on the walk-in ticket screen."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from kiosk.checkin import CheckIn
from kiosk.errors import KioskError
from tests.support.booking_tokens import payload, sign
from tests.support.config_files import MakeConfig
from tests.support.printer_peer import LoopbackPrinter
from tests.support.qr_images import invert, perspective, place_in_frame, qr_image, rotate
from tests.ui.checkin_support import (
    BLANK,
    KEY,
    OTHER_KEY,
    TOKEN,
    booking_config,
    checkin_flow,
    code_frame,
    open_with_camera,
)
from tests.ui.conftest import OpenKiosk

FRAMES: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "straight": lambda qr: place_in_frame(qr, scale=0.6),
    "tilted": lambda qr: place_in_frame(perspective(rotate(qr, 25), 0.25), scale=0.65),
    "inverted (dark mode)": lambda qr: place_in_frame(invert(qr), scale=0.6, fill=40),
}


@pytest.mark.parametrize("frame", FRAMES)
def test_a_booking_qr_held_to_the_camera_prints_its_ticket(
    make_config: MakeConfig, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter, frame: str
) -> None:
    kiosk = open_with_camera(
        open_kiosk,
        booking_config(make_config, loopback_printer),
        [BLANK, FRAMES[frame](qr_image(TOKEN, box=4))],
    )
    kiosk.tap("booking")
    assert kiosk.screen == "scan"
    assert "Pegang kode QR di dalam kotak" in kiosk.texts()
    kiosk.wait_for("ticket")
    job = loopback_printer.wait_for_jobs(1)[0]
    assert b"A001" in job and b"Booking TGU-8F2K91" in job
    assert kiosk.text("ticket_number") == "A001"
    assert kiosk.text("ticket_booking") == "Booking, sesi 09:00–10:00"
    [ticket] = kiosk.desk.tickets.list_day()
    assert (ticket.source, ticket.booking_code, ticket.print_status) == ("booking", "TGU-8F2K91", "printed")


def test_the_same_code_in_many_frames_gives_one_ticket(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_with_camera(open_kiosk, booking_config(make_config), [code_frame(TOKEN)])
    flow = checkin_flow(kiosk)
    kiosk.tap("booking")
    kiosk.wait_for("ticket")
    kiosk.tap("done")
    kiosk.wait_for("home")
    kiosk.tap("booking")  # the visitor still holds the code up: it was handled moments ago
    shown = flow.scan.view.frames
    kiosk.qtbot.waitUntil(lambda: flow.scan.view.frames >= shown + 20)
    assert kiosk.screen == "scan"
    assert len(kiosk.desk.tickets.list_day()) == 1


REFUSED = {
    "booking_forged": sign(OTHER_KEY, payload()),
    "booking_wrong_date": sign(KEY, payload(date="2026-12-01")),
    "booking_used": TOKEN,
    "not_a_booking": "https://www.imigrasi.go.id/",
}


@pytest.mark.parametrize("code", REFUSED)
def test_each_refusal_is_explained_with_a_way_back_to_scanning(
    make_config: MakeConfig, open_kiosk: OpenKiosk, code: str
) -> None:
    config = booking_config(make_config)
    kiosk = open_with_camera(open_kiosk, config, [BLANK, code_frame(REFUSED[code])])
    core = CheckIn(config, kiosk.desk.tickets)
    if code == "booking_used":
        first = kiosk.desk.print(core.check_in(TOKEN))  # checked in before, at another kiosk
    with pytest.raises(KioskError) as refused:
        core.verify(REFUSED[code])
    assert refused.value.code == code
    kiosk.tap("booking")
    kiosk.wait_for("message")
    assert kiosk.text("message") == refused.value.message("id")
    if code == "booking_used":
        assert f"nomor antrean {first.label}" in kiosk.text("message")
    assert kiosk.button("retry").text() == "Pindai lagi"
    kiosk.tap("retry")
    kiosk.wait_for("scan")
    flow = checkin_flow(kiosk)
    kiosk.qtbot.waitUntil(lambda: flow.scan.view.frames >= 10)
    assert kiosk.screen == "scan"  # the code still in view is not refused over and over
    kiosk.tap("back")
    assert kiosk.screen == "home"
    assert len(kiosk.desk.tickets.list_day()) == (code == "booking_used")
