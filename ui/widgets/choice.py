"""A large button with a pictogram, a headline and a second, smaller line (a Home choice, a service)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout

from ui.pictograms import pictogram_pixmap
from ui.style import MUTED, WHITE, Role
from ui.widgets.basics import label, touch

_CENTRE = Qt.AlignmentFlag.AlignCenter
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class ChoiceButton(QPushButton):
    """Pictogram, headline and detail laid over a button; taps go through them to the button.

    With a pictogram the texts are left-aligned beside it, so a column of choices lines up."""

    def __init__(self, name: str, min_height: int, icon: str = "") -> None:
        super().__init__()
        touch(self, name, Role.CHOICE)
        self.icon_name = icon
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        row = QHBoxLayout(self)
        row.setContentsMargins(20, 8, 20, 8)
        row.setSpacing(20)
        self.picture = QLabel()
        self.picture.setObjectName(f"{name}_pictogram")
        self.picture.setVisible(bool(icon))
        texts = QVBoxLayout()
        texts.setSpacing(2)
        align = _LEFT if icon else _CENTRE
        self.title = label(Role.CHOICE_TITLE, align=align)
        self.detail = label(Role.CHOICE_DETAIL, align=align)
        texts.addStretch(1)
        for part in (self.title, self.detail):
            texts.addWidget(part)
        texts.addStretch(1)
        row.addWidget(self.picture, 0, _CENTRE)
        row.addLayout(texts, 1)
        for part in (self.picture, self.title, self.detail):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def minimumSizeHint(self) -> QSize:
        """Tall enough for the headline and detail as they wrap at the button's width (a plain
        QPushButton only measures its own text)."""
        needed = self.layout().totalMinimumSize()
        if self.width() > needed.width():
            needed.setHeight(max(needed.height(), self.layout().totalHeightForWidth(self.width())))
        return needed.expandedTo(QSize(0, self.minimumHeight()))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def set_texts(self, title: str, detail: str = "") -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{title}. {detail}" if detail else title)

    def _draw_pictogram(self) -> None:
        """The pictogram as tall as the headline and detail together, in their colour."""
        size = self.title.font().pixelSize()  # -1 until the stylesheet reached the label
        if self.icon_name and size > 0:
            side = round(size * 1.8)
            colour = WHITE if self.isEnabled() else MUTED
            self.picture.setPixmap(pictogram_pixmap(self.icon_name, colour, side))
            self.picture.setFixedSize(side, side)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._draw_pictogram()
        if event.oldSize().width() != event.size().width():
            self.updateGeometry()  # the texts wrap differently: the height needed changed

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().changeEvent(event)
        if event.type() in (event.Type.EnabledChange, event.Type.StyleChange, event.Type.FontChange):
            self._draw_pictogram()
