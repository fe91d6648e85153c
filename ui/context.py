"""What every screen may read: the config, the desk, the visitor's language and what they entered."""

from __future__ import annotations

from dataclasses import dataclass, field

from kiosk.config import Config, ServiceConfig
from kiosk.desk import Desk
from kiosk.slips import SlipDesk
from ui.translation import Languages


@dataclass
class Visit:
    """The current visitor's accepted answers; cleared for the next visitor."""

    service: ServiceConfig | None = None
    nik: str = ""
    name: str = ""
    phone: str = ""


@dataclass
class KioskContext:
    config: Config
    desk: Desk
    languages: Languages
    visit: Visit = field(default_factory=Visit)
    slips: SlipDesk | None = None  # booking a session (ui/booking_steps.py); set by ui.app.build_window

    @property
    def language(self) -> str:
        return self.languages.current
