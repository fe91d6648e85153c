"""When the printer fails, the ticket screen shows the number and a big QR code to photograph, and sends
the visitor to the officer; the ticket prints late by itself (with the "late" note) once the printer is
back, also after a restart, without anybody tapping anything. A real printer on loopback."""

from __future__ import annotations

import numpy as np
from PySide6.QtGui import QImage

from kiosk.config import Config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.tickets import TicketService
from printing.printers import make_printer
from scanner.backends import ZbarDecoder, ZxingDecoder
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.support.printer_peer import LoopbackPrinter
from tests.support.qr_images import perspective, shrink
from tests.ui.conftest import Kiosk, OpenKiosk

LATE = b"Dicetak ulang/terlambat"


def printer_config(
    make_config: MakeConfig, peer: LoopbackPrinter, retry_seconds: float, poll_seconds: float = 3600
) -> Config:
    """A network printer; by default the status poll stays quiet, so only the retry timer (or start-up)
    prints waiting tickets."""
    return make_config(
        printer={
            "type": "network",
            "host": "127.0.0.1",
            "port": peer.port,
            "timeout_seconds": 0.3,
            "retry_seconds": retry_seconds,
            "status_poll_seconds": poll_seconds,
        },
        kiosk={"ticket_seconds": 60},
    )


def register(kiosk: Kiosk, serial: int) -> None:
    kiosk.choose_service()
    kiosk.wait_for("nik")
    kiosk.fill_in(make_nik(serial))
    kiosk.tap("confirm")
    kiosk.wait_for("ticket")


def grey(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width()].copy()


def test_a_failed_print_shows_a_qr_to_photograph_and_prints_late_by_itself(
    make_config: MakeConfig, open_kiosk: OpenKiosk, peer: LoopbackPrinter
) -> None:
    peer.refuse()  # the printer is off
    kiosk = open_kiosk(printer_config(make_config, peer, retry_seconds=1))
    register(kiosk, 1)
    [ticket] = kiosk.desk.tickets.list_day()
    assert ticket.print_status == "queued"
    screen = kiosk.window.current()
    assert kiosk.text("ticket_number") == "A001"
    assert kiosk.text("printer_failed") == (
        "Nomor Anda sudah tercatat, tetapi tiket tidak dapat dicetak. Silakan foto layar ini dan tunjukkan "
        "kepada petugas."
    )
    assert screen.qr.isVisible() and not screen.picture.isVisible()
    assert screen.qr.module_px >= 8, "too small to photograph"

    # What a phone sees: the whole screen, smaller and at an angle; two decoders read the ticket id.
    shot = grey(kiosk.window.grab().toImage())
    photo = perspective(shrink(shot, 0.5), 0.15)
    assert ZxingDecoder().decode(photo) == [ticket.ticket_id]
    assert ZbarDecoder().decode(shrink(shot, 0.5)) == [ticket.ticket_id]

    peer.serve()  # switched on again: the next retry prints it, nobody taps
    kiosk.qtbot.waitUntil(lambda: len(peer.jobs) == 1, timeout=5000)
    [paper] = peer.jobs
    assert b"A001" in paper and LATE in paper
    kiosk.qtbot.waitUntil(lambda: not screen.printer_failed.isVisible(), timeout=3000)
    assert kiosk.screen == "ticket" and screen.picture.isVisible() and not screen.qr.isVisible()
    assert kiosk.text("ticket_next").startswith("Ambil tiket Anda")
    assert kiosk.desk.tickets.get(ticket.ticket_id).print_status == "printed"


def test_the_retry_starts_when_the_printer_is_ready_again(
    make_config: MakeConfig, open_kiosk: OpenKiosk, peer: LoopbackPrinter
) -> None:
    """The status poll sees the printer back and retries at once, long before retry_seconds."""
    peer.status = "paper_out"
    kiosk = open_kiosk(printer_config(make_config, peer, retry_seconds=3600, poll_seconds=1))
    register(kiosk, 2)
    assert peer.jobs == []
    peer.status = "ok"  # paper loaded
    kiosk.qtbot.waitUntil(lambda: len(peer.jobs) == 1, timeout=4000)
    [paper] = peer.jobs
    assert b"A001" in paper and LATE in paper


def test_tickets_left_waiting_before_a_restart_print_at_start_up(
    make_config: MakeConfig, open_kiosk: OpenKiosk, peer: LoopbackPrinter, clock: FixedClock
) -> None:
    config = printer_config(make_config, peer, retry_seconds=3600)
    peer.refuse()
    tickets = TicketService(config, Database.open(config.database.url), clock)
    before = Desk(config, tickets, make_printer(config.printer))
    queued = [before.issue("new", make_nik(n), "ANI").label for n in (3, 4)]
    before.tickets.db.dispose()  # the kiosk stopped with two tickets unprinted
    peer.serve()

    kiosk = open_kiosk(config)  # and starts again
    kiosk.qtbot.waitUntil(lambda: len(peer.jobs) == 2, timeout=5000)
    jobs = peer.jobs
    assert queued == ["A001", "A002"]
    assert b"A001" in jobs[0] and b"A002" in jobs[1] and all(LATE in job for job in jobs)
    assert kiosk.screen == "home" and kiosk.desk.print_queue.waiting() == []
