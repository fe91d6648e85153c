"""What the core needs from hardware, as small interfaces; the adapters in printing/ and scanner/ fill them."""

from __future__ import annotations

from typing import Protocol

from kiosk.ticket_layout import TicketLayout


class PrinterError(Exception):
    """The printer did not take the ticket (offline, out of paper, cable pulled, timed out)."""


class TicketPrinter(Protocol):
    """Prints one ticket; raises PrinterError if the ticket did not reach the paper."""

    def print_ticket(self, layout: TicketLayout, name: str) -> None: ...
