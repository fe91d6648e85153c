"""Idle reset: an app-wide watch for touches, and the "Still there?" overlay with its countdown."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ui.style import SHADE, Role
from ui.translation import Retranslating
from ui.widgets.basics import button, label

ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.TouchBegin,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
    }
)


class IdleWatcher(QObject):
    """Emits `idle` after `seconds` without a touch, click or key anywhere in the application."""

    idle = Signal()

    def __init__(self, seconds: int, parent: QObject) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(seconds * 1000)
        self.timer.timeout.connect(self.idle)
        self.watching = False
        QCoreApplication.instance().installEventFilter(self)

    def watch(self, on: bool) -> None:
        """Start (or restart) counting idle time, or stop counting."""
        self.watching = on
        if on:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.watching and event.type() in ACTIVITY:
            self.timer.start()
        return False

    def stop(self) -> None:
        self.watch(False)
        QCoreApplication.instance().removeEventFilter(self)


class IdleOverlay(Retranslating, QWidget):
    """Covers the screen with a countdown; `continued` if the visitor taps Continue, else `expired`."""

    continued = Signal()
    expired = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("idle_overlay")
        self.remaining = 0
        self.tick = QTimer(self)
        self.tick.setInterval(1000)
        self.tick.timeout.connect(self._count_down)
        panel = QFrame()
        panel.setProperty("role", Role.PANEL.value)
        panel.setMaximumWidth(900)
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(48, 40, 48, 40)
        inner.setSpacing(20)
        centre = Qt.AlignmentFlag.AlignCenter
        self.question = label(Role.TITLE, align=centre)
        self.seconds = label(Role.COUNTDOWN, name="idle_seconds", align=centre)
        self.explain = label(align=centre)
        self.continue_button = button("continue", Role.PRIMARY)
        self.continue_button.clicked.connect(self._continue)
        for widget in (self.question, self.seconds, self.explain, self.continue_button):
            inner.addWidget(widget)
        outer = QVBoxLayout(self)
        outer.addWidget(panel, 0, centre)
        self.hide()
        self.retranslate()

    def start(self, seconds: int) -> None:
        self.remaining = seconds
        self.retranslate()
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.tick.start()

    def _count_down(self) -> None:
        self.remaining -= 1
        if self.remaining > 0:
            self.retranslate()
            return
        self.tick.stop()
        self.hide()
        self.expired.emit()

    def _continue(self) -> None:
        self.tick.stop()
        self.hide()
        self.continued.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        QPainter(self).fillRect(self.rect(), QColor(*SHADE))

    def retranslate(self) -> None:
        self.question.setText(self.tr("Do you need more time?"))
        self.seconds.setText(str(self.remaining))
        self.explain.setText(
            self.tr("Tap Continue. If not, the screen goes back to the start and what you typed is deleted.")
        )
        self.continue_button.setText(self.tr("Continue"))
