"""What the kiosk knows about its printer: online or offline, paper ok, low or out, or unknown.

"Unknown" is never "ok": a printer that did not answer is reported as unknown, and the Home screen
warns about it. The adapters in printing/ fill a PrinterStatus; the core only reads it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kiosk.errors import KioskError

Paper = Literal["ok", "low", "out", "unknown"]
State = Literal["ready", "online", "paper_low", "paper_out", "offline", "unknown"]

# The warning (an error code in kiosk.errors.MESSAGES) the Home screen shows for each state.
WARNINGS: dict[State, str | None] = {
    "ready": None,
    "online": None,
    "paper_low": "printer_paper_low",
    "paper_out": "printer_paper_out",
    "offline": "printer_offline",
    "unknown": "printer_unknown",
}


@dataclass(frozen=True)
class PrinterStatus:
    """One answer from the printer. `online` is None and `paper` 'unknown' when it did not say."""

    online: bool | None
    paper: Paper = "unknown"
    detail: str = ""

    @classmethod
    def unknown(cls, detail: str) -> PrinterStatus:
        return cls(None, "unknown", detail)

    @property
    def state(self) -> State:
        """One word for the screens: paper out and offline first, then unknown, then paper low."""
        if self.paper == "out":
            return "paper_out"
        if self.online is False:
            return "offline"
        if self.online is None:
            return "unknown"
        if self.paper == "low":
            return "paper_low"
        return "ready" if self.paper == "ok" else "online"

    @property
    def can_print(self) -> bool:
        """The printer said it is online and has paper (or at least did not say it has none)."""
        return self.state in ("ready", "online", "paper_low")

    @property
    def warning_code(self) -> str | None:
        """The error code the Home screen warns with, or None when there is nothing to say."""
        return WARNINGS[self.state]

    def warning(self, language: str = "id") -> str | None:
        """The Home screen's warning text in `language`, or None."""
        code = self.warning_code
        return None if code is None else KioskError(code).message(language)

    def as_json(self) -> dict[str, object]:
        return {"state": self.state, "online": self.online, "paper": self.paper, "detail": self.detail}
