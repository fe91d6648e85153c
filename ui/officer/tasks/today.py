"""Today's figures per service, refreshed on demand."""

from __future__ import annotations

from ui.officer.task import Task, TaskHost
from ui.officer.today import TodayScreen


class TodayTask(Task):
    def __init__(self, host: TaskHost) -> None:
        self.today = TodayScreen(host.ctx)
        super().__init__(host, {"officer_today": self.today})
        self.today.refresh.connect(self.load)

    def open(self) -> None:
        self.load()
        super().open()

    def load(self) -> None:
        self.today.show_report(None)
        self.host.background.query(self.host.assisted.today, self.today.show_report)
