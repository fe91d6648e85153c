"""Pause a service (its counter is closed, its system is down) so walk-ins are refused, and resume it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton

from ui.context import KioskContext
from ui.officer.page import OfficerScreen
from ui.screens.base import SPACING
from ui.style import Role
from ui.widgets.basics import button, label, set_role


class ServicesScreen(OfficerScreen):
    """One row per service: its name, whether it takes visitors, and Pause or Resume.
    Emits `pause(code)` or `resume(code)`."""

    pause = Signal(str)
    resume = Signal(str)

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.paused: frozenset[str] | None = None  # None until loaded
        grid = QGridLayout()
        grid.setHorizontalSpacing(SPACING * 2)
        grid.setVerticalSpacing(SPACING)
        self.names: dict[str, QLabel] = {}
        self.states: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for row, service in enumerate(ctx.config.services):
            self.names[service.code] = label(Role.STRONG)
            self.states[service.code] = label(name=f"state_{service.code}")
            toggle = button(f"pause_{service.code}", Role.PRIMARY)
            toggle.clicked.connect(lambda _=False, code=service.code: self._toggle(code))
            self.buttons[service.code] = toggle
            grid.addWidget(self.names[service.code], row, 0)
            grid.addWidget(self.states[service.code], row, 1)
            grid.addWidget(toggle, row, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(2, 2)
        self.page.addLayout(grid)
        self.page.addStretch(1)
        self.bottom(None)
        self.retranslate()

    def show_paused(self, paused: frozenset[str] | None) -> None:
        self.paused = paused
        self.retranslate()

    def _toggle(self, code: str) -> None:
        if self.paused is None:
            return
        (self.resume if code in self.paused else self.pause).emit(code)
        self.show_paused(None)  # until the change is stored and read back

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Services"))
        for service in self.ctx.config.services:
            code = service.code
            paused = self.paused is not None and code in self.paused
            self.names[code].setText(service.name(self.ctx.language))
            self.states[code].setText(
                self.tr("Checking…")
                if self.paused is None
                else self.tr("Paused")
                if paused
                else self.tr("Taking visitors")
            )
            set_role(self.states[code], Role.ERROR if paused else Role.BODY)
            self.buttons[code].setText(self.tr("Resume") if paused else self.tr("Pause"))
            set_role(self.buttons[code], Role.SECONDARY if paused else Role.PRIMARY)
            self.buttons[code].setEnabled(self.paused is not None)
