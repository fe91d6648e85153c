"""The camera coming and going: a missing or unplugged camera gives the code keypad (a typed code checks in
the same way), plugging it back in resumes the preview, and the camera is closed whenever the scan screen
is not shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.bookings import IMPORT_FIELDS, import_bookings
from kiosk.config import ConfigError
from kiosk.errors import KioskError
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.support.printer_peer import LoopbackPrinter
from tests.ui.checkin_support import BLANK, booking_config, camera_source, checkin_flow, open_with_camera
from tests.ui.conftest import Kiosk, OpenKiosk


def _import_booking(kiosk: Kiosk, folder: Path, clock: FixedClock) -> None:
    """Today's list from the booking system, with booking TGU-AAA111 for the renewal service."""
    row = ["TGU-AAA111", make_nik(3), "BUDI SANTOSO", "renewal", "TGU", "2026-11-30", "09:00", "10:00"]
    path = folder / "bookings.csv"
    path.write_text(",".join(IMPORT_FIELDS) + "\n" + ",".join(row) + "\n", "utf-8")
    import_bookings(path, kiosk.desk.config, kiosk.desk.tickets.db, clock)


def test_without_a_camera_the_code_is_typed_and_checks_in(
    make_config: MakeConfig,
    open_kiosk: OpenKiosk,
    loopback_printer: LoopbackPrinter,
    clock: FixedClock,
    tmp_path: Path,
) -> None:
    kiosk = open_with_camera(open_kiosk, booking_config(make_config, loopback_printer), [BLANK])
    _import_booking(kiosk, tmp_path, clock)
    camera_source(kiosk).plugged = False
    kiosk.tap("booking")
    kiosk.wait_for("code")
    assert "Kamera tidak berfungsi" in kiosk.texts()
    assert kiosk.text("display") == "TGU-▏"
    kiosk.type("AAA")
    kiosk.tap("next")
    assert kiosk.text("error") == KioskError("booking_code_incomplete", office="TGU").message("id")
    kiosk.type("111")
    assert kiosk.text("display") == "TGU-AAA111▏"
    kiosk.tap("next")
    kiosk.wait_for("ticket")
    job = loopback_printer.wait_for_jobs(1)[0]
    assert b"B001" in job and b"Booking TGU-AAA111" in job
    assert kiosk.text("ticket_booking") == "Booking, sesi 09:00–10:00"


def test_unplugging_falls_back_to_the_keypad_and_plugging_in_resumes_the_preview(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_with_camera(open_kiosk, booking_config(make_config), [BLANK])
    source, view = camera_source(kiosk), checkin_flow(kiosk).scan.view
    kiosk.tap("booking")
    kiosk.qtbot.waitUntil(lambda: view.frames > 3)
    source.plugged = False
    kiosk.wait_for("code")
    assert "Kamera tidak berfungsi" in kiosk.texts()
    shown = view.frames
    source.plugged = True
    kiosk.wait_for("scan")
    kiosk.qtbot.waitUntil(lambda: view.frames > shown + 3)
    assert view.image is not None and view.image.width() == 640

    kiosk.tap("type_code")  # the visitor prefers typing: the camera closes meanwhile
    kiosk.wait_for("code")
    assert "Kamera tidak berfungsi" not in kiosk.texts()
    kiosk.qtbot.waitUntil(lambda: not source.is_open)
    kiosk.tap("back")
    kiosk.wait_for("scan")
    kiosk.qtbot.waitUntil(lambda: source.is_open)


def test_typing_goes_on_when_the_camera_comes_back(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_with_camera(open_kiosk, booking_config(make_config), [BLANK])
    source = camera_source(kiosk)
    source.plugged = False
    kiosk.tap("booking")
    kiosk.wait_for("code")
    kiosk.type("AB")
    source.plugged = True
    kiosk.qtbot.waitUntil(lambda: "Kamera tidak berfungsi" not in kiosk.texts())
    assert kiosk.screen == "code" and kiosk.text("display") == "TGU-AB▏"
    kiosk.qtbot.waitUntil(lambda: not source.is_open)  # not needed while typing
    kiosk.tap("back")
    kiosk.wait_for("scan")


@pytest.mark.parametrize("leave", ["back", "timeout"])
def test_the_camera_is_closed_off_the_scan_screen(
    make_config: MakeConfig, open_kiosk: OpenKiosk, leave: str
) -> None:
    kiosk = open_with_camera(open_kiosk, booking_config(make_config), [BLANK])
    source, view = camera_source(kiosk), checkin_flow(kiosk).scan.view
    assert not source.is_open
    kiosk.tap("booking")
    kiosk.qtbot.waitUntil(lambda: view.frames > 0)
    if leave == "back":
        kiosk.tap("back")
    else:
        kiosk.window.timed_out.emit()  # the idle countdown ran out
    assert kiosk.screen == "home"
    kiosk.qtbot.waitUntil(lambda: not source.is_open)
    assert view.image is None  # nothing of the last visitor's picture stays


def test_a_kiosk_without_a_camera_goes_straight_to_typing(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(booking_config(make_config))
    kiosk.tap("booking")
    assert kiosk.screen == "code"
    assert "Kamera" not in kiosk.texts() and "TGU-8F2K91" in kiosk.texts()
    kiosk.type("ZZZZ99")
    kiosk.tap("next")
    kiosk.wait_for("message")
    assert kiosk.text("message") == KioskError("booking_unknown", booking="TGU-ZZZZ99").message("id")
    assert kiosk.button("retry").text() == "Ketik kode lagi"
    kiosk.tap("retry")
    assert kiosk.screen == "code" and kiosk.text("display") == "TGU-ZZZZ99▏"  # kept, to be corrected
    kiosk.tap("back")
    assert kiosk.screen == "home"


def test_the_camera_settings_are_checked(make_config: MakeConfig) -> None:
    assert make_config(camera={"index": 2, "enabled": False}).camera.index == 2
    for camera, key in (({"index": 100}, "camera.index"), ({"enabled": "yes"}, "camera.enabled")):
        with pytest.raises(ConfigError) as bad:
            make_config(camera=camera)
        assert bad.value.key == key
