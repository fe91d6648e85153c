"""The kiosk's one stylesheet: large type, big touch targets, dark-on-white and white-on-deep-blue.

Widgets pick their look with a `role` property (see `Role`). Sizes are set for a 1024×768 screen and
follow the screen (`screen_scale`: a 1920×1080 screen gets everything 1.4 times larger), and font sizes
are multiplied by the visitor's "larger text" choice as well.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QSize

BLUE = "#0B3D91"  # white text on it: 10.6:1
BLUE_PRESSED = "#062A66"
INK = "#111111"
WHITE = "#FFFFFF"
RED = "#A4000F"  # on white: 8.3:1
MUTED = "#4A4A4A"  # disabled text on white: 8.9:1
AMBER_PALE = "#FFF1C2"
SHADE = (0, 0, 0, 170)  # RGBA painted over the screen behind the idle overlay

LARGE_TEXT = 1.3
MIN_TOUCH_PX = 80  # every button's height, border included
BORDER = 4  # every button's border width
ICON_ASPECT = 1.4  # a button's pictogram is drawn this much wider than tall: the gap before its word
FONT_FAMILY = '"Noto Sans", "DejaVu Sans", "Segoe UI", sans-serif'
MONO_FAMILY = '"DejaVu Sans Mono", "Noto Sans Mono", "Consolas", monospace'


class Role(StrEnum):
    """What a widget is for; the stylesheet selects on it."""

    TITLE = "title"
    BODY = "body"
    STRONG = "strong"
    DISPLAY = "display"
    ERROR = "error"
    WARNING = "warning"
    MESSAGE = "message"
    NUMBER = "number"
    COUNTDOWN = "countdown"
    CHOICE_TITLE = "choiceTitle"
    CHOICE_DETAIL = "choiceDetail"
    PANEL = "panel"
    PRIMARY = "primary"
    SECONDARY = "secondary"
    KEY = "key"
    CHOICE = "choice"
    TOGGLE = "toggle"


# Font sizes in px at normal scale; nothing a visitor reads is below 28 px.
SIZES = {
    "body": 30,
    "title": 46,
    "display": 44,
    "message": 34,
    "button": 34,
    "key": 40,
    "word_key": 28,
    "choice_title": 40,
    "choice_detail": 28,
    "number": 170,
    "countdown": 120,
}
# Far above reading size already, or (word keys: "Hapus semua") sized to their key: larger text leaves them.
UNSCALED = frozenset({"number", "countdown", "word_key"})
BASE = QSize(1024, 768)  # the screen the sizes above are made for


def screen_scale(size: QSize) -> float:
    """How much larger than on 1024×768 everything is drawn on a window of `size` (never smaller, so text
    stays at least 28 px). A tall screen is scaled by its width only: rows of keys and buttons need the
    width, and the height is there in plenty."""
    across = size.width() / BASE.width()
    if size.height() > size.width():
        return max(1.0, across)
    return max(1.0, min(across, size.height() / BASE.height()))


def stylesheet(scale: float = 1.0, screen: float = 1.0) -> str:
    """The application stylesheet: font sizes multiplied by `scale` (larger text) and `screen`
    (screen_scale), touch targets and borders by `screen`."""
    px = {name: round(size * screen * (1.0 if name in UNSCALED else scale)) for name, size in SIZES.items()}
    touch = round(MIN_TOUCH_PX * screen)
    icon = round(px["button"] * 1.1)
    return f"""
QWidget {{ font-family: {FONT_FAMILY}; font-size: {px["body"]}px; color: {INK}; }}
QWidget#kiosk {{ background: {WHITE}; }}
QLabel {{ background: transparent; }}
QLabel[role="title"] {{ font-size: {px["title"]}px; font-weight: bold; color: {BLUE}; }}
QLabel[role="strong"] {{ font-weight: bold; }}
QLabel[role="display"] {{
    font-family: {MONO_FAMILY}; font-size: {px["display"]}px; font-weight: bold;
    background: {WHITE}; border: {BORDER}px solid {BLUE}; border-radius: 12px; padding: 8px 20px;
}}
QLabel[role="error"] {{ color: {RED}; font-weight: bold; }}
QLabel[role="warning"] {{
    background: {AMBER_PALE}; border: 4px solid {INK}; border-radius: 12px; padding: 12px; font-weight: bold;
}}
QLabel[role="message"] {{
    font-size: {px["message"]}px; background: {WHITE};
    border: 6px solid {RED}; border-radius: 16px; padding: 16px 24px;
}}
QLabel[role="number"] {{ font-size: {px["number"]}px; font-weight: bold; color: {BLUE}; }}
QLabel[role="countdown"] {{ font-size: {px["countdown"]}px; font-weight: bold; color: {BLUE}; }}
QLabel[role="choiceTitle"] {{ font-size: {px["choice_title"]}px; font-weight: bold; color: {WHITE}; }}
QLabel[role="choiceDetail"] {{ font-size: {px["choice_detail"]}px; color: {WHITE}; }}
QLabel[role="choiceTitle"]:disabled, QLabel[role="choiceDetail"]:disabled {{ color: {MUTED}; }}
QFrame[role="panel"] {{ background: {WHITE}; border: 6px solid {BLUE}; border-radius: 20px; }}
QPushButton {{
    min-height: {touch - 2 * BORDER}px; font-size: {px["button"]}px; font-weight: bold;
    border-radius: 14px; padding: 0px 20px; icon-size: {round(icon * ICON_ASPECT)}px {icon}px;
}}
QPushButton[role="primary"], QPushButton[role="choice"] {{
    background: {BLUE}; color: {WHITE}; border: {BORDER}px solid {BLUE};
}}
QPushButton[role="primary"]:pressed, QPushButton[role="choice"]:pressed {{ background: {BLUE_PRESSED}; }}
QPushButton[role="secondary"], QPushButton[role="toggle"] {{
    background: {WHITE}; color: {BLUE}; border: {BORDER}px solid {BLUE};
}}
QPushButton[role="secondary"]:pressed, QPushButton[role="toggle"]:checked {{
    background: {BLUE}; color: {WHITE};
}}
QPushButton[role="key"] {{
    font-family: {MONO_FAMILY}; font-size: {px["key"]}px; padding: 0px 4px;
    background: {WHITE}; color: {INK}; border: {BORDER}px solid {BLUE}; border-radius: 12px;
}}
QPushButton[role="key"][word="true"] {{
    font-family: {FONT_FAMILY}; font-size: {px["word_key"]}px; font-weight: normal;
}}
QPushButton[role="key"]:pressed {{ background: {BLUE}; color: {WHITE}; }}
QPushButton:disabled, QPushButton[role="choice"]:disabled {{
    background: {WHITE}; color: {MUTED}; border: {BORDER}px dashed {MUTED};
}}
"""
