"""Real-time status over a two-way link: DLE EOT n, answered by the printer with one status byte.

A status byte always has bits 1 and 4 set and bits 0 and 7 clear (0x12 under mask 0x93), so line noise
or stray bytes are not taken for an answer. No answer is "unknown", never "ok".
"""

from __future__ import annotations

from typing import Protocol

from kiosk.printer_status import Paper, PrinterStatus

PRINTER_STATUS = b"\x10\x04\x01"  # bit 3: offline
OFFLINE_CAUSE = b"\x10\x04\x02"  # bit 2: cover open, 3: feed button, 5: stopped at paper end, 6: error
PAPER_SENSOR = b"\x10\x04\x04"  # bits 2-3: roll near its end, bits 5-6: roll end (no paper)

PAPER_END_STOP = 0x20  # in the offline cause: printing stopped because the paper ran out
_CAUSES = (
    (0x04, "cover open"),
    (0x08, "paper being fed by the button"),
    (0x40, "error (cutter jammed or head too hot)"),
)


class TwoWayLink(Protocol):
    """A connection that can send bytes and read the printer's answer (within its timeout)."""

    target: str

    def write(self, data: bytes) -> None: ...

    def read(self, size: int) -> bytes:
        """Up to `size` bytes; b'' when nothing came within the timeout."""
        ...

    def drain(self) -> None:
        """Throw away bytes the printer sent unasked (or in answer to stray bytes in an image)."""
        ...


def is_status_byte(value: int) -> bool:
    return value & 0x93 == 0x12


def _ask(link: TwoWayLink, query: bytes) -> int | None:
    link.write(query)
    answer = link.read(1)
    return answer[0] if answer and is_status_byte(answer[0]) else None


def paper_of(sensor: int) -> Paper:
    """The roll sensor byte (DLE EOT 4) as ok, low or out."""
    if sensor & 0x60:
        return "out"
    return "low" if sensor & 0x0C else "ok"


def query_status(link: TwoWayLink) -> PrinterStatus:
    """Ask printer status, the offline cause when offline, then the paper sensor. OSError propagates."""
    printer = _ask(link, PRINTER_STATUS)
    if printer is None:
        return PrinterStatus.unknown(f"{link.target}: no status answer (DLE EOT 1)")
    online = not printer & 0x08
    cause = None if online else _ask(link, OFFLINE_CAUSE)
    sensor = _ask(link, PAPER_SENSOR)
    paper: Paper = "unknown" if sensor is None else paper_of(sensor)
    if cause is not None and cause & PAPER_END_STOP:
        paper = "out"
    causes = [text for bit, text in _CAUSES if cause is not None and cause & bit]
    detail = ", ".join(["online" if online else "offline", *causes, f"paper {paper}"])
    return PrinterStatus(online, paper, f"{link.target}: {detail}")
