"""The booking check-in flow: Home "I have a booking code" → scan (camera, or a barcode scanner that types
like a keyboard) or type the code → the same ticket screen as walk-ins, or the refusal with a way back.

Every code read goes through the core's one path (CheckIn → TicketService.issue, then Desk.print) on a
worker thread (ui.background, shared with the walk-in flow). A code read in many frames counts once: while
one is being checked a scanned text is refused (a typed one waits its turn), and the same text is ignored
for REPEAT_SECONDS after it was handled. The camera runs only while the scan screen shows (or while the
code screen waits for a missing camera to come back).
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from kiosk.checkin import CheckIn, booking_text
from kiosk.ports import FrameSource
from kiosk.tickets import IssuedTicket
from ui.barcode_wedge import BarcodeWedge
from ui.capture_worker import CaptureWorker
from ui.screens.booking_code import BookingCodeScreen
from ui.screens.scan import ScanScreen
from ui.ticket_picture import ticket_picture

if TYPE_CHECKING:
    from ui.walkin import WalkInFlow

REPEAT_SECONDS = 5.0


class RecentTexts:
    """Texts handled in the last `seconds`: a code still in front of the camera is not checked in again."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._handled: dict[str, float] = {}

    def handled(self, text: str) -> None:
        self._handled[text] = time.monotonic()

    def seen(self, text: str) -> bool:
        now = time.monotonic()
        self._handled = {t: at for t, at in self._handled.items() if now - at < self.seconds}
        return text in self._handled


class CheckInFlow(QObject):
    """Adds the scan and code screens to the walk-in flow's window and drives them."""

    def __init__(self, walkin: WalkInFlow, checkin: CheckIn, source: FrameSource | None) -> None:
        super().__init__(walkin)
        self.walkin = walkin
        self.window = window = walkin.window
        self.ctx = walkin.ctx
        self.checkin = checkin
        self.scan = ScanScreen(self.ctx)
        self.code = BookingCodeScreen(self.ctx)
        for name, screen in (("scan", self.scan), ("code", self.code)):
            screen.setObjectName(name)
            window.add(screen)
            walkin.steps_by_name[name] = screen  # cleared for each visitor; a refusal's way back
        self.camera = CaptureWorker(source, self) if source is not None else None
        self.camera_screens: list[QWidget] = [self.scan]  # the camera runs while one of these shows
        self.wedge = BarcodeWedge(self)
        self.recent = RecentTexts(REPEAT_SECONDS)

        walkin.home.booking_chosen.connect(self.open)
        self.scan.back.connect(lambda: walkin.start_over(new_visitor=False))
        self.scan.type_code.connect(lambda: window.show_screen(self.code))
        self.code.back.connect(self._code_back)
        self.code.accepted.connect(lambda code: self.check_in(code, typed=True))
        self.wedge.scanned.connect(self._wedge_scanned)
        if self.camera is not None:
            self.camera.frame_ready.connect(self._show_frame)
            self.camera.texts.connect(self._camera_read)
            self.camera.camera_changed.connect(self._camera_changed)
        window.stack.currentChanged.connect(self._screen_changed)
        window.installEventFilter(self)  # the camera threads end when the window closes or goes
        window.destroyed.connect(lambda: self._shut_down())
        self._screen_changed()

    def open(self) -> None:
        """Home's "I have a booking code": the camera, or straight to typing on a kiosk without one."""
        self.window.show_screen(self.scan if self.camera is not None else self.code)

    def check_in(self, text: str, *, typed: bool = False) -> None:
        """Check `text` in on a worker thread, then show the ticket or the refusal.

        A scanned text is refused while another check (or a ticket) is under way, or when it was handled
        moments ago; a typed one is never refused: it waits its turn."""
        if not typed and self.recent.seen(text):
            return
        desk, checkin, language, walkin = self.ctx.desk, self.checkin, self.ctx.language, self.walkin

        def work() -> tuple[IssuedTicket, QImage]:
            ticket = desk.print(checkin.check_in(text, language=language))
            return ticket, ticket_picture(desk.layout(ticket))

        def issued(result: tuple[IssuedTicket, QImage]) -> None:
            self.recent.handled(text)
            walkin.issued(result)

        def refused(error: Exception) -> None:
            self.recent.handled(text)
            walkin.refuse(error, retry="code" if typed else self._retry_step())

        walkin.background.change(work, issued, refused, busy=(self.scan, self.code), queue=typed)

    def _retry_step(self) -> str:
        """Where a refusal's "try again" leads: scanning, or typing on a kiosk without a camera."""
        return "scan" if self.camera is not None else "code"

    def _code_back(self) -> None:
        if self.camera is None or self.code.camera_missing:
            self.walkin.start_over(new_visitor=False)
        else:
            self.window.show_screen(self.scan)

    def _camera_read(self, texts: list[str]) -> None:
        if self.window.current() is self.scan:
            self.check_in(booking_text(texts))

    def _wedge_scanned(self, text: str) -> None:
        if self.wedge.armed:
            self.check_in(text.strip())

    def _show_frame(self) -> None:
        if self.camera is None or self.window.current() is not self.scan:
            return  # another camera screen takes the picture
        image = self.camera.latest_preview()
        if image is not None:
            self.scan.view.show_frame(image)

    def _camera_changed(self, there: bool) -> None:
        current = self.window.current()
        if not there and current is self.scan:
            self.code.set_camera_missing(True)
            self.window.show_screen(self.code)
        elif there and current is self.code and self.code.camera_missing:
            self.code.set_camera_missing(False)
            if self.code.value:  # the visitor is typing: let them finish (Back leads to the camera)
                self._screen_changed()
            else:
                self.window.show_screen(self.scan)

    def _screen_changed(self) -> None:
        """Run the camera only for the scan screen (or to notice a missing one coming back); arm the
        barcode scanner on Home and the scan screen."""
        current = self.window.current()
        self.wedge.armed = current in (self.walkin.home, self.scan)
        if self.camera is None:
            return
        if current in self.camera_screens or (current is self.code and self.code.camera_missing):
            self.camera.start()
        else:
            self.camera.stop()
            self.scan.view.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self._shut_down()
        return False

    def _shut_down(self) -> None:
        self.wedge.remove()
        if self.camera is not None:
            self.camera.shutdown()
