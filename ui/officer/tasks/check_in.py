"""A booked visitor whose phone is dead: the officer types the booking code, the ticket is printed."""

from __future__ import annotations

from ui.officer.code_entry import BookingEntryScreen
from ui.officer.task import Task, TaskHost


class CheckInTask(Task):
    def __init__(self, host: TaskHost) -> None:
        self.booking = BookingEntryScreen(host.ctx)
        super().__init__(host, {"officer_booking": self.booking})
        self.booking.back.connect(host.show_menu)
        self.booking.accepted.connect(self.check_in)

    def check_in(self, code: str) -> None:
        host, language = self.host, self.ctx.language
        officer = host.officer
        host.background.change(
            lambda: host.assisted.check_in(officer, code, language=language),
            host.done("checked_in"),
            lambda error: self.booking.refuse(host.refusal(error)),
            busy=(self.booking,),
        )
