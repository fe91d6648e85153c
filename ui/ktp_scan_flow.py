"""Reading the KTP at the kiosk: the NIK screen's "Scan KTP" → the scan screen → the NIK (and name) filled.

The camera is the check-in flow's (one capture worker): while the scan screen shows, its frames go to the
e-KTP reader on the worker's decode thread, never the GUI thread. A NIK is taken once two frames offered
the same one (kiosk.ktp.FrameVote); the NIK screen then shows it grouped 4-4-4-4 and the name screen holds
the name, for the visitor to check and confirm as if typed. After NOT_READ_SECONDS without a read, a kind
word, then the keypad. Nothing read is kept once the scan screen is left.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from kiosk.ktp import FrameVote, KtpFields
from ui.capture_worker import CaptureWorker
from ui.screens.ktp_scan import KtpScanScreen
from ui.screens.name import NameScreen
from ui.screens.nik import NikScreen
from ui.window import KioskWindow

NOT_READ_SECONDS = 15.0
SORRY_SECONDS = 5.0  # how long the kind word shows before the keypad comes back


class KtpScanFlow(QObject):
    """Adds the scan screen to the window; `attach` gives a NIK screen (and its name screen) the button."""

    def __init__(self, window: KioskWindow, camera: CaptureWorker | None, camera_screens: list) -> None:
        super().__init__(window)
        self.window = window
        self.camera = camera
        self.screen = KtpScanScreen(window.ctx)
        self.screen.setObjectName("ktp_scan")
        window.add(self.screen)
        camera_screens.append(self.screen)  # the check-in flow runs the camera while it shows
        self.target: tuple[NikScreen, NameScreen] | None = None
        self.vote = FrameVote()
        self.not_read_timer = self._timer(NOT_READ_SECONDS, self._not_read)
        self.sorry_timer = self._timer(SORRY_SECONDS, self._back)
        self.screen.type_nik.connect(self._back)
        if camera is not None:
            camera.card.connect(self._frame_read)
            camera.frame_ready.connect(self._show_frame)
            camera.camera_changed.connect(lambda there: there or self._back())
        window.stack.currentChanged.connect(self._screen_changed)

    def _timer(self, seconds: float, then: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(round(seconds * 1000))
        timer.timeout.connect(then)
        return timer

    def attach(self, nik: NikScreen, name: NameScreen) -> None:
        nik.scan_button.setVisible(self.camera is not None)
        nik.scan_card.connect(lambda: self.open(nik, name))

    def open(self, nik: NikScreen, name: NameScreen) -> None:
        if self.camera is None:
            return
        self.target = (nik, name)
        self.vote = FrameVote()
        self.screen.clear()
        self.camera.read_cards(True)
        self.window.show_screen(self.screen)  # the check-in flow starts the camera for it
        self.not_read_timer.start()

    def _frame_read(self, fields: KtpFields) -> None:
        if self.window.current() is not self.screen or self.target is None or self.sorry_timer.isActive():
            return  # a frame read after the visitor left, or after the time ran out
        read = self.vote.add(fields)
        if read is None or read.nik is None:
            return
        nik, name = self.target
        nik.set_value(read.nik)
        if read.name:
            name.set_value(read.name)
        self._back()

    def _not_read(self) -> None:
        if self.camera is not None:
            self.camera.read_cards(False)
        self.screen.set_not_read(True)
        self.screen.view.clear()
        self.sorry_timer.start()

    def _back(self) -> None:
        if self.window.current() is self.screen and self.target is not None:
            self.window.show_screen(self.target[0])

    def _show_frame(self) -> None:
        if self.camera is None or self.window.current() is not self.screen or self.sorry_timer.isActive():
            return
        image = self.camera.latest_preview()
        if image is not None:
            self.screen.view.show_frame(image)

    def _screen_changed(self) -> None:
        """Leaving the scan screen (read, keypad, idle reset) ends the read and forgets its frames."""
        if self.window.current() is self.screen:
            return
        self.not_read_timer.stop()
        self.sorry_timer.stop()
        if self.camera is not None:
            self.camera.read_cards(False)
        self.vote = FrameVote()
        self.screen.clear()
