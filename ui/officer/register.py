"""The last step of a priority-lane registration: the category (the NIK's suggestion preselected), then issue.

The NIK and the name before it are typed on the walk-in's own NIK and name screens.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QPushButton, QSizePolicy

from kiosk.nik import mask
from kiosk.reports import CATEGORIES
from ui.context import KioskContext
from ui.screens.base import SPACING, Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label

TOGGLE_MAX_PX = 160


class CategoryScreen(Screen):
    """Emits `issue(category)`; the Issue button is off until a category is chosen, and while issuing."""

    issue = Signal(str)
    back = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.nik = self.name = ""
        self.suggested: str | None = None
        self.busy = False
        self.title = label(Role.TITLE)
        self.visitor = label(Role.STRONG, name="category_visitor")
        self.hint = label(name="category_hint")
        for widget in (self.title, self.visitor, self.hint):
            self.page.addWidget(widget)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(SPACING)
        for index, category in enumerate(CATEGORIES):
            toggle = button(f"category_{category}", Role.TOGGLE)
            toggle.setCheckable(True)
            toggle.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            toggle.setMaximumHeight(TOGGLE_MAX_PX)
            toggle.toggled.connect(self._update)
            self.group.addButton(toggle)
            self.buttons[category] = toggle
            grid.addWidget(toggle, index // 2, index % 2)
        self.page.addLayout(grid, 1)
        self.back_button = button("back", Role.SECONDARY)
        self.issue_button = button("issue", Role.PRIMARY)
        self.back_button.clicked.connect(self.back)
        self.issue_button.clicked.connect(self._issue)
        self.page.addLayout(button_row(self.back_button, self.issue_button))
        self.retranslate()

    @property
    def category(self) -> str | None:
        return next((c for c, toggle in self.buttons.items() if toggle.isChecked()), None)

    def set_visitor(self, nik: str, name: str, suggested: str | None) -> None:
        """Show who is registered and preselect the category the NIK suggests (or none)."""
        self.nik, self.name, self.suggested = nik, name, suggested
        self.group.setExclusive(False)  # so that no button may be checked
        for category, toggle in self.buttons.items():
            toggle.setChecked(category == suggested)
        self.group.setExclusive(True)
        self.set_busy(False)

    def clear(self) -> None:
        self.set_visitor("", "", None)

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.retranslate()

    def _issue(self) -> None:
        category = self.category
        if category is not None and not self.busy:
            self.issue.emit(category)  # officer mode's ui.background sets this screen busy, and frees it

    def _update(self) -> None:
        self.issue_button.setEnabled(self.category is not None and not self.busy)
        self.back_button.setEnabled(not self.busy)

    def category_names(self) -> dict[str, str]:
        return {
            "elderly": self.tr("Elderly (60+)"),
            "disability": self.tr("Disability"),
            "pregnancy": self.tr("Pregnancy"),
            "child": self.tr("With a child under five"),
        }

    def retranslate(self) -> None:
        names = self.category_names()
        self.title.setText(self.tr("Priority lane: choose the category"))
        self.visitor.setText(f"{mask(self.nik)}  ·  {self.name}" if self.nik else "")
        self.hint.setText(
            self.tr("Suggested from the NIK's birth date: {category}").format(category=names[self.suggested])
            if self.suggested
            else self.tr("The birth date suggests no category: choose the one that applies.")
        )
        for category, toggle in self.buttons.items():
            toggle.setText(names[category])
        self.back_button.setText(self.tr("Back"))
        self.issue_button.setText(self.tr("Issuing…") if self.busy else self.tr("Issue priority number"))
        self._update()
