"""Tickets the printer did not take: the list, and Print now."""

from __future__ import annotations

from kiosk.tickets import IssuedTicket
from ui.officer.print_queue import PrintQueueScreen
from ui.officer.task import Task, TaskHost


class PrintQueueTask(Task):
    def __init__(self, host: TaskHost) -> None:
        self.queue = PrintQueueScreen(host.ctx)
        super().__init__(host, {"officer_queue": self.queue})
        self.queue.print_now.connect(self.print_now)
        self.queue.drop_late.connect(self.drop_late)

    def open(self) -> None:
        self.queue.clear()
        self.load()
        super().open()

    def load(self) -> None:
        self.host.background.query(self.ctx.desk.print_queue.waiting, self.queue.show_jobs)

    def print_now(self) -> None:
        def printed(tickets: list[IssuedTicket]) -> None:
            self.queue.show_printed(tickets)
            self.load()

        self.host.background.change(
            lambda: self.ctx.desk.print_queue.retry_pending(include_late=True), printed, busy=(self.queue,)
        )

    def drop_late(self) -> None:
        """Drop the tickets too old to print (their visitors have the number on screen or left)."""
        queue = self.ctx.desk.print_queue
        self.host.background.change(queue.drop_late, lambda _: self.load(), busy=(self.queue,))
