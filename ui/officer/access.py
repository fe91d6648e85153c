"""The hidden ways into officer mode: holding the top-left corner, or Ctrl+Alt+O on a maintenance keyboard."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

HOLD_MS = 3000  # how long a finger must stay on the corner; tests shorten it before the window is built
CORNER_PX = 100  # the square in the window's top-left corner that opens the PIN pad when held
KEY = Qt.Key.Key_O
MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _keys(event: QKeyEvent) -> bool:
    return event.key() == KEY and event.modifiers() == MODIFIERS


class OfficerAccess(QObject):
    """Watches every touch and key of the application; emits `requested` on the corner hold or the keys.

    The touch still reaches the widget under it: the corner holds only a title, and a visitor who rests a
    finger there for a moment does not notice anything. `enabled` is off while officer mode is open.
    """

    requested = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.enabled = True
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(HOLD_MS)
        self.timer.timeout.connect(self._held)
        QCoreApplication.instance().installEventFilter(self)

    def _in_corner(self, event: QMouseEvent) -> bool:
        point = self.window.mapFromGlobal(event.globalPosition().toPoint())
        return self.window.isVisible() and 0 <= point.x() < CORNER_PX and 0 <= point.y() < CORNER_PX

    def _held(self) -> None:
        if self.enabled:
            self.requested.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            if self.enabled and self._in_corner(event):
                if not self.timer.isActive():  # the same press reaches several widgets in turn
                    self.timer.start()
            else:
                self.timer.stop()
        elif kind == QEvent.Type.MouseButtonRelease:
            self.timer.stop()
        elif kind == QEvent.Type.MouseMove and self.timer.isActive() and isinstance(event, QMouseEvent):
            if not self._in_corner(event):
                self.timer.stop()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) and self.enabled and _keys(event):
            self.requested.emit()
            return True
        return False

    def stop(self) -> None:
        self.timer.stop()
        QCoreApplication.instance().removeEventFilter(self)
