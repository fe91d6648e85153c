"""The printed ticket as a QImage, drawn from the same layout the printer gets."""

from __future__ import annotations

from PySide6.QtGui import QImage

from kiosk.layout import TicketLayout
from printing.ticket_image import ticket_image


def ticket_picture(layout: TicketLayout) -> QImage:
    """Safe off the GUI thread (QImage, not QPixmap); the screen turns it into a pixmap."""
    picture = ticket_image(layout).convert("L")
    data = picture.tobytes()
    return QImage(data, picture.width, picture.height, picture.width, QImage.Format.Format_Grayscale8).copy()
