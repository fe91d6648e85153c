"""The strip across the top of every visitor screen: the voice buttons (hear this screen's instruction
again; silence the voice for this visitor) and "Call an officer", which becomes "An officer is coming,
you asked N minutes ago" once tapped, until an officer clears the request."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QWidget

from ui.screens.base import SPACING
from ui.style import Role
from ui.translation import Retranslating
from ui.widgets.basics import button, label


class VisitorBar(Retranslating, QWidget):
    """Emits `help_requested`, `listen` (say the instruction again) and `silence`."""

    help_requested = Signal()
    listen = Signal()
    silence = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("visitor_bar")
        self.asked_at: datetime | None = None
        self.now: datetime | None = None
        self.status = label(Role.WARNING, name="help_status", align=Qt.AlignmentFlag.AlignCenter)
        self.status.setStyleSheet("padding: 2px 12px;")  # two lines in a button's height
        self.speaker = button("speaker", Role.SECONDARY, "volume")
        self.mute = button("mute", Role.SECONDARY, "volume-off")
        self.call = button("call_officer", Role.PRIMARY, "bell-ringing")
        self.speaker.clicked.connect(self.listen)
        self.mute.clicked.connect(self.silence)
        self.call.clicked.connect(self.help_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(SPACING * 2, SPACING // 2, SPACING * 2, 0)
        row.setSpacing(SPACING)
        row.addStretch(1)
        for widget in (self.speaker, self.mute, self.call, self.status):
            row.addWidget(widget)
        self.set_voice(available=False, on=False)
        self.retranslate()

    def set_voice(self, *, available: bool, on: bool) -> None:
        """No voice buttons when voice guidance is off in the configuration; Silence only while it speaks."""
        self.speaker.setVisible(available)
        self.mute.setVisible(available and on)

    def show_help(self, asked_at: datetime | None, now: datetime) -> None:
        """An open request made at `asked_at` (None: no request open), as seen at `now`."""
        self.asked_at = asked_at
        self.now = now
        self.retranslate()

    def _ago(self) -> str:
        assert self.asked_at is not None and self.now is not None
        minutes = max(0, int((self.now - self.asked_at).total_seconds() // 60))
        if minutes < 1:
            return self.tr("You asked just now.")
        return self.tr("You asked %n minute(s) ago.", "", minutes)

    def retranslate(self) -> None:
        asked = self.asked_at is not None
        self.status.setText(self.tr("An officer is coming.") + "\n" + self._ago() if asked else "")
        self.status.setVisible(asked)
        self.call.setVisible(not asked)
        self.speaker.setText(self.tr("Listen"))
        self.mute.setAccessibleName(self.tr("Silence"))
        self.call.setText(self.tr("Call an officer"))
