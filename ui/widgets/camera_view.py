"""The live camera picture, mirrored, with the framing guide the visitor holds the QR code (or KTP) inside."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from scanner.preprocess import Rect
from ui.capture_worker import guide_rect
from ui.style import INK, SHADE, WHITE

GUIDE_PEN = 8
PLACEHOLDER = QSize(640, 480)  # the frame shape drawn before the first frame arrives


class CameraView(QWidget):
    """Paints the newest frame filling the widget (its edges cut off), the outside of the guide shaded and
    the guide in white."""

    def __init__(
        self, name: str = "camera_view", guide: Callable[[int, int], Rect] = guide_rect, whole: bool = False
    ) -> None:
        super().__init__()
        self.guide = guide  # the guide's place in a frame of a given width and height
        self.whole = whole  # the whole frame shown (a wide guide stays in sight), not its edges cut off
        self.setObjectName(name)
        self.setMinimumSize(320, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.image: QImage | None = None
        self.frames = 0  # frames shown since the last clear

    def show_frame(self, image: QImage) -> None:
        self.image = image
        self.frames += 1
        self.update()

    def clear(self) -> None:
        """Drop the last frame: nothing of the previous visitor stays on screen."""
        self.image = None
        self.frames = 0
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setClipRect(self.rect())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(INK))
        size = self.image.size() if self.image is not None else PLACEHOLDER
        fitted = size.scaled(
            self.size(),
            Qt.AspectRatioMode.KeepAspectRatio
            if self.whole
            else Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        )
        area = QRectF(
            (self.width() - fitted.width()) / 2,
            (self.height() - fitted.height()) / 2,
            fitted.width(),
            fitted.height(),
        )
        if self.image is not None:
            painter.drawImage(area, self.image)
        scale = area.width() / size.width()
        x, y, width, height = self.guide(size.width(), size.height())
        guide = QRectF(area.x() + x * scale, area.y() + y * scale, width * scale, height * scale)
        outside = QPainterPath()
        outside.addRect(area)
        outside.addRect(guide)  # odd-even fill: the frame minus the guide
        painter.fillPath(outside, QColor(*SHADE[:3], 110))
        painter.setPen(QPen(QColor(WHITE), GUIDE_PEN))
        painter.drawRoundedRect(guide, 12, 12)
        painter.end()
