"""UI fixtures: the compiled translation; a kiosk window on real SQLite and a real printer, driven by taps."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kiosk.config import Config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.ports import FrameSource
from kiosk.tickets import TicketService
from printing.printers import make_printer
from tests.support.clock import FixedClock
from ui.app import build_window
from ui.translation import QM_DIR
from ui.widgets.key_grid import key_name
from ui.window import KioskWindow

TS_FILE = QM_DIR / "kiosk_id.ts"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
LUPDATE = LRELEASE.with_name("pyside6-lupdate")


@pytest.fixture(scope="session")
def qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """kiosk_id.ts compiled into a temporary folder, as the Makefile compiles it next to the .ts."""
    folder = tmp_path_factory.mktemp("i18n")
    subprocess.run(
        [str(LRELEASE), str(TS_FILE), "-qm", str(folder / "kiosk_id.qm")], check=True, capture_output=True
    )
    return folder


class Kiosk:
    """A kiosk window plus the taps a visitor makes on it."""

    def __init__(self, window: KioskWindow, desk: Desk, qtbot: QtBot) -> None:
        self.window = window
        self.desk = desk
        self.qtbot = qtbot

    @property
    def screen(self) -> str:
        return self.window.current().objectName()

    def _area(self) -> QWidget:
        return self.window.overlay if self.window.overlay.isVisible() else self.window.current()

    def button(self, name: str) -> QPushButton:
        found = self._area().findChild(QPushButton, name)
        assert found is not None, f"no button {name!r} on {self.screen}"
        return found

    def text(self, name: str) -> str:
        found = self._area().findChild(QLabel, name)
        assert found is not None, f"no label {name!r} on {self.screen}"
        return found.text()

    def texts(self) -> str:
        """Every visible text on the current screen (labels and buttons), one per line."""
        widgets = self._area().findChildren(QLabel) + self._area().findChildren(QPushButton)
        return "\n".join(w.text() for w in widgets if w.isVisible())

    def tap(self, name: str) -> None:
        target = self.button(name)
        assert target.isVisible() and target.isEnabled(), f"{name!r} on {self.screen} cannot be tapped"
        self.qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        QApplication.processEvents()  # what the tap posted (a language change reaches the screens so)

    def type(self, text: str) -> None:
        """Tap the on-screen keys for `text`."""
        for char in text:
            self.tap(key_name(char))

    def wait_for(self, screen: str, timeout: int = 5000) -> None:
        self.qtbot.waitUntil(lambda: self.screen == screen, timeout=timeout)

    def choose_service(self, code: str = "new") -> None:
        self.tap("register")
        self.wait_for("services")
        self.qtbot.waitUntil(lambda: self.button(f"service_{code}").isEnabled())
        self.tap(f"service_{code}")

    def fill_in(self, nik: str, name: str = "SITI AMINAH", phone: str = "") -> None:
        """From the NIK screen to the confirmation, typing on the keypad and keyboard."""
        assert self.screen == "nik"
        self.type(nik)
        self.tap("next")
        self.wait_for("name")
        self.type(name)
        self.tap("next")
        self.wait_for("phone")
        if phone:
            self.type(phone)
            self.tap("next")
        else:
            self.tap("skip")
        self.wait_for("confirm")


OpenKiosk = Callable[..., Kiosk]


@pytest.fixture
def open_kiosk(
    qtbot: QtBot, qm_dir: Path, clock: FixedClock, db_for: Callable[[Config], Database]
) -> Iterator[OpenKiosk]:
    """Open the kiosk for a config: its database, the fixed clock, its printer; 1280×800 on Home."""
    windows: list[KioskWindow] = []

    def open_(config: Config, translations: Path = qm_dir, frame_source: FrameSource | None = None) -> Kiosk:
        desk = Desk(config, TicketService(config, db_for(config), clock), make_printer(config.printer))
        window = build_window(config, desk, qm_dir=translations, frame_source=frame_source)
        windows.append(window)
        window.resize(1280, 800)
        window.show()
        return Kiosk(window, desk, qtbot)

    yield open_
    for window in windows:
        window.allow_exit()  # a kiosk window refuses to close for visitors
        window.close()
        window.deleteLater()
