"""An officer books a session for a visitor (elderly, assisted), in the ordinary queue or the priority lane;
the same steps as a visitor's booking (ui/booking_steps.py), ending at the officer menu. From the same first
screen: a same-day number where walk-ins are closed, with a reason (ui/officer/same_day.py)."""

from __future__ import annotations

from ui.booking_steps import BookingSteps
from ui.officer.lane import SAME_DAY, LaneScreen
from ui.officer.same_day import SameDaySteps
from ui.officer.task import Task, TaskHost


class BookTask(Task):
    def __init__(self, host: TaskHost) -> None:
        ctx = host.ctx
        assert ctx.slips is not None
        self.lane = LaneScreen(ctx)
        self.steps = BookingSteps(
            ctx,
            ctx.slips,
            prefix="officer_book",
            show=host.show,
            background=host.background,
            refuse=lambda error, _step: host.fail(error),
        )
        self.same_day = SameDaySteps(host, self.lane)
        super().__init__(host, {"officer_lane": self.lane, **self.steps.screens, **self.same_day.screens})
        self.steps.officer = lambda: host.officer.officer
        self.lane.chosen.connect(self._chosen)
        self.steps.left.connect(lambda: host.show(self.lane))
        self.steps.finished.connect(host.show_menu)

    def _chosen(self, lane: str) -> None:
        if lane == SAME_DAY:
            self.same_day.open()
        else:
            self.steps.start(lane or None)
