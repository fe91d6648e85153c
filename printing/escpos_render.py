"""A ticket layout as ESC/POS bytes, produced by python-escpos for the configured printer profile.

The profile decides what the printer can do: a native QR code only where it declares `qrCode`
(otherwise, or with native_qr off, the code is sent as a raster image), a cut only where it declares
`paperFullCut` or `paperPartCut` (otherwise the paper is fed out to tear off).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from escpos.capabilities import get_profile
from escpos.image import EscposImage
from escpos.printer import Dummy
from PIL import Image

from kiosk.config import ConfigError
from kiosk.ticket_layout import SCALE, Qr, Rule, Text, TicketLayout
from printing.ticket_image import qr_image

TEAR_OFF_LINES = 6  # fed after the ticket when the printer cannot cut
RASTER = b"\x1dv0\x00"  # GS v 0, normal density: a raster bit image


@cache
def load_profile(name: str) -> Any:
    """python-escpos' capability profile `name`; ConfigError naming printer.profile if it has none."""
    try:
        return get_profile(name)
    except KeyError:
        raise ConfigError(
            "printer.profile",
            f"python-escpos has no profile {name!r}; e.g. TM-T88V (80 mm) or POS-5890 (58 mm)",
        ) from None


def can_cut(profile: str) -> bool:
    caps = load_profile(profile)
    return bool(caps.supports("paperFullCut") or caps.supports("paperPartCut"))


def prints_native_qr(profile: str, native_qr: bool) -> bool:
    """A native QR code (GS ( k) only if wanted and the profile declares it; else an image."""
    return native_qr and bool(load_profile(profile).supports("qrCode"))


def profile_dots(profile: str) -> int | None:
    """The printable width in dots the profile declares, or None when it does not say."""
    pixels = load_profile(profile).profile_data.get("media", {}).get("width", {}).get("pixels")
    return pixels if isinstance(pixels, int) else None


def raster(image: Image.Image, width: int) -> bytes:
    """`image` centred on a `width`-dot line, as one GS v 0 raster command (no profile lookup)."""
    line = Image.new("L", (width, image.height), 255)
    line.paste(image, ((width - image.width) // 2, 0))
    bits = EscposImage(line)
    size = bits.width_bytes.to_bytes(2, "little") + bits.height.to_bytes(2, "little")
    return RASTER + size + bits.to_raster_format()


def escpos_bytes(layout: TicketLayout, profile: str, native_qr: bool = True) -> bytes:
    """The bytes a printer needs for `layout`: text sizes, a native or image QR code, then a cut."""
    load_profile(profile)
    printer = Dummy(profile=profile)
    printer.hw("INIT")
    printer.set(align="center")
    for block in layout.blocks:
        if isinstance(block, Text):
            scale = SCALE[block.size]
            if scale == 1:
                font = "a" if block.size != "small" else "b"
                printer.set(align="center", bold=block.bold, normal_textsize=True, font=font)
            else:
                printer.set(align="center", bold=block.bold, custom_size=True, width=scale, height=scale)
            for line in layout.lines(block):
                printer.text(line + "\n")
        elif isinstance(block, Qr):
            printer.set(align="center", normal_textsize=True, bold=False)
            if prints_native_qr(profile, native_qr):
                printer.qr(block.data, size=block.box, native=True)
            else:
                printer._raw(raster(qr_image(block.data, box=block.box), layout.dots))
        elif isinstance(block, Rule):
            printer.set(align="center", normal_textsize=True, bold=False, font="a")
            printer.text("-" * layout.columns + "\n")
    printer.set(normal_textsize=True, bold=False, font="a")
    if layout.cut and can_cut(profile):
        printer.cut()
    elif layout.cut:
        printer.print_and_feed(TEAR_OFF_LINES)
    return printer.output
