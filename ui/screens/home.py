"""Home: booking code or register without the app; language and larger-text toggles."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton

from ui.context import KioskContext
from ui.screens.base import SPACING, Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label
from ui.widgets.choice import ChoiceButton
from ui.widgets.printer_banner import PrinterBanner

# Each language is named in itself, so it never needs translating.
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}


class HomeScreen(Screen):
    booking_chosen = Signal()
    register_chosen = Signal()
    book_chosen = Signal()  # Pesan jadwal: book a session for a later day (ui/booking_steps.py)
    language_chosen = Signal(str)
    larger_text_toggled = Signal(bool)

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.office = label(Role.STRONG)
        self.page.addWidget(self.office)
        languages = QHBoxLayout()
        languages.setSpacing(SPACING)
        self.languages = QButtonGroup(self)  # exactly one language is checked
        self.language_buttons: dict[str, QPushButton] = {}
        for code, name in LANGUAGE_NAMES.items():
            toggle = button(f"language_{code}", Role.TOGGLE)
            toggle.setText(name)
            toggle.setCheckable(True)
            toggle.clicked.connect(lambda _=False, code=code: self.language_chosen.emit(code))
            self.languages.addButton(toggle)
            self.language_buttons[code] = toggle
            languages.addWidget(toggle)
        languages.addStretch(1)
        self.page.addLayout(languages)

        self.title = label(Role.TITLE)
        self.page.addWidget(self.title)
        self.printer_warning = PrinterBanner()  # in place of office and title while the printer cannot print
        self.page.addWidget(self.printer_warning)
        self.booking = ChoiceButton("booking", 120)
        self.register = ChoiceButton("register", 120)
        self.booking.clicked.connect(self.booking_chosen)
        self.register.clicked.connect(self.register_chosen)
        self.page.addWidget(self.booking, 1)
        self.page.addWidget(self.register, 1)
        self.book = ChoiceButton("book_session", 120)
        self.book.clicked.connect(self.book_chosen)
        self.page.addWidget(self.book, 1)

        self.larger_text = button("larger_text", Role.TOGGLE)
        self.larger_text.setCheckable(True)
        self.larger_text.toggled.connect(self.larger_text_toggled)
        self.page.addLayout(button_row(self.larger_text, None))
        self.retranslate()

    def set_printer_alert(self, alert: str | None) -> None:
        """Warn visitors before they register that the printer cannot print (ui.hardware_watch)."""
        self.printer_warning.set_alert(alert)
        self.office.setVisible(alert is None)
        self.title.setVisible(alert is None)
        self.book.setVisible(alert is None)  # a booking needs its paper slip (and the room on the screen)

    def set_state(self, language: str, larger_text: bool) -> None:
        """Show the current choices on the toggles without announcing them again."""
        self.language_buttons[language].setChecked(True)
        self.larger_text.blockSignals(True)
        self.larger_text.setChecked(larger_text)
        self.larger_text.blockSignals(False)

    def retranslate(self) -> None:
        self.office.setText(self.ctx.config.office.name)
        self.title.setText(self.tr("Welcome"))
        self.booking.set_texts(self.tr("I have a booking code"), self.tr("I registered in the app"))
        self.register.set_texts(self.tr("Register without the app"), self.tr("Get a queue number here"))
        self.book.set_texts(
            self.tr("Book a session"), self.tr("For another day or later today, free of charge")
        )
        self.larger_text.setText(self.tr("A+  Larger text"))
