"""What the core needs from hardware, as small interfaces that the adapters in printing/ and scanner/ fill."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from kiosk.layout import TicketLayout
from kiosk.printer_status import PrinterStatus

if TYPE_CHECKING:
    from kiosk.ktp import KtpFields  # the card's fields (kiosk.ktp loads the ticket rules)


class PrinterError(Exception):
    """The printer did not take the ticket (offline, out of paper, cable pulled, timed out).

    `status` is what the printer said before or after the attempt, when it said anything.
    """

    def __init__(self, message: str, status: PrinterStatus | None = None) -> None:
        super().__init__(message)
        self.status = status

    @property
    def code(self) -> str:
        """The refusal code (kiosk.errors) to show for this fault."""
        return (self.status.warning_code if self.status else None) or "printer_unknown"


class TicketPrinter(Protocol):
    """Prints one ticket; raises PrinterError if the ticket did not reach the paper."""

    def print_ticket(self, layout: TicketLayout, name: str) -> None: ...

    def status(self) -> PrinterStatus:
        """Ask the printer how it is, bounded by its timeout; never raises for a printer fault."""
        ...


class QrImageDecoder(Protocol):
    """Reads the QR codes in a picture file: their texts, none if it holds no readable code.

    Raises ValueError if the file is not a picture it can open.
    """

    def __call__(self, path: Path, /) -> list[str]: ...


class FrameSource(Protocol):
    """A camera: `open()` says whether one is there; `read()` gives a grey frame (2-D uint8 array), or None
    when the camera stopped answering (unplugged), after which the caller may `open()` again."""

    def open(self) -> bool: ...

    def read(self) -> Any | None: ...

    def close(self) -> None: ...


class AudioUnavailable(Exception):
    """No sound device to play on (none installed, unplugged, or the sound system refused)."""


class AudioOut(Protocol):
    """A sound card: plays mono 16-bit samples (a 1-D int16 array) at `rate` Hz, returning once the
    last sample was played; raises AudioUnavailable when there is no device to play on."""

    def play(self, samples: Any, rate: int) -> None: ...


class Speaker(Protocol):
    """Says things aloud, one after another, never two at once and none cut off (voice/ fills it)."""

    def announce(self, label: str, counter: int, kind: str = "call") -> None:
        """Queue a call ('call' or 'recall'): chime, then "Nomor antrean, A, dua belas. Silakan menuju
        loket tiga." as often as configured."""
        ...

    def say(self, text: str, language: str = "id") -> None:
        """Queue a spoken instruction ('id' or 'en'); a newer one replaces instructions not yet begun."""
        ...

    def call_wav(self, label: str, counter: int) -> bytes:
        """The exact WAV a call would play (chime and the repeated sentence)."""
        ...

    def wait_idle(self, timeout: float) -> bool:
        """Wait until everything queued was played; False if `timeout` seconds passed first."""
        ...


class CardReader(Protocol):
    """Reads an e-KTP held up in one camera frame (a grey 2-D or BGR 3-D uint8 array): the fields that pass
    kiosk/ktp.py's cross-checks, all None when no card was found. Raises ValueError for a frame that is not
    such an array. One reader serves one thread at a time."""

    def __call__(self, frame: Any, /) -> KtpFields: ...


class CardFileReader(Protocol):
    """Reads the e-KTP in a picture file, as CardReader does a frame; ValueError if the file is not a
    picture it can open (or is too big to open safely)."""

    def __call__(self, path: Path, /) -> KtpFields: ...
