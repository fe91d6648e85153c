"""A picture that fills its space, keeping its proportions, with a dark frame around it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy

from ui.style import INK

FRAME_PX = 4


class FittedPicture(QLabel):
    """Shows `source` as large as the widget allows; white paper stays visible on a white screen."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.source = QPixmap()

    def set_source(self, source: QPixmap) -> None:
        self.source = source
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self.source.isNull() or self.width() < FRAME_PX * 2 or self.height() < FRAME_PX * 2:
            self.clear()  # nothing to show, or no room yet to show it
            return
        fitted = self.source.scaled(
            self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
        painter = QPainter(fitted)
        painter.setPen(QPen(QColor(INK), FRAME_PX))
        painter.drawRect(fitted.rect().adjusted(FRAME_PX // 2, FRAME_PX // 2, -FRAME_PX // 2, -FRAME_PX // 2))
        painter.end()
        self.setPixmap(fitted)
