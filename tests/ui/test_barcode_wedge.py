"""A USB barcode scanner typing like a keyboard: its burst on Home checks in; a person typing does not."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.support.config_files import MakeConfig
from tests.support.printer_peer import LoopbackPrinter
from tests.ui.checkin_support import BLANK, TOKEN, booking_config, checkin_flow, open_with_camera
from tests.ui.conftest import Kiosk, OpenKiosk
from ui.barcode_wedge import MAX_GAP_MS


def _scanner_types(kiosk: Kiosk, text: str, gap_ms: int = 0) -> None:
    """Key presses as a scanner (no gap) or a person (`gap_ms` between keys) sends them, then Enter."""
    for char in text:
        QTest.keyClick(kiosk.window, char)
        if gap_ms:
            kiosk.qtbot.wait(gap_ms)
    QTest.keyClick(kiosk.window, Qt.Key.Key_Return)


def test_a_scanner_burst_on_home_checks_in(
    make_config: MakeConfig, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter
) -> None:
    kiosk = open_kiosk(booking_config(make_config, loopback_printer))  # no camera: the scanner is enough
    _scanner_types(kiosk, TOKEN)
    kiosk.wait_for("ticket")
    job = loopback_printer.wait_for_jobs(1)[0]
    assert b"A001" in job and b"Booking TGU-8F2K91" in job
    assert kiosk.text("ticket_booking") == "Booking, sesi 09:00–10:00"


def test_slow_typing_and_other_screens_are_not_scans(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(booking_config(make_config))
    wedge = checkin_flow(kiosk).wedge
    with kiosk.qtbot.assertNotEmitted(wedge.scanned, wait=100):
        _scanner_types(kiosk, "TGU-8F2K91", gap_ms=MAX_GAP_MS + 15)  # a person at a keyboard
        _scanner_types(kiosk, "TGU-8F2")  # too short for a booking
        kiosk.tap("register")
        kiosk.wait_for("services")
        _scanner_types(kiosk, TOKEN)  # only Home and the scan screen listen
    assert kiosk.desk.tickets.list_day() == []
    kiosk.tap("back")
    with kiosk.qtbot.waitSignal(wedge.scanned) as scanned:
        QTest.keyClick(kiosk.window, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # a shortcut passes
        _scanner_types(kiosk, "TGU-8F2K91")
    assert scanned.args == ["TGU-8F2K91"]


def test_a_scanner_burst_on_the_scan_screen_checks_in(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_with_camera(open_kiosk, booking_config(make_config), [BLANK])
    kiosk.tap("booking")
    kiosk.wait_for("scan")
    _scanner_types(kiosk, TOKEN)
    kiosk.wait_for("ticket")
    [ticket] = kiosk.desk.tickets.list_day()
    assert ticket.booking_code == "TGU-8F2K91"
