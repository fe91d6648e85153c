"""Elderly-friendly sizes on every screen: text ≥ 28 px, touch targets ≥ 80 px, nothing needs more than
1024×768, and the larger-text toggle scales the type."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from tests.support.config_files import MakeConfig
from tests.ui.conftest import OpenKiosk
from ui.style import LARGE_TEXT, MIN_TOUCH_PX

MIN_TEXT_PX = 28
SMALLEST_SCREEN = (1024, 768)


def _visible(screen: QWidget, kind: type[QWidget]) -> list[QWidget]:
    return [w for w in screen.findChildren(kind) if w.isVisible()]


@pytest.mark.parametrize("larger_text", [False, True])
def test_every_screen_is_readable_touchable_and_fits(
    make_config: MakeConfig, open_kiosk: OpenKiosk, larger_text: bool
) -> None:
    kiosk = open_kiosk(make_config())
    window = kiosk.window
    if larger_text:
        kiosk.tap("larger_text")
    for index in range(window.stack.count()):
        screen = window.stack.widget(index)
        window.show_screen(screen)
        QApplication.processEvents()
        name = screen.objectName()
        for widget in _visible(screen, QLabel) + _visible(screen, QPushButton):
            assert widget.font().pixelSize() >= MIN_TEXT_PX, f"{name}: {widget.objectName()!r} text too small"
        for widget in _visible(screen, QPushButton):
            assert widget.height() >= MIN_TOUCH_PX, f"{name}: {widget.objectName()!r} is {widget.height()} px"
        needed = screen.minimumSizeHint()
        assert needed.width() <= SMALLEST_SCREEN[0] and needed.height() <= SMALLEST_SCREEN[1], (
            f"{name}: {needed}"
        )


def test_larger_text_scales_the_type_and_resets_for_the_next_visitor(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    kiosk = open_kiosk(make_config())
    title = kiosk.window.current().title
    normal = title.font().pixelSize()
    kiosk.tap("larger_text")
    assert title.font().pixelSize() == round(normal * LARGE_TEXT)
    kiosk.tap("register")
    kiosk.wait_for("services")
    assert kiosk.window.current().title.font().pixelSize() == round(normal * LARGE_TEXT)
    kiosk.window.timed_out.emit()
    assert kiosk.screen == "home" and title.font().pixelSize() == normal
    assert not kiosk.button("larger_text").isChecked()
