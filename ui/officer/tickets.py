"""Today's tickets: pick one from the list (or type its number), then reprint or cancel it."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QVBoxLayout

from kiosk.office_time import format_clock, local
from kiosk.tickets import IssuedTicket
from ui.context import KioskContext
from ui.officer.page import OfficerScreen, ScrollList
from ui.screens.base import SPACING
from ui.style import Role
from ui.widgets.basics import button, label


class TicketsScreen(OfficerScreen):
    """Emits `type_number`, `reprint(ticket_id)` or `cancel(ticket_id)` for the selected ticket."""

    type_number = Signal()
    reprint = Signal(str)
    cancel = Signal(str)

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.tickets: list[IssuedTicket] | None = None  # None until loaded
        self.selected: IssuedTicket | None = None
        self.group = QButtonGroup(self)
        self.list = ScrollList("ticket_list")
        self.status = label(name="tickets_status")
        self.details = label(Role.STRONG, name="ticket_details")
        self.type_button = button("type_number", Role.SECONDARY)
        self.reprint_button = button("reprint", Role.PRIMARY)
        self.cancel_button = button("cancel_ticket", Role.PRIMARY)
        self.type_button.clicked.connect(self.type_number)
        self.reprint_button.clicked.connect(lambda: self._emit(self.reprint))
        self.cancel_button.clicked.connect(lambda: self._emit(self.cancel))
        left = QVBoxLayout()
        left.addWidget(self.status)
        left.addWidget(self.list, 1)
        right = QVBoxLayout()
        right.setSpacing(SPACING)
        right.addWidget(self.details)
        right.addStretch(1)
        for widget in (self.type_button, self.reprint_button, self.cancel_button):
            right.addWidget(widget)
        columns = QHBoxLayout()
        columns.setSpacing(SPACING * 2)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        self.page.addLayout(columns, 1)
        self.bottom(None)
        self.retranslate()

    def show_loading(self) -> None:
        self.tickets = None
        self.list.clear_rows()
        self.retranslate()

    def show_tickets(self, tickets: list[IssuedTicket], select: str | None = None) -> None:
        """Today's tickets, newest first; `select` (a ticket ID) is chosen already."""
        self.tickets = list(reversed(tickets))
        self.selected = None
        for old in self.group.buttons():
            self.group.removeButton(old)
        rows: list[QPushButton] = []
        for ticket in self.tickets:
            toggle = button(f"ticket_{ticket.label}", Role.TOGGLE)
            toggle.setCheckable(True)
            toggle.setText(
                f"{ticket.label}  ·  {format_clock(local(self.ctx.config.office, ticket.issued_at))}"
            )
            toggle.clicked.connect(lambda _=False, ticket=ticket: self._select(ticket))
            toggle.setEnabled(ticket.status != "cancelled")
            self.group.addButton(toggle)
            rows.append(toggle)
            if ticket.ticket_id == select:
                toggle.setChecked(True)
                self.selected = ticket
        self.list.set_rows(rows)
        self.retranslate()

    def _emit(self, signal: SignalInstance) -> None:
        if self.selected is not None:
            signal.emit(self.selected.ticket_id)

    def _select(self, ticket: IssuedTicket) -> None:
        self.selected = ticket
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Tickets of today"))
        if self.tickets is None:
            self.status.setText(self.tr("Loading…"))
        else:
            self.status.setText(
                self.tr("Tap a ticket, or type its number.")
                if self.tickets
                else self.tr("No tickets yet today.")
            )
        ticket = self.selected
        if ticket is None:
            self.details.setText(self.tr("No ticket chosen."))
        else:
            service = self.ctx.config.service(ticket.service_code)
            printed = {
                "printed": self.tr("printed"),
                "queued": self.tr("waiting for the printer"),
                "pending": self.tr("being printed"),
            }.get(ticket.print_status, ticket.print_status)
            name = service.name(self.ctx.language) if service else ticket.service_code
            self.details.setText(f"{ticket.label}\n{name}\n{printed}")
        self.type_button.setText(self.tr("Type a number"))
        self.reprint_button.setText(self.tr("Reprint"))
        self.cancel_button.setText(self.tr("Cancel ticket"))
        self.reprint_button.setEnabled(ticket is not None)
        self.cancel_button.setEnabled(ticket is not None)
