"""What the waiting-room TV shows: the newest call huge, the last calls, the queue per service, the clock.

A plain view: `show_calls`, `show_figures`, `set_online` and `tick` put state on it; ui/display/app.py
feeds it from the change feed and the calling service. Sizes follow the screen (`apply_size`): one unit is
the shorter side / 1080, so 1920x1080 and 1080x1920 get the same type sizes and 1366x768 a smaller copy;
nothing is below 32 px at 1080p. The number's height is at least 15 % of the screen's (it is narrowed,
never made smaller, when a long number must fit a portrait screen).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.call_notices import CallNotice, counter_name
from kiosk.config import Config
from kiosk.office_time import format_clock, format_date, local
from ui.display import palette
from ui.translation import Languages, Retranslating

HISTORY = 6  # calls listed
NUMBER_SHARE = 0.25  # the number's font size, of the screen height
MIN_STRETCH = 62  # how far (percent) the number may be narrowed to fit across a portrait screen
# Type sizes in px at 1080p (one unit); none under 32.
SIZES = {"header": 40, "caption": 44, "counter": 100, "title": 40, "row": 56, "name": 36, "figure": 40}
SIZES |= {"notice": 36, "note": 34}
FONT = '"DejaVu Sans", "Noto Sans", "Segoe UI", sans-serif'


@dataclass(frozen=True)
class ServiceFigure:
    """One service's line on the display: people waiting and the estimated wait (None: no estimate yet)."""

    name_id: str
    name_en: str
    waiting: int
    wait_minutes: int | None


def _label(role: str, text: str = "", align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QLabel:
    label = QLabel(text)
    label.setProperty("role", role)
    label.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    return label


class DisplayBoard(Retranslating, QWidget):
    def __init__(self, config: Config, languages: Languages) -> None:
        super().__init__()
        self.config = config
        self.languages = languages
        self.language = config.display.languages[0]
        self.calls: list[CallNotice] = []
        self.figures: list[ServiceFigure] = []
        self.flashing = False
        self.online = True
        self.notice_index = 0
        self.setObjectName("board")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        center = Qt.AlignmentFlag.AlignHCenter
        right = Qt.AlignmentFlag.AlignRight

        self.office = _label("header", config.office.name)
        self.office.setWordWrap(True)
        self.note = _label("note", align=right)
        self.date = _label("header", align=right)
        self.clock = _label("clock", align=right)
        self.caption = _label("caption", align=center)
        self.number = _label("number", "—", center)
        self.number.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.go_to = _label("caption", align=center)
        self.counter = _label("counter", align=center)
        self.call_box = QFrame()
        self.call_box.setObjectName("callBox")
        box = QVBoxLayout(self.call_box)
        for widget in (self.caption, self.number, self.go_to, self.counter):
            box.addWidget(widget)
        self.recent_title = _label("title")
        self.recent_rows = [(_label("row"), _label("row", align=right)) for _ in range(HISTORY)]
        self.recent_box = QFrame()
        self.recent_box.setObjectName("panel")
        grid = QGridLayout(self.recent_box)
        grid.addWidget(self.recent_title, 0, 0, 1, 2)
        for row, (number, counter) in enumerate(self.recent_rows, 1):
            grid.addWidget(number, row, 0)
            grid.addWidget(counter, row, 1)
        self.services_title = _label("title")
        self.service_rows: list[tuple[QLabel, QLabel]] = []
        self.services_box = QFrame()
        self.services_box.setObjectName("panel")
        self.services_grid = QGridLayout(self.services_box)
        self.notice = _label("notice", align=center)
        self.notice.setWordWrap(True)
        self.layout_for(portrait=False)
        self.retranslate()

    # -- layout --

    def layout_for(self, *, portrait: bool) -> None:
        """Landscape: the call beside the last calls, the services below. Portrait: all stacked."""
        self.portrait = portrait
        old = self.layout()
        if old is not None:
            QWidget().setLayout(old)  # re-parents the old layout so it is deleted; the widgets stay
        header = QHBoxLayout()
        header.addWidget(self.office, 3)
        header.addWidget(self.note, 2)
        stamp = QVBoxLayout()
        stamp.addWidget(self.date)
        stamp.addWidget(self.clock)
        header.addLayout(stamp, 2)
        page = QVBoxLayout(self)
        page.addLayout(header)
        if portrait:
            page.addWidget(self.call_box, 5)
            page.addWidget(self.recent_box, 4)
        else:
            middle = QHBoxLayout()
            middle.addWidget(self.call_box, 3)
            middle.addWidget(self.recent_box, 2)
            page.addLayout(middle, 5)
        page.addWidget(self.services_box, 2)
        page.addWidget(self.notice)
        self._fill_services()

    def apply_size(self, width: int, height: int) -> None:
        """Lay out and size the type for a screen of width x height."""
        if (width < height) != getattr(self, "portrait", None):
            self.layout_for(portrait=width < height)
        unit = min(width, height) / 1080
        self.screen_height = height
        px = {name: round(size * unit) for name, size in SIZES.items()}
        margin = round(24 * unit)
        self.layout().setContentsMargins(margin, margin, margin, margin)
        self.layout().setSpacing(margin)
        self.setStyleSheet(self._stylesheet(px, unit))
        self._size_number(width - 4 * margin)

    def _size_number(self, available: int) -> None:
        """The number's font: NUMBER_SHARE of the screen height, narrowed (not shrunk) to fit across."""
        font = QFont(["DejaVu Sans", "Noto Sans"])
        font.setBold(True)
        font.setPixelSize(round(self.screen_height * NUMBER_SHARE))
        text = self.number.text()
        wide = QFontMetrics(font).horizontalAdvance(text)
        if wide > available:
            font.setStretch(max(MIN_STRETCH, int(100 * available / wide)))
            while QFontMetrics(font).horizontalAdvance(text) > available:
                font.setPixelSize(font.pixelSize() - 8)
        self.number.setFont(font)

    def _stylesheet(self, px: dict[str, int], unit: float) -> str:
        p = palette
        flash = self.flashing
        box_bg, box_fg, box_soft = (
            (p.FLASH, p.BACKGROUND, p.BACKGROUND) if flash else (p.PANEL, p.ACCENT, p.SOFT)
        )
        radius = round(20 * unit)
        return f"""
QWidget#board {{ background: {p.BACKGROUND}; }}
QWidget {{ font-family: {FONT}; color: {p.TEXT}; }}
QLabel {{ background: transparent; }}
QFrame#panel {{ background: {p.PANEL}; border-radius: {radius}px; }}
QFrame#callBox {{ background: {box_bg}; border-radius: {radius}px; }}
QLabel[role="header"] {{ font-size: {px["header"]}px; font-weight: bold; }}
QLabel[role="clock"] {{ font-size: {px["header"] * 2}px; font-weight: bold; }}
QLabel[role="note"] {{ font-size: {px["note"]}px; color: {p.NOTE}; }}
QLabel[role="caption"] {{ font-size: {px["caption"]}px; color: {box_soft}; }}
QLabel[role="number"] {{ color: {box_fg}; }}
QLabel[role="counter"] {{ font-size: {px["counter"]}px; font-weight: bold; color: {box_fg}; }}
QLabel[role="title"] {{ font-size: {px["title"]}px; color: {p.SOFT}; }}
QLabel[role="row"] {{ font-size: {px["row"]}px; font-weight: bold; }}
QLabel[role="name"] {{ font-size: {px["name"]}px; color: {p.SOFT}; }}
QLabel[role="figure"] {{ font-size: {px["figure"]}px; font-weight: bold; }}
QLabel[role="notice"] {{ font-size: {px["notice"]}px; }}
"""

    # -- state --

    def show_calls(self, calls: list[CallNotice]) -> None:
        """The calls so far, oldest first; the last one is the newest."""
        self.calls = calls[-HISTORY:]
        self._fill_calls()

    def show_figures(self, figures: list[ServiceFigure]) -> None:
        self.figures = figures
        self._fill_services()

    def set_online(self, online: bool) -> None:
        self.online = online
        self.retranslate()

    def set_flashing(self, flashing: bool) -> None:
        if flashing != self.flashing:
            self.flashing = flashing
            self.apply_size(self.width(), self.height())

    def set_language(self, language: str) -> None:
        """Labels in 'id' or 'en' (Qt's translator); counter and service names from the configuration."""
        self.language = language
        self.languages.set(language)
        self.retranslate()

    def tick(self, now: datetime) -> None:
        """Date and clock in the office's time zone (WIB, WITA or WIT)."""
        moment = local(self.config.office, now)
        self.date.setText(format_date(moment, self.language))
        self.clock.setText(format_clock(moment))

    def next_notice(self) -> None:
        notices = self.config.display.notices
        self.notice_index = (self.notice_index + 1) % max(1, len(notices))
        self._fill_notice()

    # -- texts --

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Queue number"))
        self.go_to.setText(self.tr("Please go to"))
        self.recent_title.setText(self.tr("Last calls"))
        self.services_title.setText(self.tr("Waiting now"))
        self.note.setText("" if self.online else self.tr("Reconnecting…"))
        self._fill_calls()
        self._fill_services()
        self._fill_notice()

    def _fill_calls(self) -> None:
        newest = self.calls[-1] if self.calls else None
        self.number.setText(newest.number if newest else "—")
        self.counter.setText(counter_name(self.config, newest.counter, self.language) if newest else "")
        for (number, counter), call in zip(
            self.recent_rows, [*reversed(self.calls), *[None] * HISTORY], strict=False
        ):
            number.setText(call.number if call else "")
            counter.setText(counter_name(self.config, call.counter, self.language) if call else "")
        if hasattr(self, "screen_height"):
            self._size_number(self.number.width() or self.width())

    def _fill_services(self) -> None:
        grid = self.services_grid
        while grid.count():
            grid.takeAt(0).widget().setParent(None)
        grid.addWidget(self.services_title, 0, 0, 1, 4)
        english = self.language == "en"
        columns = 2 if self.portrait else 4
        for i, figure in enumerate(self.figures):
            name = _label("name", figure.name_en if english else figure.name_id)
            name.setWordWrap(True)
            waiting = self.tr("{count} waiting").format(count=figure.waiting)
            if figure.wait_minutes is not None:
                waiting += " · " + self.tr("about {minutes} min").format(minutes=figure.wait_minutes)
            cell = QVBoxLayout()
            cell.addWidget(name)
            cell.addWidget(_label("figure", waiting))
            holder = QWidget()
            holder.setLayout(cell)
            grid.addWidget(holder, 1 + i // columns, i % columns)

    def _fill_notice(self) -> None:
        notices = self.config.display.notices
        self.notice.setText(notices[self.notice_index % len(notices)] if notices else "")
        self.notice.setVisible(bool(notices))
