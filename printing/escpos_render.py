"""A ticket layout as ESC/POS bytes, produced by python-escpos for the configured printer profile.

The profile decides what the printer can do: a native QR code only where it declares `qrCode`
(otherwise, or with native_qr off, the code is sent as a raster image), a cut only where it declares
`paperFullCut` or `paperPartCut` (otherwise the paper is fed out to tear off).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path
from typing import Any

from PIL import Image

from kiosk.config import ConfigError
from kiosk.layout import SCALE, Qr, Rule, Text, TicketLayout
from printing.ticket_image import qr_image

QR_BOX = 6  # dots per QR module, native and image alike
TEAR_OFF_LINES = 6  # fed after the ticket when the printer cannot cut
RASTER = b"\x1dv0\x00"  # GS v 0, normal density: a raster bit image


def cache_capabilities_in(folder: Path) -> None:
    """Keep python-escpos' parsed capability file (0.2 s of parsing at its first import) in `folder`, the
    kiosk's own data folder, between starts. Without it python-escpos uses a new temporary folder each time
    (never the user's data folder); once python-escpos is loaded, it is too late and nothing changes."""
    if "escpos.capabilities" in sys.modules:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # a temporary folder then: slower, never wrong
    os.environ["ESCPOS_CAPABILITIES_PICKLE_DIR"] = str(folder)


@cache
def load_profile(name: str) -> Any:
    """python-escpos' capability profile `name`; ConfigError naming printer.profile if it has none."""
    from escpos.capabilities import get_profile  # on first use: see cache_capabilities_in

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
    from escpos.image import EscposImage  # on first use: see cache_capabilities_in

    bits = EscposImage(line)
    size = bits.width_bytes.to_bytes(2, "little") + bits.height.to_bytes(2, "little")
    return RASTER + size + bits.to_raster_format()


def escpos_bytes(layout: TicketLayout, profile: str, native_qr: bool = True) -> bytes:
    """The bytes a printer needs for `layout`: text sizes, a native or image QR code, then a cut."""
    load_profile(profile)
    from escpos.printer import Dummy  # after load_profile: see cache_capabilities_in

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
                printer.qr(block.data, size=QR_BOX, native=True)
            else:
                printer._raw(raster(qr_image(block.data, box=QR_BOX), layout.dots))
        elif isinstance(block, Rule):
            printer.set(align="center", normal_textsize=True, bold=False, font="a")
            printer.text("-" * layout.columns + "\n")
    printer.set(normal_textsize=True, bold=False, font="a")
    if layout.cut and can_cut(profile):
        printer.cut()
    elif layout.cut:
        printer.print_and_feed(TEAR_OFF_LINES)
    return printer.output
