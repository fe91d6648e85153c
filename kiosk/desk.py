"""The front desk: issue a ticket, then print it. The database, written first, is the truth."""

from __future__ import annotations

import logging

from kiosk.config import Config
from kiosk.ports import PrinterError, TicketPrinter
from kiosk.ticket_layout import TicketLayout, ticket_layout
from kiosk.tickets import IssuedTicket, TicketService

log = logging.getLogger(__name__)


class Desk:
    """Issues tickets through TicketService and prints them on the configured printer."""

    def __init__(self, config: Config, tickets: TicketService, printer: TicketPrinter) -> None:
        self.config = config
        self.tickets = tickets
        self.printer = printer

    def issue(self, service_code: str, nik: str, name: str, phone: str | None = None, *,
              source: str = "walkin", language: str = "id") -> IssuedTicket:
        """Store a new ticket (raises KioskError on a refusal), then print it."""
        ticket = self.tickets.issue(service_code, nik, name, phone, source=source, language=language)
        return self.print(ticket)

    def layout(self, ticket: IssuedTicket) -> TicketLayout:
        return ticket_layout(ticket, self.config)

    def print(self, ticket: IssuedTicket) -> IssuedTicket:
        """Print `ticket`; a printer fault leaves it issued, marked 'queued' for a later print."""
        try:
            self.printer.print_ticket(self.layout(ticket), ticket.ticket_id)
        except PrinterError as exc:
            log.warning("ticket %s not printed: %s", ticket.label, exc)
            return self.tickets.set_print_status(ticket.ticket_id, "queued")
        return self.tickets.set_print_status(ticket.ticket_id, "printed")
