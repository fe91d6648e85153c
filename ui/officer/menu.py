"""The officer menu: one big tile per assisted-desk task, then back to visitor mode or leave the kiosk."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout

from ui.context import KioskContext
from ui.officer.page import OfficerScreen
from ui.screens.base import SPACING, Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label
from ui.widgets.choice import ChoiceButton

TASKS = (
    "register",
    "check_in",
    "tickets",
    "print_queue",
    "today",
    "services",
    "technician",
    "book",
    "bookings",
)
COLUMNS = 3


class MenuScreen(Screen):
    """Emits `chosen(task)` with one of TASKS, `logout` or `leave`."""

    chosen = Signal(str)
    logout = Signal()
    leave = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.waiting: int | None = None  # tickets waiting for the printer, once counted
        self.title = label(Role.TITLE)
        self.page.addWidget(self.title)
        grid = QGridLayout()
        grid.setSpacing(SPACING)
        self.tiles: dict[str, ChoiceButton] = {}
        for index, task in enumerate(TASKS):
            tile = ChoiceButton(f"task_{task}", 120)
            tile.clicked.connect(lambda _=False, task=task: self.chosen.emit(task))
            self.tiles[task] = tile
            last = index == len(TASKS) - 1  # the last one takes what is left of its row
            span = COLUMNS - index % COLUMNS if last else 1
            grid.addWidget(tile, index // COLUMNS, index % COLUMNS, 1, span)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        self.page.addLayout(grid, 1)
        self.logout_button = button("logout", Role.PRIMARY)
        self.leave_button = button("leave", Role.SECONDARY)
        self.logout_button.clicked.connect(self.logout)
        self.leave_button.clicked.connect(self.leave)
        self.page.addLayout(button_row(self.logout_button, self.leave_button))
        self.retranslate()

    def show_waiting(self, count: int | None) -> None:
        self.waiting = count
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Officer menu"))
        waiting = (
            self.tr("Checking…")
            if self.waiting is None
            else self.tr("{count} waiting").format(count=self.waiting)
            if self.waiting
            else self.tr("Nothing waiting")
        )
        texts = {
            "register": (self.tr("Priority lane"), self.tr("Register a visitor with a category")),
            "check_in": (self.tr("Booking code"), self.tr("Check in by typing it")),
            "tickets": (self.tr("Tickets"), self.tr("Reprint or cancel")),
            "print_queue": (self.tr("Print queue"), waiting),
            "today": (self.tr("Today"), self.tr("Figures per service")),
            "services": (self.tr("Services"), self.tr("Pause or resume")),
            "technician": (self.tr("Printer and camera"), self.tr("Tests, last error")),
            "book": (self.tr("Book a session"), self.tr("For a visitor, also priority")),
            "bookings": (self.tr("Change a booking"), self.tr("Cancel or move, by its code")),
        }
        for task, (title, detail) in texts.items():
            self.tiles[task].set_texts(title, detail)
        self.logout_button.setText(self.tr("Back to visitor mode"))
        self.leave_button.setText(self.tr("Leave the kiosk"))


class LeaveScreen(OfficerScreen):
    """Asks before the kiosk program closes; emits `confirmed`."""

    confirmed = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.explain = label(Role.MESSAGE)
        self.page.addWidget(self.explain)
        self.page.addStretch(1)
        self.confirm_button = button("leave_confirm", Role.PRIMARY)
        self.confirm_button.clicked.connect(self.confirmed)
        self.bottom(self.confirm_button)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Leave the kiosk?"))
        self.explain.setText(
            self.tr(
                "The kiosk program closes, for maintenance. Visitors cannot take numbers until it is "
                "started again."
            )
        )
        self.confirm_button.setText(self.tr("Yes, close the kiosk"))
