"""The ticket: the number huge, service, people ahead, what to do next and the ticket's picture.

Time to read (WCAG 2.2.1): it stays `kiosk.ticket_seconds` (at least 60) and only its own Done button
closes it early; a touch anywhere else (on the number, say) does nothing. When printing failed it stays
until Done, with a 3-minute safety reset, so a visitor can show it to the officer or photograph it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout, QWidget

from kiosk.office_time import format_clock, local
from kiosk.tickets import IssuedTicket
from ui.context import KioskContext
from ui.screens.base import SPACING, Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label
from ui.widgets.picture import FittedPicture
from ui.widgets.qr_code import QrCode

SAFETY_RESET_SECONDS = 180  # a ticket that did not print stays this long unless Done is tapped


class TicketScreen(Screen):
    """Goes back to Home after `kiosk.ticket_seconds` or on Done."""

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
        self.done_button = button("done", Role.PRIMARY, "check")
        self.done_button.clicked.connect(self._finish)
        self.done_row = QWidget()  # under the texts; on a tall screen under the picture
        done_row = button_row(self.done_button, None)
        done_row.setContentsMargins(0, 0, 0, 0)
        self.done_row.setLayout(done_row)
        self.text = text
        text.addWidget(self.done_row)
        self.picture = FittedPicture("ticket_picture")  # the ticket as printed, from the same layout
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
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
        seconds = SAFETY_RESET_SECONDS if self.print_failed else self.ctx.config.kiosk.ticket_seconds
        self.timer.start(seconds * 1000)

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

    def set_portrait(self, portrait: bool) -> None:
        """On a tall screen the ticket's picture goes under the texts."""
        super().set_portrait(portrait)
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )
        self.columns.setStretch(0, 0 if portrait else 3)  # tall: the texts take what they need, the
        # ticket's picture (or the QR to photograph) the rest
        self.text.removeWidget(self.done_row)
        self.page.removeWidget(self.done_row)
        if portrait:
            self.page.insertWidget(self.page.indexOf(self.columns) + 1, self.done_row)
        else:
            self.text.addWidget(self.done_row)

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
                self.tr("Your booked time: {start}–{end}").format(
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
            else [self.tr("Take your ticket, then sit down and watch the calling screen.")]
        )
        self.next_steps.setText("\n".join(steps))
        self.next_steps.setVisible(bool(steps))
        self.printer_failed.setText(
            self.tr(
                "The ticket did not print, but your number is saved. Show this screen to the officer, "
                "or take a photo of it. Tap Done when you are ready."
            )
        )
        self.printer_failed.setVisible(self.print_failed)
        self.picture.setVisible(not self.print_failed)
        self.qr.setVisible(self.print_failed)
