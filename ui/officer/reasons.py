"""Choose a reason from a list: to override a refusal, for a second reprint, or to cancel a ticket."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal

from kiosk.errors import KioskError
from ui.context import KioskContext
from ui.officer.page import OfficerScreen, ScrollList
from ui.style import Role
from ui.widgets.basics import label
from ui.widgets.choice import ChoiceButton

# Stored in the audit trail as they stand, so they carry both languages like [officer] override_reasons.
REPRINT_REASONS = (
    "Kertas macet / Paper jam",
    "Tiket hilang / Ticket lost",
    "Cetakan tidak terbaca / Print unreadable",
)
CANCEL_REASONS = (
    "Pengunjung membatalkan / The visitor cancelled",
    "Salah layanan / Wrong service",
    "Nomor ganda / Duplicate number",
    "Pengunjung sudah pergi / The visitor left",
)


class ReasonScreen(OfficerScreen):
    """`ask(purpose, reasons, …)` with purpose 'override', 'reprint' or 'cancel'; emits `chosen(reason)`.
    The Officer menu button is the way to change one's mind."""

    chosen = Signal(str)

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.purpose = "override"
        self.error: KioskError | None = None
        self.number = ""
        self.message = label(Role.MESSAGE, name="reason_message")
        self.prompt = label(Role.STRONG)
        self.list = ScrollList("reasons")
        for widget in (self.message, self.prompt):
            self.page.addWidget(widget)
        self.page.addWidget(self.list, 1)
        self.bottom(None)
        self.retranslate()

    def ask(
        self, purpose: str, reasons: Sequence[str], error: KioskError | None = None, number: str = ""
    ) -> None:
        """Show `reasons` as buttons; `error` is the refusal an override or reprint answers."""
        self.purpose, self.error, self.number = purpose, error, number
        buttons = []
        for index, reason in enumerate(reasons):
            choice = ChoiceButton(f"reason_{index}", 90)
            first, _, second = reason.partition(" / ")
            choice.set_texts(first, second)
            choice.clicked.connect(lambda _=False, reason=reason: self._choose(reason))
            buttons.append(choice)
        self.list.set_rows(buttons)
        self.list.setEnabled(True)
        self.retranslate()

    def _choose(self, reason: str) -> None:
        self.list.setEnabled(False)  # one choice; on again at the next question
        self.chosen.emit(reason)

    def retranslate(self) -> None:
        super().retranslate()
        language = self.ctx.language
        if self.purpose == "cancel":
            self.title.setText(self.tr("Cancel ticket {number}?").format(number=self.number))
            self.message.setText(self.tr("The visitor's NIK can then get a new number today."))
            self.prompt.setText(self.tr("Tap the reason to cancel it:"))
        elif self.purpose == "booking_cancel":
            self.title.setText(self.tr("Cancel booking {code}?").format(code=self.number))
            self.message.setText(self.tr("Its place becomes free; its slip no longer checks in."))
            self.prompt.setText(self.tr("Tap the reason to cancel it:"))
        elif self.purpose == "booking_move":
            self.title.setText(self.tr("Move booking {code}?").format(code=self.number))
            self.message.setText(
                self.tr("The visitor gets a new code and slip; the old slip no longer checks in.")
            )
            self.prompt.setText(self.tr("Tap the reason to move it:"))
        elif self.purpose == "reprint":
            self.title.setText(self.tr("Print ticket {number} again?").format(number=self.number))
            self.message.setText(self.error.message(language) if self.error else "")
            self.prompt.setText(self.tr("Tap the reason to reprint it:"))
        else:
            self.title.setText(self.tr("Give a number anyway?"))
            self.message.setText(self.error.message(language) if self.error else "")
            self.prompt.setText(self.tr("Only with one of these reasons; it is recorded with your name:"))
