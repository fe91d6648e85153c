"""Factories for labels and buttons that carry a stylesheet role."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from ui.pictograms import pictogram
from ui.style import Role


def label(
    role: Role = Role.BODY,
    *,
    name: str = "",
    wrap: bool = True,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
) -> QLabel:
    """A label styled by `role`, word-wrapped unless told otherwise."""
    widget = QLabel()
    widget.setProperty("role", role.value)
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setAlignment(align)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def set_role(widget: QWidget, role: Role) -> None:
    """Change a widget's role after it was shown; the stylesheet is re-applied to it."""
    widget.setProperty("role", role.value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def touch(widget: QPushButton, name: str, role: Role) -> QPushButton:
    """Name and style a touch button; it never takes keyboard focus (the kiosk has no keyboard)."""
    widget.setObjectName(name)
    widget.setProperty("role", role.value)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


def button(name: str, role: Role = Role.PRIMARY, icon: str = "") -> QPushButton:
    """A touch button styled by `role`, with the pictogram `icon` (a file in ui/icons) before its text."""
    widget = touch(QPushButton(), name, role)
    if icon:
        widget.setIcon(pictogram(icon, role))
    return widget
