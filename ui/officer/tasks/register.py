"""Priority lane: the visitor's NIK and name (the walk-in's own screens), the category, then the ticket; a
refusal an override lifts (kiosk.assisted.reason_answers) asks for one of [officer] override_reasons."""

from __future__ import annotations

from kiosk.assisted import reason_answers
from ui.officer.register import CategoryScreen
from ui.officer.task import Task, TaskHost
from ui.screens.name import NameScreen
from ui.screens.nik import NikScreen


class RegisterTask(Task):
    def __init__(self, host: TaskHost) -> None:
        ctx = host.ctx
        self.nik, self.name, self.category = NikScreen(ctx), NameScreen(ctx), CategoryScreen(ctx)
        super().__init__(
            host, {"officer_nik": self.nik, "officer_name": self.name, "officer_category": self.category}
        )
        self.typed = ("", "")  # the NIK and name typed so far
        self.nik.back.connect(host.show_menu)
        self.nik.accepted.connect(self._typed_nik)
        self.name.back.connect(lambda: host.show(self.nik))
        self.name.accepted.connect(self._typed_name)
        self.category.back.connect(lambda: host.show(self.name))
        self.category.issue.connect(lambda category: self.register(category, None))

    def reset(self) -> None:
        super().reset()
        self.typed = ("", "")

    def _typed_nik(self, nik: str) -> None:
        self.typed = (nik, "")
        self.host.show(self.name)

    def _typed_name(self, name: str) -> None:
        nik = self.typed[0]
        self.typed = (nik, name)
        self.category.set_visitor(nik, name, self.host.assisted.suggest_category(nik))
        self.host.show(self.category)

    def register(self, category: str, override: str | None) -> None:
        host, (nik, name), language = self.host, self.typed, self.ctx.language
        officer = host.officer

        def refused(error: Exception) -> None:
            if override is None and reason_answers("register", error):
                reasons = self.ctx.config.officer.override_reasons
                host.ask("override", reasons, lambda reason: self.register(category, reason), error=error)
            else:
                host.fail(error)

        host.background.change(
            lambda: host.assisted.register(
                officer, nik, name, category, override_reason=override, language=language
            ),
            host.done("issued"),
            refused,
            busy=(self.category,),
        )
