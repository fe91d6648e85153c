"""The walk-in flow end to end: taps on the on-screen keys, a real database, a real printer."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.nik import mask
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.support.printer_peer import LoopbackPrinter
from tests.ui.conftest import OpenKiosk


def test_walk_in_prints_the_ticket_and_shows_it(
    make_config: MakeConfig, open_kiosk: OpenKiosk, loopback_printer: LoopbackPrinter
) -> None:
    config = make_config(printer={"type": "network", "host": "127.0.0.1", "port": loopback_printer.port})
    kiosk = open_kiosk(config)
    nik = make_nik(1)
    kiosk.choose_service("new")
    kiosk.wait_for("nik")
    kiosk.type(nik[:5] + "9")
    kiosk.tap("key_backspace")
    kiosk.type(nik[5:])
    assert kiosk.text("display") == f"{nik[:4]} {nik[4:8]} {nik[8:12]} {nik[12:]}"
    kiosk.tap("next")
    kiosk.wait_for("name")
    kiosk.type("SITI N'AIMAH-PUTRI.")
    kiosk.tap("next")
    kiosk.wait_for("phone")
    kiosk.type("081234567890")
    kiosk.tap("next")
    kiosk.wait_for("confirm")
    assert kiosk.text("confirm_nik") == mask(nik)
    assert kiosk.text("confirm_name") == "SITI N'AIMAH-PUTRI."
    assert kiosk.text("confirm_phone") == "081234567890"

    kiosk.tap("confirm")
    kiosk.wait_for("ticket")
    job = loopback_printer.wait_for_jobs(1)[0]
    assert b"A001" in job
    assert b"\x1d(k" in job  # the printer draws the QR code itself
    assert kiosk.text("ticket_number") == "A001"
    assert kiosk.text("ticket_service") == "Paspor Baru"
    assert kiosk.text("ticket_ahead") == "Di depan Anda: 0 orang"
    screen = kiosk.window.current()
    assert not screen.picture.pixmap().isNull()  # the ticket as printed, drawn from the same layout
    assert not screen.printer_failed.isVisible()
    [stored] = kiosk.desk.tickets.list_day()
    assert (stored.label, stored.name, stored.print_status) == ("A001", "SITI N'AIMAH-PUTRI.", "printed")

    kiosk.tap("done")
    kiosk.wait_for("home")
    kiosk.choose_service("new")
    kiosk.wait_for("nik")
    assert kiosk.text("display") == "____ ____ ____ ____"  # nothing of the last visitor is left


def test_confirm_tapped_twice_issues_one_ticket(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config())
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(make_nik(2))
    confirm = kiosk.button("confirm")
    kiosk.tap("confirm")
    assert not confirm.isEnabled()  # off until the ticket is issued and printed
    kiosk.qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    kiosk.wait_for("ticket")
    assert len(kiosk.desk.tickets.list_day()) == 1
