"""The display's colours: light text on deep navy (a TV across a bright hall glares less when dark), the
newest number in warm yellow. Every text/background pair the display paints is listed in PAIRS, and a
test computes each one's contrast (WCAG 2 relative luminance) to be at least 7:1, flashing included.
"""

from __future__ import annotations

BACKGROUND = "#0A1A33"
PANEL = "#132B4F"  # the boxes on the background
TEXT = "#FFFFFF"
SOFT = "#D5DEEC"  # captions and secondary text
ACCENT = "#FFD23F"  # the newest number and counter
NOTE = "#FFC9BF"  # "Menghubungkan kembali…"
FLASH = ACCENT  # the newest call's box while it flashes, its text then in BACKGROUND

# (text, background) pairs as painted.
PAIRS = {
    "text on background": (TEXT, BACKGROUND),
    "text on panel": (TEXT, PANEL),
    "soft on background": (SOFT, BACKGROUND),
    "soft on panel": (SOFT, PANEL),
    "accent on panel": (ACCENT, PANEL),
    "accent on background": (ACCENT, BACKGROUND),
    "note on background": (NOTE, BACKGROUND),
    "flashing number": (BACKGROUND, FLASH),
}


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of '#RRGGBB'."""
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: str, background: str) -> float:
    light, dark = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
