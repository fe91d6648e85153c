"""The booking slip on the screen: the slip exactly as printed, and its QR large enough to photograph."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QVBoxLayout

from kiosk.session_booking import BookedSession
from kiosk.sessions import session_words
from ui.context import KioskContext
from ui.screens.base import SPACING, Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label
from ui.widgets.picture import FittedPicture
from ui.widgets.qr_code import QrCode


class SlipScreen(Screen):
    """Stays until Done (a visitor photographing the QR must not lose it with a touch), or after
    `kiosk.ticket_seconds`."""

    finished = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.booking: BookedSession | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self._finish)
        self.title = label(Role.TITLE)
        self.when = label(Role.STRONG, name="slip_when")
        self.code = label(Role.TITLE, name="slip_code")
        self.next_steps = label(name="slip_next")
        self.printer_failed = label(Role.WARNING, name="slip_printer_failed")
        self.page.addWidget(self.title)
        text = QVBoxLayout()
        text.setSpacing(SPACING // 2)
        for widget in (self.when, self.code, self.next_steps, self.printer_failed):
            text.addWidget(widget)
        text.addStretch(1)
        self.picture = FittedPicture("slip_picture")  # the slip as printed, from the same layout
        self.qr = QrCode("slip_qr")
        pictures = QHBoxLayout()
        pictures.setSpacing(SPACING * 2)
        pictures.addWidget(self.picture, 2)
        pictures.addWidget(self.qr, 3)
        # Text beside the pictures on a landscape screen, above them on a portrait one.
        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.body.setSpacing(SPACING * 2)
        self.body.addLayout(text, 1)  # half the width: the code and the next steps stay whole at 1024×768
        self.body.addLayout(pictures, 1)
        self.page.addLayout(self.body, 1)
        self.done_button = button("done", Role.PRIMARY)
        self.done_button.clicked.connect(self._finish)
        self.page.addLayout(button_row(self.done_button, None))
        self.retranslate()

    def show_slip(self, booking: BookedSession, picture: QImage) -> None:
        self.booking = booking
        self.picture.set_source(QPixmap.fromImage(picture))
        self.qr.set_data(booking.qr)
        self.retranslate()
        self.timer.start(self.ctx.config.kiosk.ticket_seconds * 1000)

    def _finish(self) -> None:
        if self.booking is not None:
            self.timer.stop()
            self.finished.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        portrait = self.height() > self.width()
        self.body.setDirection(
            QBoxLayout.Direction.TopToBottom if portrait else QBoxLayout.Direction.LeftToRight
        )

    def hideEvent(self, event: QEvent) -> None:
        self.timer.stop()
        super().hideEvent(event)

    def clear(self) -> None:
        self.booking = None
        self.timer.stop()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your session is booked"))
        self.done_button.setText(self.tr("Done"))
        booking = self.booking
        if booking is None:
            return
        config, language = self.ctx.config, self.ctx.language
        service = config.service(booking.service_code)
        words = session_words(config, booking.day, booking.session_start, booking.session_end, language)
        self.when.setText(f"{service.name(language) if service else booking.service_code}\n{words}")
        self.code.setText(self.tr("Booking code {code}").format(code=booking.code))
        self.next_steps.setText(
            self.tr(
                "Take your slip, or photograph the QR. On that day, show it to the kiosk's camera. "
                "Booking is free; the slip is valid only for you."
            )
        )
        failed = booking.slip_status != "printed"
        self.printer_failed.setText(
            self.tr("The slip could not be printed. Please photograph this screen now.") if failed else ""
        )
        self.printer_failed.setVisible(failed)
