"""A same-day number where walk-ins are closed (office.mode "online_only", or full): an officer picks the
service, types the visitor's NIK and name, and gives a reason from [officer] override_reasons (audited).
Reached from the booking task's first screen (ui/officer/tasks/book.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from kiosk.config import ServiceConfig
from kiosk.errors import KioskError
from kiosk.pauses import paused_services
from ui.officer.task import TaskHost
from ui.screens.base import Screen
from ui.screens.name import NameScreen
from ui.screens.nik import NikScreen
from ui.screens.service import ServiceScreen


class SameDaySteps(QObject):
    """service → NIK → name → reason → the number, printed; `screens` for the task to add."""

    def __init__(self, host: TaskHost, back: Screen) -> None:
        super().__init__(host if isinstance(host, QObject) else None)
        self.host = host
        self.service: ServiceConfig | None = None
        self.nik_typed = ""
        self.services = ServiceScreen(host.ctx)
        self.nik = NikScreen(host.ctx)
        self.name = NameScreen(host.ctx)
        self.screens: dict[str, Screen] = {
            "officer_today_services": self.services,
            "officer_today_nik": self.nik,
            "officer_today_name": self.name,
        }
        self.services.back.connect(lambda: host.show(back))
        self.services.chosen.connect(self._chosen)
        self.nik.back.connect(lambda: host.show(self.services))
        self.nik.accepted.connect(self._typed_nik)
        self.name.back.connect(lambda: host.show(self.nik))
        self.name.accepted.connect(self._ask_reason)

    def open(self) -> None:
        host, tickets = self.host, self.host.ctx.desk.tickets
        self.services.show_loading()
        host.background.query(tickets.places_left, self.services.show_places)
        host.background.query(lambda: paused_services(tickets.db, host.ctx.config), self.services.show_paused)
        host.show(self.services)

    def _chosen(self, service: ServiceConfig) -> None:
        self.service = service
        self.host.show(self.nik)

    def _typed_nik(self, nik: str) -> None:
        self.nik_typed = nik
        self.host.show(self.name)

    def _ask_reason(self, name: str) -> None:
        """The reason screen, with the refusal a walk-in would get now (if any) as what it answers."""
        host, service = self.host, self.service
        assert service is not None

        def ask(error: KioskError | None) -> None:
            reasons = host.ctx.config.officer.override_reasons
            host.ask("override", reasons, lambda reason: self._issue(service, name, reason), error=error)

        def refused(error: Exception) -> None:
            ask(host.refusal(error))

        host.background.query(lambda: host.ctx.desk.tickets.require_walk_in(service.code), ask, refused)

    def _issue(self, service: ServiceConfig, name: str, reason: str) -> None:
        host, nik, language = self.host, self.nik_typed, self.host.ctx.language
        officer = host.officer
        host.background.change(
            lambda: host.assisted.issue_same_day(officer, service.code, nik, name, reason, language=language),
            host.done("issued_same_day"),
        )
