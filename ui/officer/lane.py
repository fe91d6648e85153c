"""The first step of an officer's booking for a visitor: the ordinary queue or a priority-lane category."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout

from kiosk.reports import CATEGORIES
from ui.context import KioskContext
from ui.officer.page import OfficerScreen
from ui.screens.base import SPACING
from ui.widgets.choice import ChoiceButton

SAME_DAY = "today"  # not a booking: a same-day number with an override reason


class LaneScreen(OfficerScreen):
    """Emits `chosen(lane)`: "" for the ordinary queue, a priority category, or SAME_DAY."""

    chosen = Signal(str)

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        grid = QGridLayout()
        grid.setSpacing(SPACING)
        self.choices: dict[str, ChoiceButton] = {}
        for index, lane in enumerate(("", *CATEGORIES, SAME_DAY)):
            choice = ChoiceButton(f"lane_{lane or 'ordinary'}", 100)
            choice.clicked.connect(lambda _=False, lane=lane: self.chosen.emit(lane))
            self.choices[lane] = choice
            if index == 0:  # the ordinary queue across the top, the four categories two by two below
                grid.addWidget(choice, 0, 0, 1, 2)
            elif lane == SAME_DAY:  # and across the foot, the exception
                grid.addWidget(choice, 3, 0, 1, 2)
            else:
                grid.addWidget(choice, (index + 1) // 2, (index + 1) % 2)
        self.page.addLayout(grid, 1)
        self.bottom(None)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Book a session for a visitor"))
        texts = {
            "": (self.tr("Ordinary queue"), self.tr("The session's own service")),
            "elderly": (self.tr("Elderly (60+)"), self.tr("Priority lane at check-in")),
            "disability": (self.tr("Disability"), self.tr("Priority lane at check-in")),
            "pregnancy": (self.tr("Pregnancy"), self.tr("Priority lane at check-in")),
            "child": (self.tr("With a child under five"), self.tr("Priority lane at check-in")),
            SAME_DAY: (
                self.tr("Same-day number instead"),
                self.tr("Where walk-ins are closed; with a reason"),
            ),
        }
        for lane, (title, detail) in texts.items():
            self.choices[lane].set_texts(title, detail)
