"""The camera on two worker threads: frames to a mirrored preview, and the newest frame to the QR decoder
(or, while the KTP scan screen shows, to the e-KTP reader: one camera, one worker, for both).

The capture thread reads frames (opening the camera again every `retry_seconds` while it is missing or
unplugged) and offers each one to the decode thread, which takes only the newest: frames that arrive while
it decodes are dropped. Neither thread touches a widget; the GUI thread hears from them through queued
signals, and the preview is coalesced (one image waits at most) so a slow screen never piles frames up.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from kiosk.ktp import KtpFields
from kiosk.ports import CardReader, FrameSource
from scanner.combined import KioskDecoder
from scanner.ktp_ocr import KtpReader
from scanner.preprocess import Rect

log = logging.getLogger(__name__)

GUIDE_SHARE = 0.7  # the framing guide's side, as a share of the frame's shorter side
CARD_GUIDE_SHARE = 0.7  # the KTP guide's width, as a share of the frame's width (the reader wants 40–70 %)
CARD_ASPECT = 85.6 / 54.0
RETRY_SECONDS = 2.0
FRAME_SECONDS = 1 / 30  # at most 30 frames a second (a real camera's read() waits for its next frame)
JOIN_SECONDS = 2.0


def guide_rect(width: int, height: int) -> Rect:
    """The square in the middle of a `width`×`height` frame that the visitor holds the code inside.

    Centred, so it is the same square in the mirrored preview."""
    side = round(min(width, height) * GUIDE_SHARE)
    return Rect((width - side) // 2, (height - side) // 2, side, side)


def card_guide_rect(width: int, height: int) -> Rect:
    """The card-shaped box in the middle of the frame that the visitor holds the KTP inside."""
    card_width = min(width * CARD_GUIDE_SHARE, height * 0.9 * CARD_ASPECT)
    card_height = card_width / CARD_ASPECT
    return Rect(
        round((width - card_width) / 2),
        round((height - card_height) / 2),
        round(card_width),
        round(card_height),
    )


def preview_image(gray: np.ndarray) -> QImage:
    """The frame mirrored left to right, as a mirror shows the visitor (their own copy of the pixels)."""
    mirrored = np.ascontiguousarray(gray[:, ::-1])
    height, width = mirrored.shape
    return QImage(mirrored.data, width, height, width, QImage.Format.Format_Grayscale8).copy()


class CaptureWorker(QObject):
    """Runs the camera while started: `frame_ready` (take the image with `latest_preview()`), `texts` read
    from the un-mirrored frame inside the guide, and `camera_changed(there)` whenever the camera is found
    or lost (and again after each start). While `read_cards(True)`, frames go to the e-KTP reader instead of
    the QR decoder and `card` gives the fields read from each (kiosk.ktp.KtpFields, empty when none).
    The reader comes from `card_reader`, called on the decode thread the first time a card is wanted."""

    frame_ready = Signal()
    texts = Signal(list)
    camera_changed = Signal(bool)
    card = Signal(object)

    def __init__(
        self,
        source: FrameSource,
        parent: QObject | None = None,
        card_reader: Callable[[], CardReader] = KtpReader,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.card_reader = card_reader
        self._cards = False
        self.retry_seconds = RETRY_SECONDS
        self.frame_seconds = FRAME_SECONDS
        self._lock = threading.Condition()
        self._active = False
        self._starts = 0  # camera_changed is said again after each start
        self._quit = False
        self._newest: np.ndarray | None = None  # waiting for the decode thread
        self._preview: QImage | None = None  # waiting for the GUI thread
        self._threads: list[threading.Thread] = []

    @property
    def running(self) -> bool:
        return self._active

    def start(self) -> None:
        """Open the camera and keep reading (the threads are made on the first start); no-op if running."""
        with self._lock:
            if self._active:
                return
            self._active = True
            self._starts += 1
            self._lock.notify_all()
        if not self._threads:
            self._threads = [
                threading.Thread(target=self._guarded, args=(run,), name=f"camera-{name}", daemon=True)
                for run, name in ((self._capture, "capture"), (self._decode, "decode"))
            ]
            for thread in self._threads:
                thread.start()

    def stop(self) -> None:
        """Close the camera (privacy, CPU) and forget frames not yet shown or decoded."""
        with self._lock:
            self._active = False
            self._newest = self._preview = None
            self._lock.notify_all()

    def shutdown(self) -> None:
        """Stop for good: close the camera and end both threads."""
        with self._lock:
            self._active = False
            self._quit = True
            self._lock.notify_all()
        for thread in self._threads:
            thread.join(JOIN_SECONDS)
        self._threads = []

    def read_cards(self, on: bool) -> None:
        """Give the frames to the e-KTP reader (on) or to the QR decoder (off); a frame waiting is dropped."""
        with self._lock:
            self._cards = on
            self._newest = None

    def latest_preview(self) -> QImage | None:
        """The newest preview image, once: the next frame_ready follows the next frame."""
        with self._lock:
            image, self._preview = self._preview, None
        return image

    def _guarded(self, run: Callable[[], None]) -> None:
        try:
            run()
        except Exception:
            log.exception("camera thread %s stopped", run.__name__)

    def _wait(self, seconds: float) -> None:
        """Sleep up to `seconds`, waking at once on stop or shutdown."""
        with self._lock:
            self._lock.wait_for(lambda: self._quit or not self._active, seconds)

    def _capture(self) -> None:
        opened = False
        reported: tuple[int, bool] | None = None  # (start, what camera_changed last said in it)
        while True:
            with self._lock:
                if not self._active and opened:
                    self.source.close()
                    opened = False
                self._lock.wait_for(lambda: self._quit or self._active)
                if self._quit:
                    break
                start = self._starts
            if not opened:
                opened = self.source.open()
                if reported != (start, opened):
                    reported = (start, opened)
                    self.camera_changed.emit(opened)
                if not opened:
                    self._wait(self.retry_seconds)
                continue
            began = time.monotonic()
            frame = self.source.read()
            if frame is None:  # unplugged: open again, and keep trying every retry_seconds
                self.source.close()
                opened = False
                reported = (start, False)
                self.camera_changed.emit(False)
                continue
            if reported != (start, True):  # started again while the camera stayed open
                reported = (start, True)
                self.camera_changed.emit(True)
            self._deliver(frame)
            self._wait(self.frame_seconds - (time.monotonic() - began))
        if opened:
            self.source.close()

    def _deliver(self, frame: np.ndarray) -> None:
        image = preview_image(frame)
        with self._lock:
            if not self._active:
                return
            self._newest = frame  # replaces a frame the decoder has not taken: dropped
            waiting = self._preview is not None
            self._preview = image
            self._lock.notify_all()
        if not waiting:
            self.frame_ready.emit()

    def _decode(self) -> None:
        decoders: dict[tuple[int, ...], KioskDecoder] = {}
        reader: CardReader | None = None
        while True:
            with self._lock:
                self._lock.wait_for(lambda: self._quit or self._newest is not None)
                if self._quit:
                    return
                frame, self._newest = self._newest, None
                cards = self._cards
            if cards:
                try:
                    reader = reader or self.card_reader()
                    fields = reader(frame)
                except Exception:  # a broken reader (no Tesseract model) must not stop QR check-in
                    log.exception("the e-KTP reader failed; the visitor types the NIK")
                    fields = KtpFields()
                del frame  # a card's picture lives only as long as its read
                if self._active and self._cards:
                    self.card.emit(fields)
                continue
            decoder = decoders.get(frame.shape)
            if decoder is None:
                height, width = frame.shape
                decoder = decoders[frame.shape] = KioskDecoder(guide=guide_rect(width, height))
            texts = decoder.decode(frame)
            if texts and self._active:
                self.texts.emit(texts)
