"""Today's tickets, found in the list or by the typed number: reprint (from the second time on with a reason)
or cancel (always with a reason)."""

from __future__ import annotations

from kiosk.assisted import reason_answers
from kiosk.tickets import IssuedTicket
from ui.officer.code_entry import NumberScreen
from ui.officer.reasons import CANCEL_REASONS, REPRINT_REASONS
from ui.officer.task import Task, TaskHost
from ui.officer.tickets import TicketsScreen


class TicketsTask(Task):
    def __init__(self, host: TaskHost) -> None:
        self.tickets, self.number = TicketsScreen(host.ctx), NumberScreen(host.ctx)
        super().__init__(host, {"officer_tickets": self.tickets, "officer_number": self.number})
        self.number.back.connect(lambda: host.show(self.tickets))
        self.number.accepted.connect(self.find)
        self.tickets.type_number.connect(lambda: (self.number.clear(), host.show(self.number)))
        self.tickets.reprint.connect(lambda ticket_id: self.reprint(ticket_id, None))
        self.tickets.cancel.connect(self._ask_cancel)

    def open(self) -> None:
        self.load()
        self.host.show(self.tickets)

    def load(self, select: str | None = None) -> None:
        self.tickets.show_loading()
        self.host.background.query(
            self.ctx.desk.tickets.list_day, lambda found: self.tickets.show_tickets(found, select)
        )

    def find(self, ref: str) -> None:
        host = self.host

        def found(ticket: IssuedTicket) -> None:
            self.load(select=ticket.ticket_id)
            host.show(self.tickets)

        host.background.query(
            lambda: host.assisted.find(ref), found, lambda error: self.number.refuse(host.refusal(error))
        )

    def reprint(self, ticket_id: str, reason: str | None) -> None:
        host = self.host
        officer = host.officer

        def refused(error: Exception) -> None:
            if reason is None and reason_answers("reprint", error):
                number = error.params["number"]
                host.ask(
                    "reprint",
                    REPRINT_REASONS,
                    lambda chosen: self.reprint(ticket_id, chosen),
                    error=error,
                    number=number,
                )
            else:
                host.fail(error)

        host.background.change(
            lambda: host.assisted.reprint(officer, ticket_id, reason), host.done("reprinted"), refused
        )

    def _ask_cancel(self, ticket_id: str) -> None:
        number = self.tickets.selected.label if self.tickets.selected else ticket_id
        self.host.ask("cancel", CANCEL_REASONS, lambda reason: self.cancel(ticket_id, reason), number=number)

    def cancel(self, ticket_id: str, reason: str) -> None:
        host = self.host
        officer = host.officer
        host.background.change(
            lambda: host.assisted.cancel(officer, ticket_id, reason), host.done("cancelled")
        )
