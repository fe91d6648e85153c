"""A bar chart of today's figures, drawn with QPainter: per service a group of bars, one per figure."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.style import BLUE, INK, RED

# The figures, in the order of their bars, with the colour the table's headings repeat as a legend.
FIGURES = ("issued", "checked_in", "cancelled", "places_left")
COLOURS = {"issued": BLUE, "checked_in": "#1B7F3B", "cancelled": RED, "places_left": "#8C8C8C"}
TEXT_PX = 28
GAP = 4  # between the bars of one group


@dataclass(frozen=True)
class Group:
    """One service: its name under the group, and a value per figure."""

    name: str
    values: dict[str, int]


class DayChart(QWidget):
    """Bars scaled to the largest value of all; each bar's value is written above it."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("day_chart")
        self.groups: list[Group] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def minimumSizeHint(self) -> QSize:
        return QSize(400, 130)  # leaves room on a 1024×768 screen for the close-of-day slip and its message

    def set_groups(self, groups: list[Group]) -> None:
        self.groups = groups
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.groups:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(TEXT_PX)
        painter.setFont(font)
        line = painter.fontMetrics().height()
        names_height = 2 * line  # a service name may take two lines
        top, bottom = line + 4, self.height() - names_height - 8
        highest = max(1, *(max(g.values.values()) for g in self.groups))
        slot = self.width() / len(self.groups)
        bar = max(8.0, (slot * 0.8 - GAP * (len(FIGURES) - 1)) / len(FIGURES))
        painter.setPen(QPen(QColor(INK), 2))
        painter.drawLine(0, bottom, self.width(), bottom)
        for index, group in enumerate(self.groups):
            left = index * slot + (slot - (bar * len(FIGURES) + GAP * (len(FIGURES) - 1))) / 2
            for number, figure in enumerate(FIGURES):
                value = group.values.get(figure, 0)
                height = (bottom - top) * value / highest
                x = left + number * (bar + GAP)
                painter.fillRect(QRectF(x, bottom - height, bar, height), QColor(COLOURS[figure]))
                painter.setPen(QColor(INK))
                painter.drawText(
                    QRectF(x - GAP, bottom - height - line, bar + 2 * GAP, line),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(value),
                )
            painter.drawText(
                QRectF(index * slot, bottom + 4, slot, names_height),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                group.name,
            )
        painter.end()
