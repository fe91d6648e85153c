"""Confirming a booking: the walk-in's confirmation screen with the chosen session on top."""

from __future__ import annotations

from kiosk.sessions import SessionSlot
from ui.context import KioskContext
from ui.screens.confirm import ConfirmScreen
from ui.style import Role
from ui.widgets.basics import label


class BookingConfirmScreen(ConfirmScreen):
    """Service, session in words, masked NIK, name, phone; "Confirm, book" stores and prints the slip."""

    def __init__(self, ctx: KioskContext) -> None:
        self.slot: SessionSlot | None = None
        self.session = label(Role.STRONG, name="confirm_session")
        super().__init__(ctx)
        self.page.insertWidget(1, self.session)  # under the title

    def show_slot(self, slot: SessionSlot) -> None:
        self.slot = slot
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        when = self.slot.words(self.ctx.config, self.ctx.language) if self.slot else ""
        self.session.setText(self.tr("Session: {when}").format(when=when))
        self.confirm_button.setText(
            self.tr("Booking…") if self.busy else self.tr("Confirm, book this session")
        )
