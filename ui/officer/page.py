"""What the officer screens share: a title, a way back to the officer menu, a touch-scrolled list."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QFrame, QPushButton, QScrollArea, QScroller, QVBoxLayout, QWidget

from ui.context import KioskContext
from ui.screens.base import SPACING, Screen, button_row
from ui.style import BLUE, WHITE, Role
from ui.widgets.basics import button, label

SCROLLBAR_PX = 48  # wide enough for a finger


class OfficerScreen(Screen):
    """Title on top; `bottom(...)` puts the Officer menu button and the screen's own buttons at the foot."""

    menu = Signal()

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.title = label(Role.TITLE)
        self.page.addWidget(self.title)
        self.menu_button = button("menu", Role.SECONDARY)
        self.menu_button.clicked.connect(self.menu)

    def bottom(self, *buttons: QPushButton | None) -> None:
        self.page.addLayout(button_row(self.menu_button, *buttons))

    def retranslate(self) -> None:
        self.menu_button.setText(self.tr("Officer menu"))


class ScrollList(QScrollArea):
    """A vertical list that scrolls with a finger (touch flick) or its wide scroll bar."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setStyleSheet(
            f"QScrollBar:vertical {{ width: {SCROLLBAR_PX}px; background: {WHITE}; border: 2px solid {BLUE};"
            f" border-radius: 8px; }}"
            f" QScrollBar::handle:vertical {{ background: {BLUE}; min-height: 80px; border-radius: 6px; }}"
            " QScrollBar::add-line:vertical, QScrollBar::sub-line:vertical { height: 0px; }"
        )
        inner = QWidget()
        inner.setObjectName("kiosk_list")
        inner.setStyleSheet(f"QWidget#kiosk_list {{ background: {WHITE}; }}")
        self.rows = QVBoxLayout(inner)
        self.rows.setContentsMargins(0, 0, 8, 0)
        self.rows.setSpacing(SPACING // 2)
        self.rows.addStretch(1)
        self.setWidget(inner)
        QScroller.grabGesture(self.viewport(), QScroller.ScrollerGestureType.TouchGesture)

    def sizeHint(self) -> QSize:
        """As tall as its rows, so that a layout with room to spare shows them all without scrolling."""
        return QSize(super().sizeHint().width(), self.widget().sizeHint().height())

    def set_rows(self, widgets: list[QWidget]) -> None:
        """Replace the list's rows (the old ones are deleted)."""
        self.clear_rows()
        for widget in widgets:
            self.rows.insertWidget(self.rows.count() - 1, widget)
            widget.show()  # now, not at the next turn of the event loop
        self.updateGeometry()  # a new size hint: the page's layout makes room for the rows

    def clear_rows(self) -> None:
        while self.rows.count() > 1:
            item = self.rows.takeAt(0)
            widget = item.widget()
            if widget is not None:  # gone from findChild at once, deleted later
                widget.setParent(None)
                widget.deleteLater()
