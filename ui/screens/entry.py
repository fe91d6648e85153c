"""The base of the typing screens (NIK, name, phone): a big display, on-screen keys, Back and Next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

from kiosk.errors import KioskError
from ui.context import KioskContext
from ui.screens.base import SPACING, Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label
from ui.widgets.key_grid import BACKSPACE, CLEAR, KeyGrid

MIN_DISPLAY_PX = 28  # the display shrinks its type to stay on one line, never below reading size
_LANDSCAPE = QBoxLayout.Direction.LeftToRight
_PORTRAIT = QBoxLayout.Direction.TopToBottom


class EntryScreen(Screen):
    """Typed text lives here until Next validates it; a refusal is shown inline, nothing is lost.

    On a wide screen the keys sit right of the display with `keys_beside` (Back and Next under the
    display), else under it (Back and Next beside the display, so the keys get the height). On a tall
    screen the keys sit right under the display, with Back and Next under the keys."""

    accepted = Signal(str)  # the value as the core normalised it ("" for a skipped optional field)
    back = Signal()
    max_length = 16
    allowed = "0123456789"
    keys_share = (3, 2)  # with keys beside: the widths of the display's column and of the keys

    def __init__(self, ctx: KioskContext, keys: KeyGrid, *, keys_beside: bool) -> None:
        super().__init__(ctx)
        self.value = ""
        self.error: KioskError | None = None
        self.keys_beside = keys_beside
        self.title = label(Role.TITLE)
        self.hint = label()
        self.display = label(Role.DISPLAY, name="display", wrap=False, align=Qt.AlignmentFlag.AlignCenter)
        self.display.setMinimumHeight(88)
        self.display.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.counter = label(name="counter", align=Qt.AlignmentFlag.AlignCenter)  # "12/16" where it helps
        self.counter.hide()
        self.error_label = label(Role.ERROR, name="error")
        self.keys = keys
        keys.pressed.connect(self._pressed)
        self.back_button = button("back", Role.SECONDARY, "arrow-left")
        self.next_button = button("next", Role.PRIMARY, "arrow-right")
        self.next_button.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the arrow after the word
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.submit)
        self.nav_box = QWidget()
        self.nav = button_row(self.back_button, self.next_button)
        self.nav.setContentsMargins(0, 0, 0, 0)
        self.nav_box.setLayout(self.nav)

        for widget in (self.title, self.hint, self.error_label):  # across the whole width
            self.page.addWidget(widget)
        self.extras = QVBoxLayout()  # below the display: a subclass's own buttons (Skip)
        self.extras.setSpacing(SPACING)
        self.left = QVBoxLayout()
        self.left.setSpacing(SPACING)
        self.left.addWidget(self.display)
        self.left.addWidget(self.counter)
        self.left.addLayout(self.extras)
        self.filler = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)
        self.left.addSpacerItem(self.filler)
        self.top = QHBoxLayout()
        self.top.setSpacing(SPACING * 2)
        self.top.addLayout(self.left, 3)
        self.body = QBoxLayout(_LANDSCAPE if keys_beside else _PORTRAIT)
        self.body.setSpacing(SPACING * 2 if keys_beside else SPACING)
        self.body.addLayout(self.top, self.keys_share[0] if keys_beside else 0)
        self.body.addWidget(keys, self.keys_share[1] if keys_beside else 1)
        self.page.addLayout(self.body, 1)
        self._place_nav()

    def set_portrait(self, portrait: bool) -> None:
        super().set_portrait(portrait)
        self._place_nav()

    def _place_nav(self) -> None:
        """Back and Next: under the display (keys beside), beside it (keys under, wide screen), or under
        the keys (tall screen)."""
        beside = self.keys_beside and not self.portrait
        self.body.setDirection(_LANDSCAPE if beside else _PORTRAIT)
        self.body.setStretch(0, self.keys_share[0] if beside else 0)
        self.body.setStretch(1, self.keys_share[1] if beside else 1)
        self.filler.changeSize(
            0,
            0,
            QSizePolicy.Policy.Minimum,
            QSizePolicy.Policy.Expanding if beside else QSizePolicy.Policy.Fixed,
        )
        for layout in (self.left, self.top, self.page):
            layout.removeWidget(self.nav_box)
        if beside:
            self.left.addWidget(self.nav_box)
        elif not self.portrait:
            self.top.addWidget(self.nav_box, 2)
        else:
            self.page.insertWidget(self.page.indexOf(self.body) + 1, self.nav_box)
        self.page.invalidate()

    def formatted(self) -> str:
        """The display text for `self.value`."""
        raise NotImplementedError

    def validate(self, value: str) -> str:
        """The value as the core accepts it; raises KioskError with the reason otherwise."""
        raise NotImplementedError

    def set_value(self, value: str) -> None:
        self.value = value
        self.error = None
        self._refresh()

    def clear(self) -> None:
        self.set_value("")

    def submit(self) -> None:
        try:
            accepted = self.validate(self.value)
        except KioskError as refusal:
            self.refuse(refusal)
            return
        self.accepted.emit(accepted)

    def refuse(self, error: KioskError) -> None:
        """Show `error` under the title, keeping what was typed."""
        self.error = error
        self._refresh()

    def _pressed(self, key: str) -> None:
        if key == BACKSPACE:
            self.set_value(self.value[:-1])
        elif key == CLEAR:
            self.set_value("")
        elif key in self.allowed and len(self.value) < self.max_length:
            self.set_value(self.value + key)

    def _refresh(self) -> None:
        self.display.setText(self.formatted())
        self._fit_display()
        self.error_label.setText(self.error.message(self.ctx.language) if self.error else "")
        self.error_label.setVisible(self.error is not None)
        self.hint.setVisible(self.error is None and bool(self.hint.text()))  # a refusal says what to do

    def _fit_display(self) -> None:
        """One line always: the display's type shrinks (not below MIN_DISPLAY_PX) when the line is wider
        than the display."""
        self.display.setStyleSheet("")
        room = self.display.contentsRect().width() - 8
        wide = QFontMetrics(self.display.font()).horizontalAdvance(self.display.text())
        if room > 0 and wide > room:
            size = max(MIN_DISPLAY_PX, int(self.display.font().pixelSize() * room / wide))
            self.display.setStyleSheet(f"font-size: {size}px;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_display()

    def retranslate(self) -> None:
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self._refresh()


def grouped(digits: str, size: int = 4) -> str:
    """'3201015508900001' -> '3201 0155 0890 0001'."""
    return " ".join(digits[i : i + size] for i in range(0, len(digits), size))
