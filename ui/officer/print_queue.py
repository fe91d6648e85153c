"""The print queue: tickets issued while the printer was down, waiting to be printed, and Print now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel

from kiosk.office_time import format_clock, local
from kiosk.print_queue import PrintJob
from kiosk.tickets import IssuedTicket
from ui.context import KioskContext
from ui.officer.page import OfficerScreen, ScrollList
from ui.style import Role
from ui.widgets.basics import button, label, set_role


class PrintQueueScreen(OfficerScreen):
    """`show_jobs(jobs)` lists them; `print_now` asks to print them (the flow does it off the GUI thread),
    `show_printed(tickets)` says what that printed."""

    print_now = Signal()
    drop_late = Signal()  # drop the tickets older than printer.late_print_minutes

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.jobs: list[PrintJob] | None = None  # None until loaded
        self.busy = False
        self.printed: list[IssuedTicket] | None = None  # what the last Print now printed
        self.status = label(Role.STRONG, name="queue_status")
        self.list = ScrollList("queue_list")
        self.result = label(name="queue_result")
        self.page.addWidget(self.status)
        self.page.addWidget(self.list, 1)
        self.page.addWidget(self.result)
        self.print_button = button("print_now", Role.PRIMARY)
        self.print_button.clicked.connect(self._print_now)
        self.drop_button = button("drop_late", Role.SECONDARY)
        self.drop_button.clicked.connect(self.drop_late)
        self.page.addWidget(self.drop_button)
        self.bottom(self.print_button)
        self.retranslate()

    def show_jobs(self, jobs: list[PrintJob] | None) -> None:
        self.jobs = jobs
        office = self.ctx.config.office
        rows: list[QLabel] = []
        for job in jobs or []:
            row = label(name=f"queue_{job.ticket.label}")
            issued = format_clock(local(office, job.ticket.issued_at))
            late = "  ·  " + self.tr("too late to print by itself") if job.late else ""
            row.setText(
                f"{job.ticket.label}  ·  {issued}{late}" + (f"\n{job.last_error}" if job.last_error else "")
            )
            rows.append(row)
        self.list.set_rows(rows)
        self.retranslate()

    def clear(self) -> None:
        self.printed = None
        self.busy = False
        self.show_jobs(None)

    def _print_now(self) -> None:
        if not self.busy:
            self.print_now.emit()  # officer mode's ui.background sets this screen busy, and frees it

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        if busy:
            self.printed = None
        self.retranslate()

    def show_printed(self, printed: list[IssuedTicket]) -> None:
        self.printed = printed
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Print queue"))
        jobs = self.jobs
        if jobs is None:
            self.status.setText(self.tr("Loading…"))
        elif jobs:
            self.status.setText(self.tr("Tickets waiting for the printer: {count}").format(count=len(jobs)))
        else:
            self.status.setText(self.tr("No ticket is waiting for the printer."))
        printed = self.printed
        self.result.setVisible(printed is not None)
        if printed:
            self.result.setText(
                self.tr("Printed now: {numbers}").format(numbers=", ".join(t.label for t in printed))
            )
        elif printed is not None:
            self.result.setText(
                self.tr(
                    "Nothing was printed: the printer is still not ready. Check it under Printer and camera."
                )
            )
        set_role(self.result, Role.STRONG if printed else Role.ERROR)
        self.print_button.setText(self.tr("Printing…") if self.busy else self.tr("Print now"))
        self.print_button.setEnabled(bool(jobs) and not self.busy)
        self.drop_button.setText(self.tr("Do not print the late ones"))
        self.drop_button.setVisible(any(job.late for job in jobs or []))
        self.drop_button.setEnabled(not self.busy)
