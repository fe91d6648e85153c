"""Pause a service (its counter closed, its system down) so walk-ins are refused, and resume it."""

from __future__ import annotations

from kiosk.pauses import paused_services
from ui.officer.services import ServicesScreen
from ui.officer.task import Task, TaskHost


class ServicesTask(Task):
    def __init__(self, host: TaskHost) -> None:
        self.services = ServicesScreen(host.ctx)
        super().__init__(host, {"officer_services": self.services})
        self.services.pause.connect(lambda code: self.set_paused(code, True))
        self.services.resume.connect(lambda code: self.set_paused(code, False))

    def open(self) -> None:
        self.load()
        super().open()

    def load(self) -> None:
        self.services.show_paused(None)
        assisted, config = self.host.assisted, self.ctx.config
        self.host.background.query(lambda: paused_services(assisted.db, config), self.services.show_paused)

    def set_paused(self, code: str, paused: bool) -> None:
        officer, assisted = self.host.officer, self.host.assisted
        change = assisted.pause if paused else assisted.resume
        self.host.background.change(lambda: change(officer, code), lambda _: self.load())
