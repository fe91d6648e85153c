"""For the technician: test the printer (a test ticket, its state), see the camera's live picture for a few
seconds, read the last warning or error."""

from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from kiosk.errors import KioskError
from kiosk.logs import last_error
from kiosk.office_time import format_clock, local
from ui.context import KioskContext
from ui.officer.checks import PrinterCheck
from ui.officer.page import OfficerScreen
from ui.screens.base import SPACING, button_row
from ui.style import Role
from ui.widgets.basics import button, label, set_role
from ui.widgets.camera_view import CameraView

LAST_ERROR_CHARS = 300
PREVIEW_SIZE = QSize(240, 180)


class TechnicianScreen(OfficerScreen):
    """Emits `test_printer`, `ask_printer` or `test_camera`; the flow runs them and calls back."""

    test_printer = Signal()
    ask_printer = Signal()
    test_camera = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.printer: PrinterCheck | None = None
        self.camera: bool | None = None  # whether the camera answered, once it said
        self.camera_running = False
        self.printer_busy = False
        self.printer_heading = label(Role.STRONG)
        self.printer_state = label(name="printer_state")
        self.camera_state = label(name="camera_state")
        self.view = CameraView("camera_preview")
        self.view.setMinimumSize(PREVIEW_SIZE)
        texts = QVBoxLayout()
        texts.setSpacing(SPACING // 2)
        for widget in (self.printer_heading, self.printer_state, self.camera_state):
            texts.addWidget(widget)
        texts.addStretch(1)
        top = QHBoxLayout()
        top.setSpacing(SPACING * 2)
        top.addLayout(texts, 3)
        top.addWidget(self.view, 2)
        self.page.addLayout(top, 1)
        self.test_button = button("printer_test", Role.PRIMARY)
        self.ask_button = button("printer_status", Role.SECONDARY)
        self.camera_button = button("camera_test", Role.PRIMARY)
        self.test_button.clicked.connect(self.test_printer)
        self.ask_button.clicked.connect(self.ask_printer)
        self.camera_button.clicked.connect(self.test_camera)
        self.page.addLayout(button_row(self.test_button, self.ask_button, self.camera_button))
        self.last_error = label(name="last_error")
        self.page.addWidget(self.last_error)
        self.bottom(None)
        self.retranslate()

    def clear(self) -> None:
        self.printer = self.camera = None
        self.printer_busy = self.camera_running = False
        self.view.clear()
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        """The printer is being asked or sent the test ticket (set and freed by ui.background)."""
        self.printer_busy = busy
        self.retranslate()

    def show_printer(self, check: PrinterCheck) -> None:
        self.printer = check
        self.retranslate()

    def camera_started(self) -> None:
        self.camera, self.camera_running = None, True
        self.view.clear()
        self.retranslate()

    def camera_found(self, there: bool) -> None:
        self.camera = there
        self.retranslate()

    def camera_stopped(self) -> None:
        self.camera_running = False
        self.retranslate()

    def _printer_text(self) -> str:
        check = self.printer
        if self.printer_busy:
            return self.tr("Asking the printer…")
        if check is None:
            return self.tr("Print a test ticket, or ask the printer its state.")
        code = check.status.warning_code
        state = KioskError(code).message(self.ctx.language) if code else self.tr("The printer is ready.")
        if check.printed is True:
            return self.tr("The test ticket was sent to the printer.") + "\n" + state
        if check.printed is False:
            return (
                self.tr("The test ticket was not printed: {detail}").format(detail=check.detail)
                + "\n"
                + state
            )
        return state

    def _camera_text(self) -> str:
        index = self.ctx.config.camera.index
        if self.camera is False:
            return self.tr("No camera answers at number {index}. Check its cable, then test again.").format(
                index=index
            )
        if self.camera and self.camera_running:
            return self.tr("Camera {index} works: this is its live picture.").format(index=index)
        if self.camera:
            return self.tr("Camera {index} works.").format(index=index)
        if self.camera_running:
            return self.tr("Opening the camera…")
        return self.tr("Shows camera {index}'s picture for a few seconds.").format(index=index)

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Printer and camera"))
        self.printer_heading.setText(
            self.tr("Ticket printer ({type})").format(type=self.ctx.config.printer.type)
        )
        self.printer_state.setText(self._printer_text())
        failed = self.printer is not None and (
            self.printer.printed is False or not self.printer.status.can_print
        )
        set_role(self.printer_state, Role.ERROR if failed and not self.printer_busy else Role.BODY)
        self.test_button.setText(self.tr("Print a test"))
        self.ask_button.setText(self.tr("Printer state"))
        self.test_button.setEnabled(not self.printer_busy)
        self.ask_button.setEnabled(not self.printer_busy)
        self.camera_state.setText(self._camera_text())
        self.camera_button.setText(self.tr("Camera test"))
        self.camera_button.setEnabled(not self.camera_running)
        if last_error.text is None or last_error.at is None:
            self.last_error.setText(self.tr("Last warning or error: none since the kiosk started."))
        else:
            at = format_clock(local(self.ctx.config.office, last_error.at))
            text = f"{at}  {last_error.text[:LAST_ERROR_CHARS]}"
            self.last_error.setText(self.tr("Last warning or error: {text}").format(text=text))
