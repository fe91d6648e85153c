"""What the check-in UI tests share: a booking key, camera frames made from signed booking QRs, and a kiosk
whose camera plays those frames (scanner.capture.ImageFilesSource, the one faked part: the webcam)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from kiosk.config import Config
from scanner.capture import ImageFilesSource
from tests.support.booking_tokens import make_key, payload, sign
from tests.support.config_files import MakeConfig
from tests.support.printer_peer import LoopbackPrinter
from tests.support.qr_images import place_in_frame, qr_image
from tests.ui.conftest import Kiosk, OpenKiosk
from ui.checkin_flow import CheckInFlow

KEY, PUBLIC_KEY = make_key()
OTHER_KEY, _ = make_key()  # the booking system never had it: its QRs are forged
TOKEN = sign(KEY, payload())  # TGU-8F2K91 for "new", today 09:00–10:00 (the test clock says 09:00)
BLANK = np.full((480, 640), 200, dtype=np.uint8)  # a frame with no code in it


class WatchedCamera(ImageFilesSource):
    """The image player, telling whether the kiosk holds the camera open."""

    def __init__(self, frames: Sequence[np.ndarray]) -> None:
        super().__init__(frames)
        self.is_open = False

    def open(self) -> bool:
        self.is_open = super().open()
        return self.is_open

    def close(self) -> None:
        super().close()
        self.is_open = False


def code_frame(text: str) -> np.ndarray:
    """A 640×480 camera frame with the QR of `text` held straight inside the guide."""
    return place_in_frame(qr_image(text, box=4), scale=0.6)


def booking_config(make_config: MakeConfig, printer: LoopbackPrinter | None = None) -> Config:
    """Signed QRs of KEY check in; tickets print on `printer` (a loopback network printer) if given."""
    network = {"printer": {"type": "network", "host": "127.0.0.1", "port": printer.port}} if printer else {}
    return make_config(booking={"public_keys": [PUBLIC_KEY]}, **network)


def open_with_camera(open_kiosk: OpenKiosk, config: Config, frames: Sequence[np.ndarray]) -> Kiosk:
    """A kiosk on Home whose camera plays `frames` in a loop; a lost camera is looked for every 50 ms."""
    kiosk = open_kiosk(config, frame_source=WatchedCamera(frames))
    camera = checkin_flow(kiosk).camera
    assert camera is not None
    camera.retry_seconds = 0.05
    return kiosk


def checkin_flow(kiosk: Kiosk) -> CheckInFlow:
    flow = kiosk.window.flow
    assert flow is not None and flow.checkin is not None
    return flow.checkin


def camera_source(kiosk: Kiosk) -> WatchedCamera:
    camera = checkin_flow(kiosk).camera
    assert camera is not None and isinstance(camera.source, WatchedCamera)
    return camera.source
