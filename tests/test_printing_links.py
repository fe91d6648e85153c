"""Printers as the kiosk meets them: a TCP printer that prints, refuses, hangs, drops mid-ticket or reports
paper out and offline; a serial printer on a pseudo-terminal; a file or FIFO; a CUPS queue's commands."""

from __future__ import annotations

import os
import stat
import time
from collections.abc import Iterator
from importlib.util import find_spec
from pathlib import Path

import pytest

from kiosk.layout import Qr, Text, TicketLayout
from kiosk.ports import PrinterError
from printing.escpos_render import escpos_bytes
from printing.links import FileLink, SerialLink, TcpLink
from printing.printers import EscposPrinter, make_printer
from printing.spooler_links import windows_status
from tests.support.config_files import MakeConfig
from tests.support.printer_peer import LoopbackPrinter, SerialPrinter

LAYOUT = TicketLayout(
    80, [Text("A001", "huge", bold=True), Qr("TGU-20261130-A001-ABC123"), Text("Kios front-1")]
)
TICKET = escpos_bytes(LAYOUT, "TM-T88V")
TIMEOUT = 0.3
needs_pyserial = pytest.mark.skipif(find_spec("serial") is None, reason="pyserial is not installed")


def network(peer: LoopbackPrinter, status_query: bool = True) -> EscposPrinter:
    return EscposPrinter(TcpLink("127.0.0.1", peer.port, TIMEOUT), "TM-T88V", True, status_query)


def failure(printer: EscposPrinter) -> PrinterError:
    with pytest.raises(PrinterError) as info:
        printer.print_ticket(LAYOUT, "A001")
    return info.value


def test_network_asks_prints_and_asks_again(loopback_printer: LoopbackPrinter) -> None:
    printer = network(loopback_printer)
    printer.print_ticket(LAYOUT, "A001")
    assert loopback_printer.wait_for_jobs(1) == [TICKET]
    assert loopback_printer.queries == [1, 4, 1, 4]
    status = printer.status()
    assert (status.state, status.online, status.paper, status.warning_code) == ("ready", True, "ok", None)


@pytest.mark.parametrize(("peer_status", "detail"), [("paper_out", "paper out"), ("offline", "cover open")])
def test_network_paper_out_or_offline_is_known_before_the_ticket_is_sent(
    loopback_printer: LoopbackPrinter, peer_status: str, detail: str
) -> None:
    loopback_printer.status = peer_status
    error = failure(network(loopback_printer))
    assert error.status is not None and error.status.state == peer_status and detail in str(error)
    time.sleep(0.1)
    assert loopback_printer.jobs == [] and loopback_printer.connections == 1
    status = network(loopback_printer).status()
    assert status.state == peer_status and status.warning_code == f"printer_{peer_status}"


def test_network_paper_low_prints_and_warns(loopback_printer: LoopbackPrinter) -> None:
    loopback_printer.status = "paper_low"
    network(loopback_printer).print_ticket(LAYOUT, "A001")
    assert loopback_printer.wait_for_jobs(1) == [TICKET]
    status = network(loopback_printer).status()
    assert (status.state, status.paper, status.warning_code) == ("paper_low", "low", "printer_paper_low")
    assert "hampir habis" in (status.warning("id") or "")


def test_no_answer_is_unknown_never_ok(loopback_printer: LoopbackPrinter) -> None:
    loopback_printer.status = "silent"
    started = time.monotonic()
    status = network(loopback_printer).status()
    assert (status.state, status.online, status.paper) == ("unknown", None, "unknown")
    assert status.warning_code == "printer_unknown" and not status.can_print
    error = failure(network(loopback_printer))
    assert error.status is not None and error.status.state == "unknown"
    assert time.monotonic() - started < 4 * TIMEOUT + 1
    assert loopback_printer.jobs == []


def test_status_queries_off_prints_blind_and_reports_only_the_connection(
    loopback_printer: LoopbackPrinter,
) -> None:
    loopback_printer.status = "silent"
    network(loopback_printer, status_query=False).print_ticket(LAYOUT, "A001")
    assert loopback_printer.wait_for_jobs(1) == [TICKET] and loopback_printer.queries == []
    status = network(loopback_printer, status_query=False).status()
    assert (status.state, status.online, status.paper) == ("online", True, "unknown")


def test_refused_then_back(loopback_printer: LoopbackPrinter) -> None:
    loopback_printer.refuse()
    error = failure(network(loopback_printer))
    assert error.status is not None and error.status.state == "offline" and "cannot connect" in str(error)
    assert network(loopback_printer).status().state == "offline"
    loopback_printer.serve()
    network(loopback_printer).print_ticket(LAYOUT, "A001")
    assert loopback_printer.wait_for_jobs(1) == [TICKET]


def test_a_printer_that_accepts_and_never_reads_times_out() -> None:
    peer = LoopbackPrinter(mode="hang")
    try:
        started = time.monotonic()
        error = failure(network(peer))
        assert time.monotonic() - started < TIMEOUT + 1
        assert error.status is not None and error.status.state == "unknown"
        assert peer.connections == 1 and peer.jobs == []
    finally:
        peer.close()


def test_connection_dropped_mid_ticket_is_a_failure() -> None:
    peer = LoopbackPrinter(mode="drop", drop_after=40)
    try:
        error = failure(network(peer))
        assert error.status is not None and not error.status.can_print
        time.sleep(0.1)
        assert peer.jobs == [] and len(peer.partial) == 1 and TICKET.startswith(peer.partial[0][:40])
    finally:
        peer.close()


@pytest.fixture
def serial_printer() -> Iterator[SerialPrinter]:
    peer = SerialPrinter()
    yield peer
    peer.close()


def serial(peer: SerialPrinter | str, baudrate: int = 115200) -> EscposPrinter:
    device = peer if isinstance(peer, str) else peer.device
    return EscposPrinter(SerialLink(device, baudrate, "none", TIMEOUT), "TM-T88V", True)


@needs_pyserial
def test_serial_printer_on_a_pty_prints_and_answers(
    make_config: MakeConfig, serial_printer: SerialPrinter
) -> None:
    config = make_config(
        printer={
            "type": "serial",
            "serial_device": serial_printer.device,
            "baudrate": 115200,
            "timeout_seconds": TIMEOUT,
        }
    )
    printer = make_printer(config.printer)
    printer.print_ticket(LAYOUT, "A001")
    printer.print_ticket(LAYOUT, "A002")
    assert serial_printer.wait_for_jobs(2) == [TICKET, TICKET]
    assert serial_printer.brain.queries == [1, 4, 1, 4] * 2
    assert printer.status().state == "ready"


@needs_pyserial
@pytest.mark.parametrize("peer_status", ["paper_out", "offline", "silent"])
def test_serial_faults_are_known_before_printing(serial_printer: SerialPrinter, peer_status: str) -> None:
    serial_printer.status = peer_status
    error = failure(serial(serial_printer))
    expected = "unknown" if peer_status == "silent" else peer_status
    assert error.status is not None and error.status.state == expected
    assert serial(serial_printer).status().state == expected
    time.sleep(0.1)
    assert serial_printer.jobs == [] and b"A001" not in serial_printer.received


@needs_pyserial
def test_serial_device_missing_is_offline(tmp_path: Path) -> None:
    error = failure(serial(str(tmp_path / "ttyUSB9")))
    assert error.status is not None and error.status.state == "offline"


def test_file_printer_appends_each_ticket(tmp_path: Path) -> None:
    printer = EscposPrinter(FileLink(tmp_path / "spool.bin", 5.0), "TM-T88V", True)
    printer.print_ticket(LAYOUT, "A001")
    printer.print_ticket(LAYOUT, "A002")
    assert (tmp_path / "spool.bin").read_bytes() == TICKET * 2
    assert printer.status().state == "online"


def test_file_printer_on_a_device_nobody_reads_is_offline(tmp_path: Path) -> None:
    fifo = tmp_path / "lp0"
    os.mkfifo(fifo)  # a device node with no printer behind it: opening for writing fails (ENXIO)
    error = failure(EscposPrinter(FileLink(fifo, 5.0), "TM-T88V", True))
    assert error.status is not None and error.status.state == "offline"


@pytest.fixture
def cups_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`lp` and `lpstat` as CUPS' client commands behave, spooling into tmp_path/spool."""
    bin_dir, spool = tmp_path / "bin", tmp_path / "spool"
    bin_dir.mkdir()
    spool.mkdir()
    scripts = {
        "lp": f'#!/bin/sh\necho "$@" > {spool}/args\ncat > {spool}/job.bin\n'
        'echo "request id is $2-1 (1 file(s))"\n',
        "lpstat": f'#!/bin/sh\nif [ -e {spool}/disabled ]; then echo "printer $2 disabled since Mon -"; '
        f'else echo "printer $2 is idle.  enabled since Mon"; fi\n',
    }
    for name, text in scripts.items():
        (bin_dir / name).write_text(text)
        (bin_dir / name).chmod(stat.S_IRWXU)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return spool


def test_cups_queue_gets_the_raw_bytes_and_a_stopped_queue_is_offline(
    make_config: MakeConfig, cups_commands: Path
) -> None:
    printer = make_printer(
        make_config(printer={"type": "cups", "cups_queue": "TM88", "timeout_seconds": 2}).printer
    )
    assert printer.status().state == "online"
    printer.print_ticket(LAYOUT, "A001")
    assert (cups_commands / "job.bin").read_bytes() == TICKET
    assert (cups_commands / "args").read_text().split()[:4] == ["-d", "TM88", "-o", "raw"]
    (cups_commands / "disabled").touch()
    (cups_commands / "job.bin").unlink()
    assert printer.status().state == "offline"
    with pytest.raises(PrinterError, match="disabled"):
        printer.print_ticket(LAYOUT, "A002")
    assert not (cups_commands / "job.bin").exists()


def test_cups_without_its_commands_says_what_to_install(
    make_config: MakeConfig, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    printer = make_printer(make_config(printer={"type": "cups", "cups_queue": "TM88"}).printer)
    status = printer.status()
    assert status.state == "offline" and "cups-client" in status.detail


@pytest.mark.parametrize(
    ("status", "attributes", "state"),
    [
        (0, 0, "online"),
        (0x80, 0, "offline"),
        (0, 0x400, "offline"),
        (0x10, 0, "paper_out"),
        (0x1, 0, "offline"),
    ],
)
def test_windows_spooler_flags(status: int, attributes: int, state: str) -> None:
    assert windows_status("EPSON TM-T88V", status, attributes).state == state


def test_the_timeout_bounds_the_whole_ticket_not_each_step(loopback_printer: LoopbackPrinter) -> None:
    """Each status answer comes just under the timeout: step by step the ticket would take four of
    them; as one deadline it gives up within the timeout (and the ticket goes to the print queue)."""
    timeout = 1.0
    loopback_printer.answer_delay = 0.8
    printer = EscposPrinter(TcpLink("127.0.0.1", loopback_printer.port, timeout), "TM-T88V", True)
    started = time.monotonic()
    with pytest.raises(PrinterError):
        printer.print_ticket(LAYOUT, "A001")
    assert time.monotonic() - started < 2 * timeout
    loopback_printer.answer_delay = 0.0
    printer.print_ticket(LAYOUT, "A002")  # the next ticket has its own deadline
    assert loopback_printer.wait_for_jobs(2)[-1]
