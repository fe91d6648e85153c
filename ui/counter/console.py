"""The counter console's page: the ticket being served, the four keys, and the lines of the counter.

Top: the counter and officer, Services… (narrow the counter's services for today), the language,
sign out. Left: the current ticket (number, service, source, priority category, booking and session, what to
bring, how long the visitor waited, recalls) and a message line for refusals. Bottom: Next (F1), Recall
(F2), Finish (F3), No-show (F4) and Transfer. Right: waiting count and estimate per service of the
counter, the next numbers it would call, and its figures for today.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from kiosk.config import Config, CounterConfig
from kiosk.counter_view import CounterView
from kiosk.errors import KioskError
from ui.screens.base import SPACING, button_row
from ui.style import Role
from ui.translation import Retranslating
from ui.widgets.basics import button, label, set_role

KEYS = {"next": "F1", "recall": "F2", "finish": "F3", "no_show": "F4"}
SIDE_MAX_PX = 540


class CounterConsole(Retranslating, QWidget):
    """Emits `action(name)` for a key or button ('next', 'recall', 'finish', 'no_show'), `transfer(code)`,
    `logout()` and `switch_language()`; shows what `show_view` gives it."""

    action = Signal(str)
    transfer = Signal(str)
    narrow = Signal(list)  # the service codes the officer serves here today
    logout = Signal()
    switch_language = Signal()

    def __init__(self, config: Config, counter: CounterConfig, language: Callable[[], str]) -> None:
        super().__init__()
        self.config = config
        self.language = language  # () -> 'id' | 'en', the console's current language
        self.view: CounterView | None = None
        self.message: KioskError | None = None
        self.busy = False

        page = QVBoxLayout(self)
        page.setContentsMargins(24, 16, 24, 16)
        page.setSpacing(SPACING)
        self.heading = label(Role.TITLE, name="counter_heading")
        self.services_button = button("services", Role.SECONDARY)
        self.services_button.clicked.connect(self._toggle_services)
        self.language_button = button("language", Role.SECONDARY)
        self.language_button.clicked.connect(self.switch_language)
        self.logout_button = button("logout", Role.SECONDARY)
        self.logout_button.clicked.connect(self.logout)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.services_button)
        top.addWidget(self.language_button)
        top.addWidget(self.logout_button)
        page.addLayout(top)

        self.caption = label(Role.STRONG, name="current_caption")
        self.number = label(Role.NUMBER, name="current_number", wrap=False)
        self.service = label(Role.TITLE, name="current_service")
        self.details = label(name="current_details")
        self.bring = label(name="current_bring")
        self.note = label(Role.ERROR, name="counter_message")
        left = QVBoxLayout()
        left.setSpacing(SPACING // 2)
        for widget in (self.caption, self.number, self.service, self.details, self.bring):
            left.addWidget(widget)
        left.addStretch(1)
        left.addWidget(self.note)
        self.transfer_panel = QWidget()  # one button per other service, shown after Transfer
        transfer_row = QHBoxLayout(self.transfer_panel)
        transfer_row.setContentsMargins(0, 0, 0, 0)
        self.transfer_buttons: dict[str, QWidget] = {}
        for service in config.services:
            choice = button(f"transfer_{service.code}", Role.SECONDARY)
            choice.clicked.connect(lambda _=False, code=service.code: self._transfer(code))
            self.transfer_buttons[service.code] = choice
            transfer_row.addWidget(choice)
        self.transfer_panel.hide()
        left.addWidget(self.transfer_panel)

        side = QFrame()
        side.setProperty("role", Role.PANEL.value)
        side.setMaximumWidth(SIDE_MAX_PX)  # the ticket being served gets the rest
        right = QVBoxLayout(side)
        right.setContentsMargins(20, 16, 20, 16)
        self.lines_title = label(Role.STRONG)
        self.lines = label(name="counter_lines")
        self.upcoming_title = label(Role.STRONG)
        self.upcoming = label(name="counter_upcoming")
        self.today_title = label(Role.STRONG)
        self.today = label(name="counter_today")
        for widget in (self.lines_title, self.lines, self.upcoming_title, self.upcoming):
            right.addWidget(widget)
        right.addStretch(1)
        right.addWidget(self.today_title)
        right.addWidget(self.today)
        columns = QHBoxLayout()
        columns.setSpacing(SPACING * 2)
        columns.addLayout(left, 3)
        columns.addWidget(side, 2)
        page.addLayout(columns, 1)

        self.services_panel = QWidget()  # narrowing the counter's services for today, shown on demand
        grid = QGridLayout(self.services_panel)
        grid.setContentsMargins(0, 0, 0, 0)
        self.service_toggles: dict[str, QPushButton] = {}
        for i, code in enumerate(counter.services):
            toggle = button(f"serve_{code}", Role.TOGGLE)
            toggle.setCheckable(True)
            toggle.clicked.connect(self._narrowed)
            self.service_toggles[code] = toggle
            grid.addWidget(toggle, i // 2, i % 2)
        self.services_panel.hide()
        page.addWidget(self.services_panel)

        self.buttons = {name: button(f"key_{name}", Role.PRIMARY) for name in KEYS}
        for name, widget in self.buttons.items():
            widget.clicked.connect(lambda _=False, name=name: self.action.emit(name))
        self.transfer_button = button("transfer", Role.SECONDARY)
        self.transfer_button.clicked.connect(self._toggle_transfer)
        page.addLayout(button_row(*self.buttons.values(), self.transfer_button))
        self.retranslate()

    def show_view(self, view: CounterView) -> None:
        self.view = view
        self.retranslate()

    def show_message(self, error: KioskError | None) -> None:
        """A refusal (queue empty, nothing called…) until the next action."""
        self.message = error
        self.retranslate()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self._enable()

    def _toggle_services(self) -> None:
        self._check_served()
        self.services_panel.setVisible(not self.services_panel.isVisible())

    def _check_served(self) -> None:
        served = self.view.counter.services if self.view else ()
        for code, toggle in self.service_toggles.items():
            toggle.setChecked(code in served)

    def _narrowed(self) -> None:
        codes = [code for code, toggle in self.service_toggles.items() if toggle.isChecked()]
        if codes:
            self.narrow.emit(codes)
        else:  # a counter serves at least one service
            self._check_served()

    def _toggle_transfer(self) -> None:
        current = self.view.current if self.view else None
        for code, choice in self.transfer_buttons.items():
            choice.setVisible(current is not None and code != current.queue_service)
        self.transfer_panel.setVisible(not self.transfer_panel.isVisible() and current is not None)

    def _transfer(self, code: str) -> None:
        self.transfer_panel.hide()
        self.transfer.emit(code)

    def _enable(self) -> None:
        current = self.view.current if self.view else None
        for name, widget in self.buttons.items():
            widget.setEnabled(not self.busy and (name == "next" or current is not None))
        self.transfer_button.setEnabled(not self.busy and current is not None)

    def _offer_no_show(self) -> bool:
        current = self.view.current if self.view else None
        return current is not None and current.recalls >= self.config.calling.max_recalls

    def retranslate(self) -> None:
        language = self.language()
        self.language_button.setText("English" if language == "id" else "Bahasa Indonesia")
        self.logout_button.setText(self.tr("Sign out"))
        self.services_button.setText(self.tr("Services…"))
        for code, toggle in self.service_toggles.items():
            service = self.config.service(code)
            toggle.setText(service.name(language) if service else code)
        self.transfer_button.setText(self.tr("Transfer…"))
        texts = {
            "next": self.tr("Next"),
            "recall": self.tr("Recall"),
            "finish": self.tr("Finish"),
            "no_show": self.tr("No-show"),
        }
        for name, widget in self.buttons.items():
            widget.setText(f"{texts[name]}\n{KEYS[name]}")  # the key under the word: five fit across
        set_role(self.buttons["no_show"], Role.PRIMARY if self._offer_no_show() else Role.SECONDARY)
        for code, choice in self.transfer_buttons.items():
            service = self.config.service(code)
            choice.setText(service.name(language) if service else code)
        self.lines_title.setText(self.tr("Waiting"))
        self.upcoming_title.setText(self.tr("Called next"))
        self.today_title.setText(self.tr("This counter today"))
        self.note.setText(self.message.message(language) if self.message else "")
        self.note.setVisible(self.message is not None or self._offer_no_show())
        self._show_view(language)
        self._enable()

    def _show_view(self, language: str) -> None:
        view = self.view
        if view is None:
            return
        counter = view.counter
        officer = f" · {counter.officer}" if counter.officer else ""
        self.heading.setText(f"{counter.name(language)}{officer}")
        self._check_served()
        self._show_current(language)
        rows = []
        for line in view.lines:
            service = self.config.service(line.service)
            name = service.name(language) if service else line.service
            wait = (
                ""
                if line.wait_minutes is None
                else " · " + self.tr("± {minutes} min").format(minutes=line.wait_minutes)
            )
            rows.append(f"{name}: " + self.tr("{count} waiting").format(count=line.waiting) + wait)
        self.lines.setText("\n".join(rows))
        self.upcoming.setText("  ".join(view.upcoming) if view.upcoming else self.tr("Nobody is waiting."))
        row = view.today.row()
        figures = [
            self.tr("{count} served").format(count=row["served"]),
            self.tr("{count} did not come").format(count=row["no_shows"]),
        ]
        if row["service_median_min"] is not None:
            figures.append(self.tr("median service {minutes} min").format(minutes=row["service_median_min"]))
        self.today.setText(" · ".join(figures))

    def _show_current(self, language: str) -> None:
        assert self.view is not None
        ticket = self.view.current
        self.caption.setText(
            self.tr("Now serving") if ticket else self.tr("No number called. Press Next [F1].")
        )
        for widget in (self.number, self.service, self.details, self.bring):
            widget.setVisible(ticket is not None)
        if ticket is None:
            return
        service = self.config.service(ticket.queue_service or ticket.service_code)
        self.number.setText(ticket.label)
        self.service.setText(service.name(language) if service else ticket.service_code)
        sources = {
            "walkin": self.tr("Walk-in"),
            "booking": self.tr("Booking"),
            "assisted": self.tr("Registered by an officer"),
        }
        categories = {
            "elderly": self.tr("Elderly"),
            "disability": self.tr("Disability"),
            "pregnancy": self.tr("Pregnant"),
            "child": self.tr("With a child under five"),
        }
        facts = [sources.get(ticket.source, ticket.source)]
        if ticket.category:
            facts.append(
                self.tr("Priority: {category}").format(
                    category=categories.get(ticket.category, ticket.category)
                )
            )
        if ticket.booking_code and ticket.session_start and ticket.session_end:
            facts.append(
                self.tr("Booking {code}, session {start}–{end}").format(
                    code=ticket.booking_code,
                    start=f"{ticket.session_start:%H:%M}",
                    end=f"{ticket.session_end:%H:%M}",
                )
            )
        if self.view.waited_minutes is not None:
            facts.append(self.tr("Waited {minutes} min").format(minutes=self.view.waited_minutes))
        if ticket.recalls:
            facts.append(self.tr("Recalled {count}×").format(count=ticket.recalls))
        self.details.setText(" · ".join(facts))
        bring = service.bring(language) if service else ()
        self.bring.setText(self.tr("To bring: {items}").format(items=", ".join(bring)) if bring else "")
        self.bring.setVisible(bool(bring))
        if self._offer_no_show() and self.message is None:
            self.note.setText(
                self.tr("Called {count} times. Mark as no-show [F4] if the visitor does not come.").format(
                    count=ticket.recalls
                )
            )
