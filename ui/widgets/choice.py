"""A large button with a headline and a second, smaller line (a home choice, a service)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QPushButton, QSizePolicy, QVBoxLayout

from ui.style import Role
from ui.widgets.basics import label, touch

_CENTRE = Qt.AlignmentFlag.AlignCenter


class ChoiceButton(QPushButton):
    """Headline and detail labels laid over a button; taps go through the labels to the button."""

    def __init__(self, name: str, min_height: int) -> None:
        super().__init__()
        touch(self, name, Role.CHOICE)
        self.setMinimumHeight(min_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(6)
        self.title = label(Role.CHOICE_TITLE, align=_CENTRE)
        self.detail = label(Role.CHOICE_DETAIL, align=_CENTRE)
        layout.addStretch(1)
        for part in (self.title, self.detail):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(part)
        layout.addStretch(1)

    def minimumSizeHint(self) -> QSize:
        """Tall enough for both lines of text (a plain QPushButton only measures its own text)."""
        return self.layout().totalMinimumSize().expandedTo(QSize(0, self.minimumHeight()))

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def set_texts(self, title: str, detail: str = "") -> None:
        self.title.setText(title)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleName(f"{title}. {detail}" if detail else title)
