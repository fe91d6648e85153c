"""Booking a session, the three choices before the visitor's details: the service, the day (the next open
days with their free places; full days greyed) and the session (free places each; full or past greyed)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QGridLayout

from kiosk.config import ServiceConfig
from kiosk.office_time import DAYS_EN, DAYS_ID, MONTHS_EN, MONTHS_ID
from kiosk.sessions import SessionSlot, session_label
from ui.context import KioskContext
from ui.screens.base import SPACING, Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label, set_role
from ui.widgets.choice import ChoiceButton


def short_day(day: date, language: str) -> str:
    """'Selasa, 1 Des' / 'Tuesday, 1 Dec': short enough for a day button."""
    days, months = (DAYS_EN, MONTHS_EN) if language == "en" else (DAYS_ID, MONTHS_ID)
    return f"{days[day.weekday()]}, {day.day} {months[day.month - 1][:3]}"


class ChoiceGrid(Screen):
    """A title, a grid of choice buttons (rebuilt when the choices change), Back at the foot.

    `opened` tells the flow to load fresh places each time the screen comes up."""

    back = Signal()
    opened = Signal()

    def __init__(self, ctx: KioskContext, min_height: int) -> None:
        super().__init__(ctx)
        self.min_height = min_height
        self.title = label(Role.TITLE)
        self.hint = label(name="choice_hint")
        self.page.addWidget(self.title)
        self.page.addWidget(self.hint)
        self.grid = QGridLayout()
        self.grid.setSpacing(SPACING)
        self.page.addLayout(self.grid, 1)
        self.buttons: list[ChoiceButton] = []
        self.back_button = button("back", Role.SECONDARY)
        self.back_button.clicked.connect(self.back)
        self.page.addLayout(button_row(self.back_button, None))

    def columns(self) -> int:
        return 2

    def set_count(self, count: int, name: str) -> None:
        """Keep `count` buttons named `name_<i>`, laid out in `columns()` columns."""
        while len(self.buttons) > count:
            self.buttons.pop().deleteLater()
        while len(self.buttons) < count:
            choice = ChoiceButton(f"{name}_{len(self.buttons)}", self.min_height)
            index = len(self.buttons)
            choice.clicked.connect(lambda _=False, index=index: self.picked(index))
            self.buttons.append(choice)
        self._lay_out()

    def _lay_out(self) -> None:
        columns = self.columns()
        for index, choice in enumerate(self.buttons):
            self.grid.addWidget(choice, index // columns, index % columns)
            choice.show()  # added after the screen was shown: not visible by itself

    def picked(self, index: int) -> None:
        """A button was tapped (subclasses emit their choice)."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.opened.emit()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))


class BookServiceScreen(ChoiceGrid):
    """The bookable services, each with its earliest free session (or 'full')."""

    chosen = Signal(object)  # ServiceConfig

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, 120)
        self.services = list(ctx.config.bookable_services)
        self.earliest: dict[str, SessionSlot | None] | None = None  # None until loaded
        self.set_count(len(self.services), "book_service")
        self.retranslate()

    def columns(self) -> int:
        return 1

    def show_slots(self, slots: Sequence[SessionSlot]) -> None:
        self.earliest = {
            s.code: next((x for x in slots if x.service_code == s.code and x.free), None)
            for s in self.services
        }
        self.retranslate()

    def picked(self, index: int) -> None:
        self.chosen.emit(self.services[index])

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Book a session: choose a service"))
        self.hint.setText(self.tr("Booking is free of charge. Lost or damaged passports need no booking."))
        for service, choice in zip(self.services, self.buttons, strict=True):
            slot = None if self.earliest is None else self.earliest.get(service.code)
            if self.earliest is None:
                detail = self.tr("Checking free places…")
            elif slot is None:
                detail = self.tr("No free session in the coming days")
            else:
                detail = self.tr("Earliest: {when}").format(
                    when=slot.words(self.ctx.config, self.ctx.language)
                )
            choice.set_texts(service.name(self.ctx.language), detail)
            choice.setEnabled(slot is not None)


class DayScreen(ChoiceGrid):
    """The next open days for the chosen service, each with its free places; a full day is greyed."""

    chosen = Signal(object)  # date

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, 90)
        self.service: ServiceConfig | None = None
        self.days: list[tuple[date, int]] = []  # (day, free places)
        self.retranslate()

    def columns(self) -> int:
        return 3 if self.width() >= self.height() else 2  # landscape or portrait

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._lay_out()

    def show_slots(self, service: ServiceConfig, slots: Sequence[SessionSlot]) -> None:
        self.service = service
        free: dict[date, int] = {}
        for slot in slots:
            if slot.service_code == service.code:
                free[slot.day] = free.get(slot.day, 0) + slot.free
        self.days = sorted(free.items())
        self.set_count(len(self.days), "book_day")
        for choice in self.buttons:  # day names at the detail's size, bold: three across at 1024 px
            set_role(choice.title, Role.CHOICE_DETAIL)
            choice.title.setStyleSheet("font-weight: bold;")
        self.retranslate()

    def picked(self, index: int) -> None:
        self.chosen.emit(self.days[index][0])

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Choose a day"))
        name = self.service.name(self.ctx.language) if self.service else ""
        self.hint.setText(self.tr("{service}: free places per day").format(service=name))
        for (day, free), choice in zip(self.days, self.buttons, strict=True):
            detail = self.tr("Full") if not free else self.tr("{count} places free").format(count=free)
            choice.set_texts(short_day(day, self.ctx.language), detail)
            choice.setEnabled(free > 0)


class SessionScreen(ChoiceGrid):
    """The sessions of the chosen day, each with its free places; full or past sessions are greyed."""

    chosen = Signal(object)  # SessionSlot

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx, 100)
        self.day: date | None = None
        self.slots: list[SessionSlot] = []
        self.retranslate()

    def show_slots(self, day: date, slots: Sequence[SessionSlot]) -> None:
        self.day = day
        self.slots = list(slots)
        self.set_count(len(self.slots), "book_session")
        self.retranslate()

    def picked(self, index: int) -> None:
        self.chosen.emit(self.slots[index])

    def retranslate(self) -> None:
        super().retranslate()
        self.title.setText(self.tr("Choose a session"))
        when = short_day(self.day, self.ctx.language) if self.day else ""
        self.hint.setText(self.tr("{day}, office time. Come in the session you choose.").format(day=when))
        for slot, choice in zip(self.slots, self.buttons, strict=True):
            if slot.over:
                detail = self.tr("Already over")
            elif not slot.free:
                detail = self.tr("Full")
            else:
                detail = self.tr("{count} places free").format(count=slot.free)
            choice.set_texts(session_label(slot.start, slot.end), detail)
            choice.setEnabled(slot.free > 0)
