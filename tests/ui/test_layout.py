"""Any screen: every state of the visitor screens (the states docs/screens shows, walked by
ui.screenshots.walk) at 1024×768, 1280×800, 1920×1080 and portrait 1080×1920: no widget leaves the window,
no text is cut off, no two widgets overlap; on a tall screen the main buttons sit in the middle third."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QWidget

from tests.support.config_files import MakeConfig
from tests.ui.conftest import OpenKiosk
from ui.app import fill_screen
from ui.screenshots import SIZES, demo_kiosk, walk
from ui.style import Role
from ui.widgets.choice import ChoiceButton
from ui.window import KioskWindow

SLACK = 1  # px of rounding between a hint and a geometry
MAIN_BUTTONS = ("next", "confirm", "done", "register", "booking", "retry")


def _leaves(area: QWidget) -> list[QWidget]:
    """The visible labels and buttons in `area` (a window or its idle overlay)."""
    found = area.findChildren(QLabel) + area.findChildren(QPushButton)
    return [w for w in found if w.isVisible() and w.isVisibleTo(area)]


def _rect(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _cut_off(widget: QWidget) -> str | None:
    if isinstance(widget, ChoiceButton):
        return None  # its pictogram and labels are checked one by one
    if isinstance(widget, QLabel):
        if not widget.text():
            return None
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            return (
                f"needs {needed} px of height, has {widget.height()}"
                if needed > widget.height() + SLACK
                else None
            )
        needed = widget.sizeHint().width()
        return (
            f"needs {needed} px of width, has {widget.width()}" if needed > widget.width() + SLACK else None
        )
    needed = widget.sizeHint()
    if needed.width() > widget.width() + SLACK or needed.height() > widget.height() + SLACK:
        return f"needs {needed.width()}×{needed.height()}, has {widget.width()}×{widget.height()}"
    return None


def layout_problems(window: KioskWindow) -> list[str]:
    """What is wrong with the window as it shows now, one line per problem."""
    overlay = window.overlay if window.overlay.isVisible() else None
    area = overlay or window
    screen = window.current().objectName()
    leaves = _leaves(area)
    problems = []
    bounds = window.rect()
    rects = {w: _rect(w, window) for w in leaves}
    for widget, rect in rects.items():
        name = f"{screen}: {widget.objectName() or type(widget).__name__} {widget.text()[:30]!r}"
        if not bounds.contains(rect):
            problems.append(f"{name} leaves the window: {rect.getRect()} in {bounds.getRect()}")
        cut = _cut_off(widget)
        if cut:
            problems.append(f"{name} is cut off: {cut}")
    for index, first in enumerate(leaves):
        for second in leaves[index + 1 :]:
            if first.isAncestorOf(second) or second.isAncestorOf(first):
                continue
            if rects[first].intersects(rects[second]):
                problems.append(
                    f"{screen}: {first.objectName()!r} {rects[first].getRect()} overlaps "
                    f"{second.objectName()!r} {rects[second].getRect()}"
                )
    if window.portrait and overlay is None:
        height = window.height()
        for widget in leaves:
            if widget.objectName() in MAIN_BUTTONS and widget.property("role") in (Role.PRIMARY, Role.CHOICE):
                centre = rects[widget].center().y()
                if not height / 3 <= centre <= 2 * height / 3:
                    problems.append(
                        f"{screen}: {widget.objectName()!r} is not in the middle third (y {centre})"
                    )
    return problems


def _check_every_state(window: KioskWindow) -> list[str]:
    found: list[str] = []

    def shot(name: str, step: Callable[[], object] | None = None) -> None:
        if step is not None:
            step()
        window.settle()
        QApplication.processEvents()
        found.extend(f"{name} {problem}" for problem in layout_problems(window))

    walk(window, shot, officer=False)
    return found


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_visitor_screens_fit_every_screen(size: tuple[int, int], qm_dir: Path) -> None:
    with demo_kiosk(size, qm_dir=qm_dir) as window:
        assert (window.width(), window.height()) == size
        assert _check_every_state(window) == []


LARGER_TEXT_SIZES = SIZES[1:]  # 1024×768 has no room for larger text on Home and the service list


@pytest.mark.parametrize("size", LARGER_TEXT_SIZES, ids=[f"{w}x{h}" for w, h in LARGER_TEXT_SIZES])
def test_visitor_screens_fit_in_larger_text(size: tuple[int, int], qm_dir: Path) -> None:
    with demo_kiosk(size, larger_text=True, qm_dir=qm_dir) as window:
        assert (window.width(), window.height()) == size
        assert _check_every_state(window) == []


def test_fullscreen_fills_the_screen_without_a_window_manager(
    make_config: MakeConfig, open_kiosk: OpenKiosk
) -> None:
    """Without a window manager showFullScreen() alone leaves the window at its own size: fill_screen
    gives it the screen's geometry, frameless."""
    window = open_kiosk(make_config()).window
    fill_screen(window)
    QApplication.processEvents()
    assert window.geometry() == window.screen().geometry()
    assert window.windowFlags() & Qt.WindowType.FramelessWindowHint
