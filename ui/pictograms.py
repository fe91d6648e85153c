"""Pictograms on buttons and choices: the Tabler icons in ui/icons (MIT, see ui/icons/README), drawn in the
colour of the text beside them so they keep its contrast."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ui.style import BLUE, ICON_ASPECT, MUTED, WHITE, Role

ICON_DIR = Path(__file__).with_name("icons")
_SIZES = (32, 48, 64, 96, 128, 192)


@cache
def pictogram_pixmap(name: str, colour: str, side: int, aspect: float = 1.0) -> QPixmap:
    """The icon `name` (a file in ui/icons without .svg) drawn `side` pixels high in `colour`, centred in
    a picture `aspect` times as wide as high."""
    svg = (ICON_DIR / f"{name}.svg").read_text("utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    width = round(side * aspect)
    pixmap = QPixmap(width, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF((width - side) / 2, 0, side, side))
    painter.end()
    return pixmap


@cache
def pictogram(name: str, role: Role) -> QIcon:
    """An icon for a button of `role`: white on blue buttons, blue on white ones (white once checked),
    grey when the button is off."""
    normal = WHITE if role in (Role.PRIMARY, Role.CHOICE) else BLUE
    icon = QIcon()
    for side in _SIZES:
        for mode, state, colour in (
            (QIcon.Mode.Normal, QIcon.State.Off, normal),
            (QIcon.Mode.Normal, QIcon.State.On, WHITE),
            (QIcon.Mode.Disabled, QIcon.State.Off, MUTED),
        ):
            icon.addPixmap(pictogram_pixmap(name, colour, side, ICON_ASPECT), mode, state)
    return icon
