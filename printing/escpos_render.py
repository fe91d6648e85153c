"""A ticket layout as ESC/POS bytes, produced by python-escpos for the configured printer profile."""

from __future__ import annotations

from escpos.printer import Dummy

from kiosk.ticket_layout import SCALE, Qr, Rule, Text, TicketLayout
from printing.ticket_image import qr_image


def escpos_bytes(layout: TicketLayout, profile: str, native_qr: bool = True) -> bytes:
    """The bytes a printer needs for `layout`: text sizes, a native or image QR code, then a cut."""
    printer = Dummy(profile=profile)
    printer.hw("INIT")
    printer.set(align="center")
    for block in layout.blocks:
        if isinstance(block, Text):
            scale = SCALE[block.size]
            if scale == 1:
                printer.set(align="center", bold=block.bold, normal_textsize=True, font="a" if block.size != "small" else "b")
            else:
                printer.set(align="center", bold=block.bold, custom_size=True, width=scale, height=scale)
            for line in layout.lines(block):
                printer.text(line + "\n")
        elif isinstance(block, Qr):
            printer.set(align="center", normal_textsize=True, bold=False)
            if native_qr:
                printer.qr(block.data, size=6, native=True)
            else:
                printer.image(qr_image(block.data, box=6), center=True)
        elif isinstance(block, Rule):
            printer.set(align="center", normal_textsize=True, bold=False, font="a")
            printer.text("-" * layout.columns + "\n")
    printer.set(normal_textsize=True, bold=False, font="a")
    if layout.cut:
        printer.cut()
    return printer.output
