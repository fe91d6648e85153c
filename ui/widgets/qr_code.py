"""A QR code on the screen, big and sharp enough to photograph or scan off the glass."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from printing.ticket_image import qr_image

MIN_MODULE_PX = 6  # below this a phone photo from arm's length starts to blur modules together


class QrCode(QWidget):
    """Draws the code as large as the widget allows in whole pixels per module (no blur), with its
    quiet zone; encoded exactly as on the printed ticket."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.modules = QImage()  # one pixel per module, quiet zone included
        self.data = ""

    def set_data(self, data: str) -> None:
        self.data = data
        code = qr_image(data, box=1)
        self.modules = QImage(
            code.tobytes(), code.width, code.height, code.width, QImage.Format.Format_Grayscale8
        )
        self.modules = self.modules.copy()  # own the pixels; the PIL buffer goes away
        self.updateGeometry()
        self.update()

    @property
    def module_px(self) -> int:
        """Screen pixels per module at the current size."""
        count = self.modules.width()
        return min(self.width(), self.height()) // count if count else 0

    def minimumSizeHint(self) -> QSize:
        side = self.modules.width() * MIN_MODULE_PX
        return QSize(side, side)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.modules.isNull():
            return
        side = self.module_px * self.modules.width()
        target = QRect((self.width() - side) // 2, (self.height() - side) // 2, side, side)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.drawImage(target, self.modules)
        painter.end()
