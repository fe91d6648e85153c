"""Today's figures per service, refreshed on demand, and the close-of-day slip on the desk's printer."""

from __future__ import annotations

from kiosk.close_of_day import close_of_day, print_close_of_day
from kiosk.ports import PrinterError
from ui.officer.task import Task, TaskHost
from ui.officer.today import TodayScreen


class TodayTask(Task):
    def __init__(self, host: TaskHost) -> None:
        self.today = TodayScreen(host.ctx)
        super().__init__(host, {"officer_today": self.today})
        self.today.refresh.connect(self.load)
        self.today.print_slip.connect(self.print_slip)

    def open(self) -> None:
        self.load()
        super().open()

    def load(self) -> None:
        self.today.show_report(None)
        self.host.background.query(self.host.assisted.today, self.today.show_report)

    def print_slip(self) -> None:
        """Print today's close-of-day slip; a printer fault is shown on the screen by its refusal code."""
        desk, officer = self.ctx.desk, self.host.officer.officer

        def work() -> str | None:
            tickets = desk.tickets
            today = tickets.today()
            slip = close_of_day(tickets.db, desk.config, today, officer, tickets.clock(), today)
            try:
                print_close_of_day(desk.printer, slip, desk.config)
            except PrinterError as exc:
                return exc.code
            return None

        self.host.background.change(work, self.today.show_slip, busy=(self.today,))
