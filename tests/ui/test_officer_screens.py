"""Officer screens filled with data stay elderly-friendly too (text ≥ 28 px, buttons ≥ 80 px) and fit a
1024×768 screen together with the officer banner, in both languages."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from tests.support.config_files import MakeConfig
from tests.support.niks import make_nik
from tests.ui.conftest import OpenKiosk
from tests.ui.test_officer_login import log_in
from tests.ui.test_style import MIN_TEXT_PX, SMALLEST_SCREEN
from ui.style import MIN_TOUCH_PX


@pytest.mark.parametrize("language", ["id", "en"])
def test_officer_screens_with_data_are_readable_and_fit_under_the_banner(
    make_config: MakeConfig, open_kiosk: OpenKiosk, language: str
) -> None:
    kiosk = open_kiosk(make_config(kiosk={"language": language}))
    for serial in range(1, 13):
        kiosk.desk.issue("new" if serial % 2 else "renewal", make_nik(serial), "ANI")
    log_in(kiosk, "Bartholomeus Wicaksono")
    officer = kiosk.window.officer
    officer.reasons.ask("override", kiosk.window.ctx.config.officer.override_reasons)
    for task in ("tickets", "print_queue", "today", "services", "technician"):
        officer.open_task(task)
    kiosk.window.pool.waitForDone()
    QApplication.processEvents()
    banner = officer.banner.sizeHint().height()
    for name, screen in officer.screens.items():
        if name == "officer_login":
            continue  # shown before the banner
        kiosk.window.show_screen(screen)
        QApplication.processEvents()
        for widget in screen.findChildren(QLabel) + screen.findChildren(QPushButton):
            if widget.isVisible():
                assert widget.font().pixelSize() >= MIN_TEXT_PX, f"{name}: {widget.objectName()!r}"
        for widget in screen.findChildren(QPushButton):
            if widget.isVisible():
                assert widget.height() >= MIN_TOUCH_PX, f"{name}: {widget.objectName()!r}"
        needed = screen.minimumSizeHint()
        assert needed.width() <= SMALLEST_SCREEN[0], f"{name}: {needed}"
        assert needed.height() + banner <= SMALLEST_SCREEN[1], f"{name}: {needed} under a {banner} px banner"
