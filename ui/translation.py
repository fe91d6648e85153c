"""The visitor's language: English source strings, Indonesian from ui/i18n/kiosk_id.qm via QTranslator."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator

log = logging.getLogger(__name__)

QM_DIR = Path(__file__).with_name("i18n")
LANGUAGES = ("id", "en")


class Languages:
    """Installs the Indonesian translator for 'id' and removes it for 'en'.

    Qt then sends LanguageChange to every widget, and each screen retranslates itself. Without a
    compiled .qm the screens stay in English, but config texts and refusals still follow the choice.
    """

    def __init__(self, default: str, qm_dir: Path = QM_DIR) -> None:
        self.default = default
        self.current = "en"
        self._translator = QTranslator()
        self._loaded = self._translator.load("kiosk_id", str(qm_dir))
        if not self._loaded:
            log.warning("no kiosk_id.qm in %s: screens stay in English (run pyside6-lrelease)", qm_dir)

    def set(self, code: str) -> None:
        if code not in LANGUAGES:
            raise ValueError(f"unknown language {code!r}")
        if code == self.current:
            return
        self.current = code
        app = QCoreApplication.instance()
        if not self._loaded:
            QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
        elif code == "id":
            app.installTranslator(self._translator)
        else:
            app.removeTranslator(self._translator)

    def release(self) -> None:
        """Take the translator off the application (the window is closing)."""
        QCoreApplication.instance().removeTranslator(self._translator)


class Retranslating:
    """Mixin for widgets whose texts follow the language: `retranslate()` runs on every LanguageChange."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]  # QWidget.changeEvent, after this mixin
