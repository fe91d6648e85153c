"""No window outlives its test: a window left alive keeps its application-wide event filters (the idle
watch, the officer corner and keys, the barcode wedge) and its timers, so every later test pays for them
on each event, and a later test's first paint can stall past the corner hold (a short touch then opened
the PIN pad)."""

from __future__ import annotations

import sys


def release_windows() -> None:
    """Close every top-level widget still alive (a kiosk window is let go first) and delete it now."""
    if "PySide6.QtWidgets" not in sys.modules:
        return  # the test used no Qt
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    windows = app.topLevelWidgets()
    for widget in windows:
        allow_exit = getattr(widget, "allow_exit", None)
        if callable(allow_exit):
            allow_exit()  # a kiosk window refuses to close for visitors
        widget.close()
    for _ in range(3):  # the answers of work still running reach their screens first (and may start more)
        for widget in windows:
            for pool in widget.findChildren(QThreadPool):
                pool.waitForDone()
        QThreadPool.globalInstance().waitForDone()
        QCoreApplication.processEvents()
    for widget in windows:
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
