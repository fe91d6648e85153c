"""A test ticket for `kiosk printer test`: every text size, a rule, a QR code and the printer settings."""

from __future__ import annotations

from datetime import datetime

from kiosk.config import Config
from kiosk.layout import Block, Qr, Rule, Text, TicketLayout
from kiosk.office_time import format_clock, format_date, local


def sample_layout(config: Config, now: datetime, language: str = "id") -> TicketLayout:
    """A ticket that shows whether the printer prints sizes, bold, the QR code and the cut right."""
    printer = config.printer
    when = local(config.office, now)
    code = f"{config.office.code}-TEST-{when:%Y%m%d-%H%M%S}"
    blocks: list[Block] = [
        Text(config.office.name, bold=True),
        Rule(),
        Text("TES PRINTER" if language != "en" else "PRINTER TEST", "large", bold=True),
        Text("A000", "huge", bold=True),
        Text(
            f"{printer.type}, {printer.profile}, {printer.width_mm} mm, QR "
            f"{'native' if printer.native_qr else 'image'}"
        ),
        Text(f"{format_date(when, language)}  {format_clock(when)}"),
        Text("abcdefghijklmnopqrstuvwxyz 0123456789", "small"),
        Rule(),
        Qr(code),
        Text(code, "small"),
        Text(f"{'Kios' if language != 'en' else 'Kiosk'} {config.kiosk.id}", "small"),
    ]
    return TicketLayout(printer.width_mm, blocks)
