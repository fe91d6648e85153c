"""The technician's checks: a test ticket, the printer's state, the camera's live picture for PREVIEW_MS."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer

from kiosk.ports import FrameSource
from scanner.capture import CameraSource
from ui.capture_worker import CaptureWorker
from ui.officer.checks import ask_printer, print_test_ticket
from ui.officer.task import Task, TaskHost
from ui.officer.technician import TechnicianScreen

PREVIEW_MS = 5000  # how long the camera test shows the live picture


class TechnicianTask(Task):
    def __init__(self, host: TaskHost) -> None:
        self.technician = TechnicianScreen(host.ctx)
        super().__init__(host, {"officer_technician": self.technician})
        index = self.ctx.config.camera.index
        self.camera: Callable[[], FrameSource] = lambda: CameraSource(index)
        self.preview: CaptureWorker | None = None  # the camera test's, while it runs
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.timeout.connect(self.stop_preview)
        self.technician.test_printer.connect(self.test_printer)
        self.technician.ask_printer.connect(self.ask_printer)
        self.technician.test_camera.connect(self.test_camera)

    def reset(self) -> None:
        self.stop_preview()
        super().reset()

    def test_printer(self) -> None:
        desk, language = self.ctx.desk, self.ctx.language
        self.host.background.change(
            lambda: print_test_ticket(desk, language), self.technician.show_printer, busy=(self.technician,)
        )

    def ask_printer(self) -> None:
        desk = self.ctx.desk
        self.host.background.query(
            lambda: ask_printer(desk), self.technician.show_printer, busy=(self.technician,)
        )

    def test_camera(self) -> None:
        """The camera's live picture for PREVIEW_MS, through the same capture worker as the scan screen."""
        if self.preview is not None:
            return
        worker = self.preview = CaptureWorker(self.camera(), self)
        view = self.technician.view

        def show_frame() -> None:
            image = worker.latest_preview()
            if image is not None:
                view.show_frame(image)

        worker.frame_ready.connect(show_frame)
        worker.camera_changed.connect(self.technician.camera_found)
        self.technician.camera_started()
        worker.start()
        self.preview_timer.start(PREVIEW_MS)

    def stop_preview(self) -> None:
        worker, self.preview = self.preview, None
        self.preview_timer.stop()
        if worker is not None:
            worker.shutdown()
            worker.deleteLater()
            self.technician.camera_stopped()
