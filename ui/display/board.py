"""What the waiting-room TV shows: the newest call huge, the last calls, the queue per service, the clock.

A plain view: `show_calls`, `show_figures`, `set_online` and `tick` put state on it; ui/display/app.py
feeds it from the change feed and the calling service. Sizes follow the screen (`apply_size`): one unit is
the shorter side / 1080, so 1920x1080 and 1080x1920 get the same type sizes and 1366x768 a smaller copy;
nothing is below 32 px at 1080p. The number's height is at least 15 % of the screen's: to fit across a
portrait screen it is narrowed first (to 62 %), and made smaller only if that is not enough.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCloseEvent, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.call_notices import CallNotice, counter_name
from kiosk.config import Config
from kiosk.office_time import format_clock, format_date, local
from ui.display import palette
from ui.translation import Languages, Retranslating

HISTORY = 6  # calls listed
NUMBER_SHARE = 0.23  # the number's font size, of the screen height
MIN_STRETCH = 62  # how far (percent) the number may be narrowed to fit across a portrait screen
# Type sizes in px at 1080p (one unit); none under 32.
SIZES = {"header": 38, "caption": 40, "counter": 96, "title": 38, "row": 52, "name": 34, "figure": 40}
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


class BigNumber(QWidget):
    """The newest number, drawn centred on its glyphs (a QLabel centres the taller line box, which would
    waste a fifth of the height); its colour comes from the stylesheet's `color`."""

    def __init__(self) -> None:
        super().__init__()
        self._text = "—"
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        self._text = text
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        metrics = QFontMetrics(self.font())
        glyphs = metrics.tightBoundingRect(self._text)
        x = (self.width() - metrics.horizontalAdvance(self._text)) / 2
        y = (self.height() - glyphs.height()) / 2 - glyphs.top()
        painter.drawText(QPointF(x, y), self._text)
        painter.end()


class DisplayBoard(Retranslating, QWidget):
    """The whole screen; `portrait` stacks the parts (1080x1920) instead of setting them side by side."""

    def __init__(self, config: Config, languages: Languages, *, portrait: bool = False) -> None:
        super().__init__()
        self.portrait = portrait
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
        self.number = BigNumber()
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
        self.services_box = QFrame()
        self.services_box.setObjectName("panel")
        self.services_grid = QGridLayout(self.services_box)
        self.notice = _label("notice", align=center)
        self.notice.setWordWrap(True)
        self._lay_out()
        self.retranslate()

    # -- layout --

    def _lay_out(self) -> None:
        """Landscape: the call beside the last calls, the services below. Portrait: all stacked."""
        header = QHBoxLayout()
        header.addWidget(self.office, 1)
        stamp = QVBoxLayout()
        if self.portrait:  # narrow: the note goes above the date; wide: between the office and the date
            stamp.addWidget(self.note)
        else:
            header.addWidget(self.note)
        stamp.addWidget(self.date)
        stamp.addWidget(self.clock)
        header.addLayout(stamp)
        page = QVBoxLayout(self)
        page.addLayout(header)
        if self.portrait:
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
        """Size the type for a screen of width x height."""
        unit = min(width, height) / 1080
        self.screen_height = height
        px = {name: round(size * unit) for name, size in SIZES.items()}
        margin = round(20 * unit)
        self.layout().setContentsMargins(margin, margin, margin, margin)
        self.layout().setSpacing(margin)
        self.radius = round(20 * unit)
        self.setStyleSheet(self._stylesheet(px))
        self._style_call_box()
        call_box_share = 1 if self.portrait else 3 / 5
        self.number_room = round((width - 2 * margin) * call_box_share) - 4 * margin
        self._size_number()

    def _size_number(self) -> None:
        """The number's font: NUMBER_SHARE of the screen height, narrowed (not shrunk) to fit across."""
        if not hasattr(self, "number_room"):
            return
        available = self.number_room
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
        self.number.setMinimumHeight(round(QFontMetrics(font).tightBoundingRect(text).height() * 1.2))
        self.number.update()

    def _style_call_box(self) -> None:
        """The newest call's box: yellow on panel blue, or (flashing) navy on yellow. Only this box is
        restyled on each flash step."""
        p = palette
        flashing = (p.FLASH, p.BACKGROUND, p.BACKGROUND)
        background, strong, soft = flashing if self.flashing else (p.PANEL, p.ACCENT, p.SOFT)
        self.call_box.setStyleSheet(f"""
QFrame#callBox {{ background: {background}; border-radius: {self.radius}px; }}
QLabel[role="caption"] {{ color: {soft}; }}
BigNumber {{ color: {strong}; }}
QLabel[role="counter"] {{ color: {strong}; }}
""")

    def _stylesheet(self, px: dict[str, int]) -> str:
        p = palette
        return f"""
QWidget#board {{ background: {p.BACKGROUND}; }}
QWidget {{ font-family: {FONT}; color: {p.TEXT}; }}
QLabel {{ background: transparent; }}
QFrame#panel {{ background: {p.PANEL}; border-radius: {self.radius}px; }}
QLabel[role="header"] {{ font-size: {px["header"]}px; font-weight: bold; }}
QLabel[role="clock"] {{ font-size: {px["header"] * 2}px; font-weight: bold; }}
QLabel[role="note"] {{ font-size: {px["note"]}px; color: {p.NOTE}; }}
QLabel[role="caption"] {{ font-size: {px["caption"]}px; }}
QLabel[role="counter"] {{ font-size: {px["counter"]}px; font-weight: bold; }}
QLabel[role="title"] {{ font-size: {px["title"]}px; color: {p.SOFT}; }}
QLabel[role="row"] {{ font-size: {px["row"]}px; font-weight: bold; }}
QLabel[role="name"] {{ font-size: {px["name"]}px; color: {p.SOFT}; }}
QLabel[role="figure"] {{ font-size: {px["figure"]}px; font-weight: bold; }}
QLabel[role="notice"] {{ font-size: {px["notice"]}px; }}
"""

    # -- state --

    def show_calls(self, calls: list[CallNotice]) -> None:
        """The calls so far, oldest first; the last one is the newest. A number called again (a recall, a
        transfer) moves to the top instead of being listed twice."""
        latest: dict[str, CallNotice] = {}
        for call in calls:
            latest.pop(call.number, None)
            latest[call.number] = call
        self.calls = list(latest.values())[-HISTORY:]
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
            self._style_call_box()

    def set_language(self, language: str) -> None:
        """Labels in 'id' or 'en' (Qt's translator); counter and service names from the configuration."""
        self.language = language
        self.languages.set(language)
        self.retranslate()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing takes the translator off the application (it is shared with any other window)."""
        self.languages.release()
        super().closeEvent(event)

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
        self.note.setText(self.tr("Reconnecting…"))
        self.note.setVisible(not self.online)
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
        self._size_number()

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
            cell = QVBoxLayout()
            cell.addWidget(name)
            cell.addWidget(_label("figure", self.tr("{count} waiting").format(count=figure.waiting)))
            if figure.wait_minutes is not None:
                estimate = self.tr("about {minutes} min").format(minutes=figure.wait_minutes)
                cell.addWidget(_label("name", estimate))
            cell.addStretch(1)
            holder = QWidget()
            holder.setLayout(cell)
            grid.addWidget(holder, 1 + i // columns, i % columns, Qt.AlignmentFlag.AlignTop)
        for column in range(columns):
            grid.setColumnStretch(column, 1)

    def _fill_notice(self) -> None:
        notices = self.config.display.notices
        self.notice.setText(notices[self.notice_index % len(notices)] if notices else "")
        self.notice.setVisible(bool(notices))
