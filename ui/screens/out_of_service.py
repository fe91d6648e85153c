"""Out of service: the database cannot be reached, so no number can be given; visitors go to the officer.

Nothing to tap but the language: the kiosk leaves this screen by itself when the database answers again
(ui/hardware_watch.py).
"""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.errors import KioskError
from ui.context import KioskContext
from ui.screens.base import Screen, button_row
from ui.screens.home import LANGUAGE_NAMES
from ui.style import Role
from ui.widgets.basics import button, label


class OutOfServiceScreen(Screen):
    language_chosen = Signal(str)

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.setObjectName("out_of_service")
        self.title = label(Role.TITLE, name="out_of_service_title")
        self.message = label(Role.MESSAGE, name="message")
        self.note = label(name="out_of_service_note")
        for widget in (self.title, self.message, self.note):
            self.page.addWidget(widget)
        self.page.addStretch(1)
        self.other_language = button("other_language", Role.SECONDARY)  # the language not shown now
        self.other_language.clicked.connect(lambda: self.language_chosen.emit(self._other()))
        self.page.addLayout(button_row(self.other_language, None))
        self.retranslate()

    def _other(self) -> str:
        return "en" if self.ctx.language == "id" else "id"

    def retranslate(self) -> None:
        self.title.setText(self.tr("This kiosk cannot be used now"))
        self.message.setText(KioskError("database_unavailable").message(self.ctx.language))
        self.note.setText(
            self.tr(
                "Were you just taking a number? The officer can check whether it was saved. "
                "This screen goes back to the start by itself when the kiosk works again."
            )
        )
        self.other_language.setText(LANGUAGE_NAMES[self._other()])
