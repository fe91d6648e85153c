"""The front desk: issue a ticket, then print it. The database, written first, is the truth."""

from __future__ import annotations

from kiosk.config import Config
from kiosk.layout import TicketLayout
from kiosk.ports import TicketPrinter
from kiosk.print_queue import PrintQueue
from kiosk.ticket_layout import ticket_layout
from kiosk.tickets import IssuedTicket, TicketService


class Desk:
    """Issues tickets through TicketService and prints them on the configured printer.

    The printer is asked how it is before each ticket; a ticket it does not take stays issued and
    waits in `print_queue` (print_status 'queued') until `print_queue.retry_pending()` prints it late.
    """

    def __init__(self, config: Config, tickets: TicketService, printer: TicketPrinter) -> None:
        self.config = config
        self.tickets = tickets
        self.printer = printer
        self.print_queue = PrintQueue(config, tickets, printer)

    def issue(
        self,
        service_code: str,
        nik: str,
        name: str,
        phone: str | None = None,
        *,
        source: str = "walkin",
        language: str = "id",
    ) -> IssuedTicket:
        """Store a new ticket (raises KioskError on a refusal), then print it."""
        ticket = self.tickets.issue(service_code, nik, name, phone, source=source, language=language)
        return self.print(ticket)

    def layout(self, ticket: IssuedTicket) -> TicketLayout:
        return ticket_layout(ticket, self.config)

    def print(self, ticket: IssuedTicket) -> IssuedTicket:
        """Print `ticket`; a printer fault leaves it issued, marked 'queued' for a later print."""
        return self.print_queue.print_now(ticket)
