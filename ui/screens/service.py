"""Service choice: one big button per walk-in service, with its pictogram, a plain line saying who it is for,
and today's places left."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent

from kiosk.config import ServiceConfig
from kiosk.queue_line import ServiceQueue
from ui.context import KioskContext
from ui.screens.base import Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label
from ui.widgets.choice import ChoiceButton

# Pictograms of the default services (ui/icons); a service configured under another code gets TICKET.
SERVICE_ICONS = {"new": "book", "renewal": "refresh", "lost-damaged": "file-broken"}
TICKET = "ticket"


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
            choice = ChoiceButton(f"service_{service.code}", 120, SERVICE_ICONS.get(service.code, TICKET))
            choice.clicked.connect(lambda _=False, service=service: self.chosen.emit(service))
            self.buttons[service.code] = choice
            self.page.addWidget(choice, 1)
        self.back_button = button("back", Role.SECONDARY, "arrow-left")
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

    def _detail(self, service: ServiceConfig, described: bool = True) -> str:
        """Who the service is for (if `described`), then whether a number can be had today."""
        description = service.description(self.ctx.language) if described else ""
        return f"{description} · {self._places(service)}" if description else self._places(service)

    def _places(self, service: ServiceConfig) -> str:
        if self.places is None or self.paused is None:
            return self.tr("One moment, checking…")
        if service.code in self.paused:
            return self.tr("Closed for a while. Please see the officer.")
        if self.ctx.config.office.mode == "online_only" and service.booking:
            return self.tr("No same-day numbers: tap to book a session")
        left = self.places.get(service.code, 0)
        if left <= 0 and service.booking:
            return self.tr("Full today. Tap to book a session.")
        if left <= 0:
            return self.tr("No numbers left today. Please see the officer.")
        return self.tr("Numbers left today: {count}").format(count=left) + self._line(service.code)

    def _line(self, code: str) -> str:
        """' · 12 waiting · ± 25 min' (the estimate only once the office has a figure)."""
        line = self.lines.get(code)
        if line is None:
            return ""
        text = " · " + self.tr("{count} waiting").format(count=line.waiting)
        if line.wait_minutes is not None:
            text += " · " + self.tr("± {minutes} min").format(minutes=line.wait_minutes)
        return text

    def _describe(self) -> None:
        """Each service's detail; without the descriptions when the page would not fit (larger text on a
        small screen): the places left matter more."""
        for described in (True, False):
            for service in self.ctx.config.walk_in_services:
                self.buttons[service.code].set_texts(
                    service.name(self.ctx.language), self._detail(service, described)
                )
            if not self.overflows():
                return

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._describe()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Choose a service"))
        self._describe()
        for service in self.ctx.config.walk_in_services:
            paused = self.paused is None or service.code in self.paused
            left = self.places.get(service.code, 0) if self.places else 0
            bookable = self.places is not None and service.booking  # full: its refusal offers a session
            self.buttons[service.code].setEnabled((left > 0 or bookable) and not paused)
        self.back_button.setText(self.tr("Back"))
