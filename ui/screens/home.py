"""Home: what the visitor can do here (a table of choices, each with a pictogram), the numbers being served
now, a rotating notice from the configuration, the priority-visitor line, language and larger text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.context import KioskContext
from ui.pictograms import pictogram_pixmap
from ui.screens.base import MARGIN, SPACING, Screen
from ui.style import INK, Role
from ui.widgets.basics import button, label
from ui.widgets.choice import ChoiceButton
from ui.widgets.printer_banner import PrinterBanner

# Each language is named in itself, so it never needs translating.
LANGUAGE_NAMES = {"id": "Indonesia", "en": "English"}
NOTICE_SECONDS = 8  # each notice stays this long before the next one
PRIORITY_ICONS = ("old", "disabled", "baby-carriage")  # beside the line for priority visitors


@dataclass(frozen=True)
class HomeChoice:
    """One thing a visitor can start on Home: its button's name, pictogram (ui/icons) and texts."""

    name: str
    icon: str
    texts: Callable[[], tuple[str, str]]  # headline and detail, in the current language


CHOICES = [
    HomeChoice(
        "booking",
        "qrcode",
        lambda: (
            QCoreApplication.translate("HomeScreen", "I have a code"),
            QCoreApplication.translate("HomeScreen", "I registered in the app"),
        ),
    ),
    HomeChoice(
        "register",
        "user-plus",
        lambda: (
            QCoreApplication.translate("HomeScreen", "Register without the app"),
            QCoreApplication.translate("HomeScreen", "Get a queue number here"),
        ),
    ),
    HomeChoice(
        "book_session",
        "calendar-event",
        lambda: (
            QCoreApplication.translate("HomeScreen", "Book a session"),
            QCoreApplication.translate("HomeScreen", "For another day or later today, free of charge"),
        ),
    ),
]


class HomeScreen(Screen):
    """Emits `chosen(name)` for every choice; `booking_chosen`, `register_chosen` for the built-in two."""

    chosen = Signal(str)
    booking_chosen = Signal()
    register_chosen = Signal()
    book_chosen = Signal()  # Pesan jadwal: book a session for a later day (ui/booking_steps.py)
    language_chosen = Signal(str)
    larger_text_toggled = Signal(bool)

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.page.setSpacing(SPACING * 3 // 4)  # Home holds the most lines
        top = QHBoxLayout()
        top.setSpacing(SPACING)
        self.languages = QButtonGroup(self)  # exactly one language is checked
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGE_NAMES.items():
            toggle = button(f"language_{code}", Role.TOGGLE)
            toggle.setText(name)
            toggle.setCheckable(True)
            toggle.clicked.connect(lambda _=False, code=code: self.language_chosen.emit(code))
            self.languages.addButton(toggle)
            self.language_buttons[code] = toggle
            top.addWidget(toggle)
        top.addStretch(1)
        self.larger_text = button("larger_text", Role.TOGGLE, "text-increase")
        self.larger_text.setCheckable(True)
        self.larger_text.toggled.connect(self.larger_text_toggled)
        top.addWidget(self.larger_text)
        toggles = QWidget()
        toggles.setObjectName("home_toggles")
        toggles.setStyleSheet("QPushButton { padding: 0px 12px; }")  # all three fit in larger text too
        top.setContentsMargins(0, 0, 0, 0)
        toggles.setLayout(top)
        self.page.addWidget(toggles)

        self.title = label(Role.STRONG)  # the office, one line: the choices say the rest
        self.page.addWidget(self.title)
        self.printer_warning = PrinterBanner()  # in place of the title while the printer cannot print
        self.page.addWidget(self.printer_warning)
        self.grid = QGridLayout()
        self.grid.setSpacing(SPACING)
        self.page.addLayout(self.grid, 1)
        self.choices: dict[str, ChoiceButton] = {}
        self.placed_columns = 0
        self._texts: dict[str, Callable[[], tuple[str, str]]] = {}
        for choice in CHOICES:
            self.add_choice(choice)
        self.booking = self.choices["booking"]
        self.register = self.choices["register"]
        self.book = self.choices["book_session"]
        self.booking.clicked.connect(self.booking_chosen)
        self.register.clicked.connect(self.register_chosen)
        self.book.clicked.connect(self.book_chosen)

        self.serving = label(Role.STRONG, name="serving_now")  # from the calling side, once counters call
        self.notice = label(Role.WARNING, name="notice")
        self.priority = label(name="priority_line")
        priority = QHBoxLayout()
        priority.setSpacing(SPACING // 2)
        self.priority_pictures: dict[str, QLabel] = {}
        for icon in PRIORITY_ICONS:
            picture = QLabel()
            picture.setObjectName(f"priority_{icon}")
            self.priority_pictures[icon] = picture
            priority.addWidget(picture)
        priority.addSpacing(SPACING)
        priority.addWidget(self.priority, 1)
        priority.setContentsMargins(0, 0, 0, 0)
        self.priority_box = QWidget()
        self.priority_box.setLayout(priority)
        self.information = (self.serving, self.notice, self.priority_box)  # under the choices, or above
        for widget in self.information:
            self.page.addWidget(widget)
        self.serving_now: list[tuple[str, str, str]] = []
        self.notice_index = 0
        self.notice_timer = QTimer(self)
        self.notice_timer.setInterval(NOTICE_SECONDS * 1000)
        self.notice_timer.timeout.connect(self.next_notice)
        self.notice_timer.start()
        self.retranslate()

    def add_choice(self, choice: HomeChoice) -> ChoiceButton:
        """Put `choice` on Home (after the others); its taps come as `chosen(choice.name)`."""
        tile = ChoiceButton(choice.name, 120, choice.icon)
        tile.clicked.connect(lambda: self.chosen.emit(choice.name))
        self.choices[choice.name] = tile
        self._texts[choice.name] = choice.texts
        self._place_choices()
        tile.set_texts(*choice.texts())
        return tile

    def _columns(self) -> int:
        """Two choices per row on a wide screen if every headline fits on one line in half the width, else
        one per row (a tall screen, larger text)."""
        if self.portrait:
            return 1
        for tile in self.choices.values():
            size = tile.title.font().pixelSize()
            room = (self.width() - 2 * MARGIN - SPACING) // 2 - round(size * 1.8) - 80  # pictogram, margins
            if QFontMetrics(tile.title.font()).horizontalAdvance(tile.title.text()) > room:
                return 1
        return 2

    def _place_choices(self) -> None:
        columns = self._columns()
        for tile in self.choices.values():
            self.grid.removeWidget(tile)
        for index, tile in enumerate(self.choices.values()):
            self.grid.addWidget(tile, index // columns, index % columns)
        self.placed_columns = columns

    def _recheck_columns(self) -> None:
        """Place the choices for the width and the text size; the notice, then the numbers served, give
        way when the page would not fit (larger text on a small screen, the printer warning)."""
        if self._columns() != self.placed_columns:
            self._place_choices()
        side = round(max(self.priority.font().pixelSize(), 28) * 1.6)  # as tall as the line's text
        for icon, picture in self.priority_pictures.items():
            picture.setPixmap(pictogram_pixmap(icon, INK, side))
        self.notice.setVisible(bool(self.ctx.config.kiosk.notices) and self.printer_warning.alert is None)
        self.serving.setVisible(bool(self.serving_now))
        self.priority_box.show()
        for optional in (self.notice, self.serving, self.priority_box):  # what gives way first
            if optional.isVisible() and self.overflows():
                optional.hide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._recheck_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # larger text: the headlines may no longer fit
            self._recheck_columns()

    def set_portrait(self, portrait: bool) -> None:
        """On a tall screen the choices go one under the other, below the information lines, so they sit
        in the middle third of the height."""
        super().set_portrait(portrait)
        self._place_choices()
        self.grid.setContentsMargins(0, SPACING * 4 if portrait else 0, 0, 0)
        for widget in self.information:
            self.page.removeWidget(widget)
        at = self.page.indexOf(self.grid) + (0 if portrait else 1)
        for offset, widget in enumerate(self.information):
            self.page.insertWidget(at + offset, widget)

    def set_printer_alert(self, alert: str | None) -> None:
        """Warn visitors before they register that the printer cannot print (ui.hardware_watch)."""
        self.printer_warning.set_alert(alert)
        self.title.setVisible(alert is None)
        self.book.setVisible(alert is None)  # a booking needs its paper slip (and the room on the screen)
        self.retranslate()  # the notice gives way to the warning

    def set_state(self, language: str, larger_text: bool) -> None:
        """Show the current choices on the toggles without announcing them again."""
        self.language_buttons[language].setChecked(True)
        self.larger_text.blockSignals(True)
        self.larger_text.setChecked(larger_text)
        self.larger_text.blockSignals(False)

    def show_serving(self, serving: list[tuple[str, str, str]]) -> None:
        """The numbers at the counters now, as (counter name in Indonesian, in English, number); hidden
        while nobody is served."""
        self.serving_now = serving
        self.retranslate()

    def next_notice(self) -> None:
        self.notice_index += 1
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.ctx.config.office.name)  # one line; the spoken instruction says welcome
        for name, texts in self._texts.items():
            self.choices[name].set_texts(*texts())
        self.larger_text.setText(self.tr("Larger text"))
        self.serving.setText(
            self.tr("Now serving: {list}").format(
                list="  ·  ".join(
                    f"{number} ({name_en if self.ctx.language == 'en' else name_id})"
                    for name_id, name_en, number in self.serving_now
                )
            )
        )
        notices = self.ctx.config.kiosk.notices
        if notices:
            pair = notices[self.notice_index % len(notices)]
            self.notice.setText(pair[1] if self.ctx.language == "en" else pair[0])
        self.priority.setText(
            self.tr("Over 60, disabled, pregnant or with a small child? Go straight to the officer.")
        )
        self._recheck_columns()
