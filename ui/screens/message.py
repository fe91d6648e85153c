"""A refusal in a big clear panel, in the visitor's language, with the way forward; a number the visitor
already has (a second ticket refused, a booking already used) is shown huge above it."""

from __future__ import annotations

from PySide6.QtCore import Signal

from kiosk.errors import KioskError
from ui.context import KioskContext
from ui.pictograms import pictogram
from ui.screens.base import Screen
from ui.style import Role
from ui.widgets.basics import button, label, set_role
from ui.widgets.choice import ChoiceButton

# The step where the visitor can put a refusal right, with what they typed kept; other refusals
# (duplicate NIK, closed) can only go back to the start.
RETRY_STEP = {
    "quota_exhausted": "services",
    "unknown_service": "services",
    "service_not_offered": "services",
    "service_paused": "services",
    "invalid_nik": "nik",
    "invalid_name": "name",
    "invalid_phone": "phone",
}


class MessageScreen(Screen):
    retry = Signal(str)  # a RETRY_STEP value: the name of the screen to go back to
    home = Signal()
    book_offered = Signal(KioskError)  # the visitor takes the session a refusal offers (ui/booking_steps.py)

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.error: KioskError | None = None
        self.retry_step: str | None = None  # overrides RETRY_STEP for this error (check-in: 'scan', 'code')
        self.title = label(Role.TITLE)
        self.number = label(Role.COUNTDOWN, name="message_number", wrap=False)  # huge, yet room for the why
        self.message = label(Role.MESSAGE, name="message")
        self.page.addWidget(self.title)
        self.page.addWidget(self.number)
        self.page.addWidget(self.message)
        self.page.addStretch(1)
        self.home_button = button("home", Role.SECONDARY, "home")
        self.retry_button = button("retry", Role.PRIMARY, "arrow-left")
        self.home_button.clicked.connect(self.home)
        self.retry_button.clicked.connect(lambda: self.retry.emit(self.step))
        self.book_button = ChoiceButton("book_offered", 100)  # a full or closed service: book a session
        self.book_button.clicked.connect(lambda: self.error and self.book_offered.emit(self.error))
        for widget in (self.book_button, self.retry_button, self.home_button):  # stacked: labels are long
            self.page.addWidget(widget)
        self.retranslate()

    @property
    def step(self) -> str:
        if self.error is None:
            return ""
        return self.retry_step or RETRY_STEP.get(self.error.code, "")

    def show_error(self, error: KioskError, retry: str | None = None) -> None:
        """Show `error`; `retry` names the step its "try again" leads to instead of RETRY_STEP's."""
        self.error = error
        self.retry_step = retry
        self.retranslate()

    def retranslate(self) -> None:
        number = self.error.params.get("number") if self.error else None
        self.title.setText(self.tr("Your queue number") if number else self.tr("Sorry"))
        self.number.setText(str(number or ""))
        self.number.setVisible(bool(number))
        self.message.setText(self.error.message(self.ctx.language) if self.error else "")
        self.home_button.setText(self.tr("Back to start"))
        labels = {
            "services": self.tr("Choose another service"),
            "nik": self.tr("Correct the NIK"),
            "name": self.tr("Correct the name"),
            "phone": self.tr("Correct the phone number"),
            "scan": self.tr("Show the code again"),
            "code": self.tr("Type the code again"),
        }
        labels.update(  # the booking steps' screens (ui/booking_steps.py RETRY_STEP)
            book_sessions=self.tr("Choose another session"),
            book_days=self.tr("Choose another day"),
            book_nik=labels["nik"],
            book_name=labels["name"],
            book_phone=labels["phone"],
        )
        self.retry_button.setText(labels.get(self.step, ""))
        when = self.error.params.get(f"when_{self.ctx.language}") if self.error else None
        self.book_button.set_texts(self.tr("Book this session instead"), when or "")
        self.book_button.setVisible(bool(when))
        self.retry_button.setVisible(bool(self.step))
        role = Role.SECONDARY if self.step or when else Role.PRIMARY
        set_role(self.home_button, role)
        self.home_button.setIcon(pictogram("home", role))
