"""Today per service: tickets issued, checked in (bookings), cancelled, places left; figures and bars."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel

from kiosk.office_time import format_date
from kiosk.reports import DayReport, ServiceStats
from ui.context import KioskContext
from ui.officer.chart import COLOURS, FIGURES, DayChart, Group
from ui.officer.page import OfficerScreen
from ui.screens.base import SPACING
from ui.style import Role
from ui.widgets.basics import button, label

_CENTRE = Qt.AlignmentFlag.AlignCenter


def figure(stats: ServiceStats, name: str) -> int:
    return stats.checked_in if name == "checked_in" else getattr(stats, name)


class TodayScreen(OfficerScreen):
    """A table (service × figure) over the chart; the headings carry the bars' colours as a legend."""

    refresh = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.report: DayReport | None = None
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(SPACING)
        self.table.setVerticalSpacing(4)
        self.headings: dict[str, QLabel] = {}
        for column, name in enumerate(FIGURES, start=1):
            heading = label(Role.STRONG, align=_CENTRE)
            heading.setStyleSheet(f"border-bottom: 8px solid {COLOURS[name]}; padding-bottom: 2px;")
            self.headings[name] = heading
            self.table.addWidget(heading, 0, column)
        self.table.setColumnStretch(0, 2)
        for column in range(1, len(FIGURES) + 1):
            self.table.setColumnStretch(column, 1)
        self.cells: dict[tuple[str, str], QLabel] = {}  # (service, figure or "name")
        for row, service in enumerate(ctx.config.services, start=1):
            self.cells[service.code, "name"] = label()
            self.table.addWidget(self.cells[service.code, "name"], row, 0)
            for column, name in enumerate(FIGURES, start=1):
                cell = label(Role.STRONG, name=f"today_{service.code}_{name}", align=_CENTRE)
                self.cells[service.code, name] = cell
                self.table.addWidget(cell, row, column)
        self.page.addLayout(self.table)
        self.chart = DayChart()
        self.page.addWidget(self.chart, 1)
        self.refresh_button = button("refresh", Role.SECONDARY)
        self.refresh_button.clicked.connect(self.refresh)
        self.bottom(self.refresh_button)
        self.retranslate()

    def show_report(self, report: DayReport | None) -> None:
        self.report = report
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        language, report = self.ctx.language, self.report
        self.title.setText(
            self.tr("Today: {date}").format(date=format_date(report.day, language))
            if report
            else self.tr("Today")
        )
        headings = {
            "issued": self.tr("Issued"),
            "checked_in": self.tr("Checked in"),
            "cancelled": self.tr("Cancelled"),
            "places_left": self.tr("Places left"),
        }
        for name, heading in self.headings.items():
            heading.setText(headings[name])
        stats = {s.service: s for s in report.services} if report else {}
        groups = []
        for service in self.ctx.config.services:
            self.cells[service.code, "name"].setText(service.name(language))
            found = stats.get(service.code)
            values = {name: figure(found, name) for name in FIGURES} if found else {}
            for name in FIGURES:
                self.cells[service.code, name].setText(str(values[name]) if values else "…")
            if values:
                groups.append(Group(service.name(language), values))
        self.chart.set_groups(groups)
        self.refresh_button.setText(self.tr("Refresh"))
