"""The ticket layout's value types: text, QR and rule blocks on paper of a width.

Kept apart from the builder (kiosk/ticket_layout.py, which needs the ticket service and so SQLAlchemy)
so that the ports (kiosk/ports.py) and the printer adapters load no database code.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from typing import Literal

from kiosk.printable import printable

Size = Literal["small", "normal", "large", "huge"]
# Character cells per size: how many times wider than the printer's normal font.
SCALE: dict[Size, int] = {"small": 1, "normal": 1, "large": 2, "huge": 7}
COLUMNS = {58: 32, 80: 42}  # font A characters per line (80 mm: 512 dots, as on a TM-T88)
DOTS = {58: 384, 80: 512}  # printable dots per line


@dataclass(frozen=True)
class Text:
    text: str
    size: Size = "normal"
    bold: bool = False

    def __post_init__(self) -> None:
        # The second guard behind the configuration's check: no ESC, GS or line break reaches the printer.
        object.__setattr__(self, "text", printable(self.text))


@dataclass(frozen=True)
class Qr:
    data: str


@dataclass(frozen=True)
class Rule:
    pass


Block = Text | Qr | Rule


@dataclass(frozen=True)
class TicketLayout:
    width_mm: int
    blocks: list[Block] = field(default_factory=list)
    cut: bool = True

    @property
    def columns(self) -> int:
        return COLUMNS[self.width_mm]

    @property
    def dots(self) -> int:
        return DOTS[self.width_mm]

    def lines(self, block: Text) -> list[str]:
        """The block's text wrapped to what fits across the paper at its size."""
        return textwrap.wrap(block.text, max(1, self.columns // SCALE[block.size])) or [""]

    def texts(self) -> list[str]:
        """All printed text, for tests and logs."""
        return [b.text for b in self.blocks if isinstance(b, Text)]
