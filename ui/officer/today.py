"""Today per service: tickets issued, checked in (bookings), cancelled, places left; figures and bars; and
the close-of-day slip (kiosk/close_of_day.py) to print and keep outside the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel

from kiosk.errors import KioskError
from kiosk.office_time import format_date
from kiosk.reports import DayReport, ServiceStats
from ui.context import KioskContext
from ui.officer.chart import COLOURS, FIGURES, DayChart, Group
from ui.officer.page import OfficerScreen
from ui.screens.base import SPACING
from ui.style import Role
from ui.widgets.basics import button, label, set_role

_CENTRE = Qt.AlignmentFlag.AlignCenter


def figure(stats: ServiceStats, name: str) -> int:
    return stats.checked_in if name == "checked_in" else getattr(stats, name)


class TodayScreen(OfficerScreen):
    """A table (service × figure) over the chart; the headings carry the bars' colours as a legend."""

    refresh = Signal()
    print_slip = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.report: DayReport | None = None
        self.slip_busy = False
        self.slip: str | None = None  # after a print: "" when printed, else the printer fault's refusal code
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
        self.slip_state = label(name="today_slip_state")
        self.slip_state.setWordWrap(True)
        self.slip_button = button("print_slip", Role.PRIMARY)
        self.slip_button.clicked.connect(self.print_slip)
        slip_row = QHBoxLayout()  # its own row: three buttons side by side overflow a portrait screen
        slip_row.setSpacing(SPACING)
        slip_row.addWidget(self.slip_state, 1)
        slip_row.addWidget(self.slip_button)
        self.page.addLayout(slip_row)
        self.refresh_button = button("refresh", Role.SECONDARY)
        self.refresh_button.clicked.connect(self.refresh)
        self.bottom(self.refresh_button)
        self.retranslate()

    def show_report(self, report: DayReport | None) -> None:
        self.report = report
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        """The slip is being printed (set and freed by ui.background)."""
        self.slip_busy = busy
        self.retranslate()

    def show_slip(self, fault: str | None) -> None:
        self.slip = fault or ""
        self.retranslate()

    def clear(self) -> None:
        self.slip = None
        self.retranslate()

    def _slip_text(self) -> str:
        if self.slip_busy:
            return self.tr("Printing the close-of-day slip…")
        if self.slip is None:
            return ""
        if not self.slip:
            return self.tr("The close-of-day slip was printed. Keep it outside the kiosk.")
        fault = KioskError(self.slip).message(self.ctx.language)
        return self.tr("The close-of-day slip was not printed: {fault}").format(fault=fault)

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
        self.slip_state.setText(self._slip_text())
        self.slip_state.setVisible(bool(self.slip_state.text()))
        set_role(self.slip_state, Role.ERROR if self.slip and not self.slip_busy else Role.BODY)
        self.slip_button.setText(self.tr("Print close-of-day slip"))
        self.slip_button.setEnabled(not self.slip_busy)
