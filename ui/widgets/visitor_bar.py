"""The strip across the top of every visitor screen: "An officer is coming" once asked, the speaker button
that repeats or silences the spoken instruction, and "Call an officer"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.pictograms import pictogram
from ui.screens.base import SPACING
from ui.style import Role
from ui.translation import Retranslating
from ui.widgets.basics import button, label, set_role


class VisitorBar(Retranslating, QWidget):
    """Emits `help_requested` and `speaker_tapped`; `show_help(asked_at, now)` says an officer is coming."""

    help_requested = Signal()
    speaker_tapped = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("visitor_bar")
        self.asked_at: datetime | None = None
        self.now: datetime | None = None
        self.speaking = False
        self.status = label(Role.STRONG, name="help_status")
        self.speaker = button("speaker", Role.SECONDARY, "volume")
        self.call = button("call_officer", Role.PRIMARY, "bell-ringing")
        self.speaker.clicked.connect(self.speaker_tapped)
        self.call.clicked.connect(self.help_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACING * 2, SPACING // 2, SPACING * 2, 0)
        row.setSpacing(SPACING)
        row.addWidget(self.status, 1)
        row.addStretch(0)
        row.addWidget(self.speaker)
        row.addWidget(self.call)
        self.retranslate()

    def show_help(self, asked_at: datetime | None, now: datetime) -> None:
        """An open request made at `asked_at` (None: no request open), as seen at `now`."""
        self.asked_at = asked_at
        self.now = now
        set_role(self.status, Role.WARNING if asked_at else Role.STRONG)
        self.retranslate()

    def set_speaking(self, speaking: bool) -> None:
        self.speaking = speaking
        self.speaker.setIcon(pictogram("volume-off" if speaking else "volume", Role.SECONDARY))
        self.retranslate()

    def _ago(self) -> str:
        assert self.asked_at is not None and self.now is not None
        minutes = max(0, int((self.now - self.asked_at).total_seconds() // 60))
        if minutes < 1:
            return self.tr("You asked just now.")
        return self.tr("You asked %n minute(s) ago.", "", minutes)

    def retranslate(self) -> None:
        self.status.setText(self.tr("An officer is coming.") + " " + self._ago() if self.asked_at else "")
        self.status.setVisible(self.asked_at is not None)
        self.speaker.setText(self.tr("Stop voice") if self.speaking else self.tr("Listen"))
        self.call.setText(self.tr("Call an officer"))
