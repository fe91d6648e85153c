"""A ticket layout as a picture, dot for dot the size of the paper: for the screen and the preview."""

from __future__ import annotations

from functools import cache

import qrcode
from PIL import Image, ImageDraw, ImageFont

from kiosk.layout import SCALE, Qr, Rule, Text, TicketLayout

# A monospaced face like the printer's font A; the first one found is used.
_FONTS = {
    False: ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "DejaVuSansMono.ttf", "consola.ttf"),
    True: (
        "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
        "DejaVuSansMono-Bold.ttf",
        "consolab.ttf",
    ),
}
MARGIN = 16
# A monospaced glyph's advance in ems (DejaVu Sans Mono: 0.602), rounded up so a full line fits the paper.
GLYPH_WIDTH = 0.63


@cache
def _font(px: int, bold: bool) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in _FONTS[bold]:
        try:
            return ImageFont.truetype(name, px)
        except OSError:
            continue
    return ImageFont.load_default(size=px)


def qr_image(data: str, box: int = 6) -> Image.Image:
    """A black-on-white QR code with a quiet zone, `box` dots per module."""
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=box, border=4)
    code.add_data(data)
    code.make(fit=True)
    return code.make_image(fill_color="black", back_color="white").get_image().convert("L")


def ticket_image(layout: TicketLayout) -> Image.Image:
    """The ticket as it comes out of the printer: black on white, `layout.dots` wide."""
    width = layout.dots
    cell = width / layout.columns  # one font-A character, in dots
    parts: list[Image.Image | tuple[str, ImageFont.FreeTypeFont | ImageFont.ImageFont, int]] = []
    for block in layout.blocks:
        if isinstance(block, Text):
            scale = SCALE[block.size]
            px = round(cell * scale / GLYPH_WIDTH * (0.8 if block.size == "small" else 1.0))
            font = _font(px, block.bold)
            parts += [(line, font, round(px * 1.25)) for line in layout.lines(block)]
        elif isinstance(block, Qr):
            parts.append(qr_image(block.data, box=6))
        elif isinstance(block, Rule):
            px = round(cell / GLYPH_WIDTH)
            parts.append(("-" * layout.columns, _font(px, False), round(px * 1.25)))
    height = MARGIN * 2 + sum(p.height if isinstance(p, Image.Image) else p[2] for p in parts)
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    y = MARGIN
    for part in parts:
        if isinstance(part, Image.Image):
            image.paste(part, ((width - part.width) // 2, y))
            y += part.height
        else:
            text, font, line_height = part
            draw.text((width / 2, y + line_height / 2), text, fill=0, font=font, anchor="mm")
            y += line_height
    return image
