"""Service choice: one big button per walk-in service with today's places left."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.config import ServiceConfig
from kiosk.queue_line import ServiceQueue
from ui.context import KioskContext
from ui.screens.base import Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label
from ui.widgets.choice import ChoiceButton


class ServiceScreen(Screen):
    """Only `config.walk_in_services` appear; a service without places left, or paused by an officer, is
    disabled."""

    chosen = Signal(object)  # ServiceConfig
    back = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.title = label(Role.TITLE)
        self.page.addWidget(self.title)
        self.places: dict[str, int] | None = None  # None until loaded
        self.paused: frozenset[str] | None = None  # the services an officer paused; None until loaded
        self.lines: dict[str, ServiceQueue] = {}  # waiting and the wait estimate per service, once loaded
        self.buttons: dict[str, ChoiceButton] = {}
        for service in ctx.config.walk_in_services:
            choice = ChoiceButton(f"service_{service.code}", 120)
            choice.clicked.connect(lambda _=False, service=service: self.chosen.emit(service))
            self.buttons[service.code] = choice
            self.page.addWidget(choice, 1)
        self.back_button = button("back", Role.SECONDARY)
        self.back_button.clicked.connect(self.back)
        self.page.addLayout(button_row(self.back_button, None))
        self.retranslate()

    def show_loading(self) -> None:
        self.places = None
        self.paused = None
        self.retranslate()

    def show_paused(self, paused: frozenset[str]) -> None:
        self.paused = paused
        self.retranslate()

    def show_lines(self, lines: dict[str, ServiceQueue]) -> None:
        self.lines = lines
        self.retranslate()

    def show_places(self, places: dict[str, int]) -> None:
        self.places = places
        self.retranslate()

    def _detail(self, service: ServiceConfig) -> str:
        if self.places is None or self.paused is None:
            return self.tr("Checking places left…")
        if service.code in self.paused:
            return self.tr("Paused for now. Please see the officer.")
        left = self.places.get(service.code, 0)
        if left <= 0:
            return self.tr("Full today. Please see the officer.")
        return self.tr("Places left today: {count}").format(count=left) + self._line(service.code)

    def _line(self, code: str) -> str:
        """' · 12 waiting · ± 25 min' (the estimate only once the office has a figure)."""
        line = self.lines.get(code)
        if line is None:
            return ""
        text = " · " + self.tr("{count} waiting").format(count=line.waiting)
        if line.wait_minutes is not None:
            text += " · " + self.tr("± {minutes} min").format(minutes=line.wait_minutes)
        return text

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose a service"))
        for service in self.ctx.config.walk_in_services:
            choice = self.buttons[service.code]
            choice.set_texts(service.name(self.ctx.language), self._detail(service))
            paused = self.paused is None or service.code in self.paused
            choice.setEnabled(bool(self.places and self.places.get(service.code, 0) > 0) and not paused)
        self.back_button.setText(self.tr("Back"))
