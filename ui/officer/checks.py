"""The technician's printer checks, run off the GUI thread: a test ticket, the printer's state."""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.desk import Desk
from kiosk.ports import PrinterError
from kiosk.printer_status import PrinterStatus
from kiosk.sample_ticket import sample_layout

TEST_TICKET = "printer-test"


@dataclass(frozen=True)
class PrinterCheck:
    """`printed`: True or False after a test ticket, None when the printer was only asked its state."""

    printed: bool | None
    status: PrinterStatus
    detail: str = ""


def print_test_ticket(desk: Desk, language: str) -> PrinterCheck:
    """Print kiosk.sample_ticket's test ticket on the desk's printer, then ask how the printer is."""
    try:
        desk.printer.print_ticket(sample_layout(desk.config, desk.tickets.clock(), language), TEST_TICKET)
    except PrinterError as exc:
        return PrinterCheck(False, exc.status or desk.printer.status(), str(exc))
    return PrinterCheck(True, desk.printer.status())


def ask_printer(desk: Desk) -> PrinterCheck:
    return PrinterCheck(None, desk.printer.status())
