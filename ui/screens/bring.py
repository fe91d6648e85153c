"""What to bring: shown after choosing a service that lists documents (lost or damaged passport)."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.config import ServiceConfig
from ui.context import KioskContext
from ui.screens.base import Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label


def bring_list(service: ServiceConfig, language: str) -> str:
    """The service's documents as a bulleted list, one per line."""
    return "\n".join(f"•  {item}" for item in service.bring(language))


class BringScreen(Screen):
    proceed = Signal()
    back = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.title = label(Role.TITLE)
        self.service = label(Role.STRONG)
        self.items = label(name="bring_items")
        self.note = label()
        for widget in (self.title, self.service, self.items, self.note):
            self.page.addWidget(widget)
        self.page.addStretch(1)
        self.back_button = button("back", Role.SECONDARY, "arrow-left")
        self.next_button = button("next", Role.PRIMARY, "arrow-right")
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.proceed)
        self.page.addLayout(button_row(self.back_button, self.next_button))
        self.retranslate()

    def retranslate(self) -> None:
        service = self.ctx.visit.service
        language = self.ctx.language
        self.title.setText(self.tr("Please have these papers ready"))
        self.service.setText(service.name(language) if service else "")
        self.items.setText(bring_list(service, language) if service else "")
        self.note.setText(self.tr("The officer will ask for them when your number is called."))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
