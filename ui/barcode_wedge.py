"""A USB 2D barcode scanner that types like a keyboard ("keyboard wedge"): its fast bursts count as scans.

A scanner types a whole code in a few milliseconds and ends it with Enter; a person is far slower. So
keystrokes that follow each other within MAX_GAP_MS, at least MIN_LENGTH of them, ended by Enter, are one
scan. While armed, the filter swallows printable keystrokes (the kiosk's own keys are on the screen, so
nothing else is typed there) and keeps shortcuts with Ctrl, Alt or Meta for whoever needs them.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

MIN_LENGTH = 8
MAX_GAP_MS = 50
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_SHORTCUT = (
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier
)


def _milliseconds(event: QKeyEvent) -> float:
    """When the key was pressed: the window system's time stamp, or now for events without one."""
    return float(event.timestamp()) or time.monotonic() * 1000


class BarcodeWedge(QObject):
    """An application-wide event filter; emits `scanned(text)` for each burst while `armed`."""

    scanned = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._armed = False
        self._typed = ""
        self._last_ms = 0.0
        QCoreApplication.instance().installEventFilter(self)

    @property
    def armed(self) -> bool:
        return self._armed

    @armed.setter
    def armed(self, on: bool) -> None:
        self._armed = on
        self._typed = ""

    def remove(self) -> None:
        QCoreApplication.instance().removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._armed or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        if event.modifiers() & _SHORTCUT:
            return False
        now = _milliseconds(event)
        fast = 0 <= now - self._last_ms < MAX_GAP_MS
        if event.key() in _ENTER:
            if not self._typed:
                return False
            burst, self._typed = self._typed, ""
            if fast and len(burst) >= MIN_LENGTH:
                self.scanned.emit(burst)
            return True
        char = event.text()
        if len(char) != 1 or not char.isprintable():
            return False
        self._typed = self._typed + char if fast else char  # a slow keystroke starts over
        self._last_ms = now
        return True
