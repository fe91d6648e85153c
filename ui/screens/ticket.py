"""The ticket: the number huge, service, people ahead, what to do next and the ticket's picture."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.office_time import format_clock, local
from kiosk.tickets import IssuedTicket
from ui.context import KioskContext
from ui.screens.base import SPACING, Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label
from ui.widgets.picture import FittedPicture
from ui.widgets.qr_code import QrCode


class TicketScreen(Screen):
    """Goes back to Home after `kiosk.ticket_seconds` or a tap (only the Done button if printing failed,
    so a visitor photographing the number does not lose it by touching the screen)."""

    finished = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.ticket: IssuedTicket | None = None
        self.waiting = False  # showing a ticket, not yet sent back to Home
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._finish)

        self.caption = label(Role.STRONG)
        self.number = label(Role.NUMBER, name="ticket_number", wrap=False)
        self.service = label(Role.TITLE, name="ticket_service")
        self.booking = label(name="ticket_booking")  # a check-in: its booked session
        self.ahead = label(Role.STRONG, name="ticket_ahead")
        self.next_steps = label(name="ticket_next")
        self.printer_failed = label(Role.WARNING, name="printer_failed")
        text = QVBoxLayout()
        text.setSpacing(SPACING // 2)
        for widget in (self.caption, self.number, self.service, self.booking, self.ahead, self.next_steps):
            text.addWidget(widget)
        text.addStretch(1)
        self.done_button = button("done", Role.PRIMARY)
        self.done_button.clicked.connect(self._finish)
        text.addLayout(button_row(self.done_button, None))
        self.picture = FittedPicture("ticket_picture")  # the ticket as printed, from the same layout
        columns = QHBoxLayout()
        columns.setSpacing(SPACING * 2)
        columns.addLayout(text, 3)
        columns.addWidget(self.picture, 2)
        self.qr = QrCode("ticket_qr")  # instead of the picture when printing failed: big, to photograph
        columns.addWidget(self.qr, 2)
        self.page.addLayout(columns, 1)
        self.page.addWidget(self.printer_failed)  # across the whole width, so it stays short
        self.retranslate()

    @property
    def print_failed(self) -> bool:
        return self.ticket is not None and self.ticket.print_status != "printed"

    def show_ticket(self, ticket: IssuedTicket, picture: QImage) -> None:
        self.ticket = ticket
        self.picture.set_source(QPixmap.fromImage(picture))
        self.qr.set_data(ticket.ticket_id)
        self.retranslate()
        self.waiting = True
        self.timer.start(self.ctx.config.kiosk.ticket_seconds * 1000)

    def update_ticket(self, ticket: IssuedTicket) -> None:
        """The shown ticket again, e.g. printed late from the print queue: the screen says to take it."""
        if self.ticket is not None and ticket.ticket_id == self.ticket.ticket_id:
            self.ticket = ticket
            self.retranslate()

    def _finish(self) -> None:
        if self.waiting:
            self.waiting = False
            self.timer.stop()
            self.finished.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if not self.print_failed:
            self._finish()
        super().mousePressEvent(event)

    def hideEvent(self, event: QEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Your queue number"))
        self.done_button.setText(self.tr("Done"))
        ticket = self.ticket
        if ticket is None:
            return
        language = self.ctx.language
        service = self.ctx.config.service(ticket.service_code)
        self.number.setText(ticket.label)
        self.service.setText(service.name(language) if service else ticket.service_code)
        self.booking.setVisible(ticket.booking_code is not None)
        if ticket.session_start and ticket.session_end:  # one short line: the screen is full already
            self.booking.setText(
                self.tr("Booking, session {start}–{end}").format(
                    start=f"{ticket.session_start:%H:%M}", end=f"{ticket.session_end:%H:%M}"
                )
            )
        ahead = self.tr("People ahead of you: {count}").format(count=ticket.people_ahead)
        if ticket.expected_call is not None:  # once the office has a figure (kiosk/queue_line.py)
            expected = format_clock(local(self.ctx.config.office, ticket.expected_call))
            ahead += "\n" + self.tr("Expected call ± {time}").format(time=expected)
        self.ahead.setText(ahead)
        steps = (
            []
            if self.print_failed
            else [self.tr("Take your ticket, then sit down and wait for your number to be called.")]
        )
        self.next_steps.setText("\n".join(steps))
        self.next_steps.setVisible(bool(steps))
        self.printer_failed.setText(
            self.tr(
                "Your number is recorded, but the ticket could not be printed. "
                "Please take a photo of this screen and show it to the officer."
            )
        )
        self.printer_failed.setVisible(self.print_failed)
        self.picture.setVisible(not self.print_failed)
        self.qr.setVisible(self.print_failed)
