"""What an officer's action came to: the ticket it issued, reprinted or cancelled, or the core's refusal."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.errors import KioskError
from kiosk.tickets import IssuedTicket
from ui.context import KioskContext
from ui.officer.page import OfficerScreen
from ui.style import Role
from ui.widgets.basics import label


class OutcomeScreen(OfficerScreen):
    """`show_ticket(action, ticket)` with action 'issued', 'checked_in', 'reprinted' or 'cancelled', or
    `show_error(error)`; the Officer menu button goes on."""

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.action = ""
        self.ticket: IssuedTicket | None = None
        self.error: KioskError | None = None
        centre = Qt.AlignmentFlag.AlignCenter
        self.number = label(Role.NUMBER, name="outcome_number", wrap=False, align=centre)
        self.detail = label(Role.STRONG, name="outcome_detail", align=centre)
        self.message = label(Role.MESSAGE, name="outcome_message")
        for widget in (self.number, self.detail, self.message):
            self.page.addWidget(widget)
        self.page.addStretch(1)
        self.bottom(None)
        self.retranslate()

    def show_ticket(self, action: str, ticket: IssuedTicket) -> None:
        self.action, self.ticket, self.error = action, ticket, None
        self.retranslate()

    def show_error(self, error: KioskError) -> None:
        self.action, self.ticket, self.error = "", None, error
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        ticket, language = self.ticket, self.ctx.language
        self.number.setVisible(ticket is not None)
        self.detail.setVisible(ticket is not None)
        self.message.setVisible(self.error is not None)
        if self.error is not None:
            self.title.setText(self.tr("Not done"))
            self.message.setText(self.error.message(language))
        if ticket is None:
            return
        titles = {
            "issued": self.tr("Priority number issued"),
            "issued_same_day": self.tr("Same-day number issued"),
            "checked_in": self.tr("Booking checked in"),
            "reprinted": self.tr("Ticket printed again"),
            "cancelled": self.tr("Ticket cancelled"),
        }
        self.title.setText(titles[self.action])
        self.number.setText(ticket.label)
        service = self.ctx.config.service(ticket.service_code)
        name = service.name(language) if service else ticket.service_code
        if self.action == "cancelled":
            state = self.tr("Cancelled: the visitor's NIK may take a new number today.")
        elif ticket.print_status == "printed":
            state = self.tr("Printed: give the ticket to the visitor.")
        else:
            state = self.tr("Not printed: it waits in the print queue. Tell the visitor the number.")
        self.detail.setText(f"{name}\n{state}")
