"""Scan the KTP: the live mirrored camera picture with a card-shaped box, how to hold the card, and the
keypad instead (ui/ktp_scan_flow.py drives it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QVBoxLayout

from ui.capture_worker import card_guide_rect
from ui.context import KioskContext
from ui.screens.base import SPACING, Screen, button_row
from ui.style import Role
from ui.widgets.basics import button, label
from ui.widgets.camera_view import CameraView


class KtpScanScreen(Screen):
    """Shows the camera while the card is looked for; after the time allowed, a kind word instead."""

    type_nik = Signal()  # back to the keypad

    def __init__(self, ctx: KioskContext) -> None:
        super().__init__(ctx)
        self.title = label(Role.TITLE)
        self.view = CameraView("ktp_view", guide=card_guide_rect, whole=True)
        self.aim = label(Role.STRONG, name="ktp_aim")
        self.tips = label(name="ktp_tips")
        self.not_read = label(Role.STRONG, name="ktp_not_read")
        text = QVBoxLayout()
        text.setSpacing(SPACING)
        for widget in (self.aim, self.tips, self.not_read):
            text.addWidget(widget)
        text.addStretch(1)
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(SPACING * 2)
        columns.addWidget(self.view, 3)
        columns.addLayout(text, 2)
        self.type_button = button("type_nik", Role.SECONDARY)
        self.type_button.clicked.connect(self.type_nik)
        self.page.addWidget(self.title)
        self.page.addLayout(columns, 1)
        self.page.addLayout(button_row(None, self.type_button))
        self.set_not_read(False)
        self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Picture beside the words on a wide screen, above them on a tall one."""
        super().resizeEvent(event)
        tall = event.size().height() > event.size().width()
        self.columns.setDirection(
            QBoxLayout.Direction.TopToBottom if tall else QBoxLayout.Direction.LeftToRight
        )

    def set_not_read(self, not_read: bool) -> None:
        """The card was not read in time: say so kindly (the flow then goes back to the keypad)."""
        self.not_read.setVisible(not_read)
        self.aim.setVisible(not not_read)
        self.tips.setVisible(not not_read)

    def clear(self) -> None:
        self.view.clear()
        self.set_not_read(False)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Scan your KTP"))
        self.aim.setText(self.tr("Hold your KTP inside the box"))
        self.tips.setText(self.tr("The front of the card to the camera, flat and still, about 20 cm away."))
        self.not_read.setText(
            self.tr("Sorry, your KTP could not be read. Please type your NIK with the keypad.")
        )
        self.type_button.setText(self.tr("Type my NIK"))
