"""The kiosk's decoder: a benchmarked cascade of (pre-processing, backend) steps that stops at a read."""

import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, partial

import cv2
import numpy as np
from PIL import Image

from scanner.backends import create_backend
from scanner.decoder import BackendUnavailable, QrDecoder, checked_gray
from scanner.preprocess import Rect, as_is, crop, fit_within, invert, zoom

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Step:
    """Decode `prepare(frame)` with the backend registered as `backend`; `prepare` may return None to skip.

    A step with `only_without` is a fallback, dropped when the decoder also has that backend.
    """

    name: str
    backend: str
    prepare: Callable[[np.ndarray], np.ndarray | None]
    only_without: str | None = None


def _zbar_inverted(gray: np.ndarray) -> np.ndarray:
    return invert(fit_within(gray, 640))


# Order chosen with `bench/decode_bench.py /work/shared/qr-corpus --steps`, run of 2026-11-27 on the 2-core
# machine, 640×480 frames: zxing reads 185/200 (0.5 ms median); zxing-histogram adds 3 (0.2 ms on a frame
# without a code); zxing-zoom2 adds 3 small codes (~2 ms); kiosk 191/200 against 185 for zxing alone.
# zbar adds none on the corpus but reads codes whose finder pattern a reflection burnt out (test
# "burnt-out-glare"), so it comes last; zbar on the inverted frame covers dark mode only without zxing-cpp,
# which reads inverted codes itself. Not used, as they add nothing there: CLAHE, half-size zbar, OpenCV.
DEFAULT_STEPS: tuple[Step, ...] = (
    Step("zxing", "zxing", as_is),
    Step("zxing-histogram", "zxing-GlobalHistogram", as_is),
    Step("zxing-zoom2", "zxing", partial(zoom, factor=2.0, max_side=1280)),
    Step("zbar", "zbar", partial(fit_within, max_side=640)),
    Step("zbar-inverted", "zbar", _zbar_inverted, only_without="zxing"),
)


class KioskDecoder:
    """Tries `steps` in order on the frame (cropped to `guide` if given) and returns the first texts read.

    Steps whose backend library is missing are dropped, with a warning, so a missing library never crashes
    the kiosk; with no backend at all it reads nothing.
    """

    name = "kiosk"

    def __init__(self, guide: Rect | None = None, steps: Sequence[Step] = DEFAULT_STEPS) -> None:
        self.guide = guide
        backends: dict[str, QrDecoder] = {}
        for backend in dict.fromkeys(step.backend for step in steps):
            try:
                backends[backend] = create_backend(backend)
            except BackendUnavailable as err:
                log.warning("QR backend %s unavailable: %s", backend, err)
        self._steps = [
            (step, backends[step.backend])
            for step in steps
            if step.backend in backends and step.only_without not in backends
        ]
        self.last_step: str | None = None  # the step that read the last frame, for benchmarks and logs

    def decode(self, gray: np.ndarray) -> list[str]:
        """Decoded texts of the first step that reads anything, unique and in stable order; [] if none."""
        frame = checked_gray(gray)
        if self.guide is not None:
            frame = crop(frame, self.guide)
        self.last_step = None
        for step, backend in self._steps:
            prepared = step.prepare(frame)
            if prepared is None:
                continue
            texts = backend.decode(prepared)
            if texts:
                self.last_step = step.name
                return texts
        return []


@cache
def _default_decoder() -> KioskDecoder:
    return KioskDecoder()


MAX_PIXELS = 50_000_000  # a 50-megapixel photo; a bigger picture is refused before it is decoded


def decode_file(path: str | os.PathLike[str]) -> list[str]:
    """The QR texts in an image file of any format OpenCV reads; raises ValueError if it cannot be read
    or holds more than MAX_PIXELS pixels (its size is read from the file's header, before decoding)."""
    _check_pixels(path)
    try:
        gray = cv2.imread(os.fspath(path), cv2.IMREAD_GRAYSCALE)
    except cv2.error as exc:  # OpenCV's own limits, a damaged file
        raise ValueError(f"cannot read an image from {path}: {exc.err}") from None
    if gray is None:
        raise ValueError(f"cannot read an image from {path}")
    return _default_decoder().decode(gray)


def _check_pixels(path: str | os.PathLike[str]) -> None:
    """Refuse a picture of more than MAX_PIXELS pixels, by its header (Pillow reads only that)."""
    try:
        with Image.open(path) as image:
            width, height = image.size
    except Image.DecompressionBombError:
        width = height = MAX_PIXELS  # Pillow's own limit is above ours
    except (OSError, ValueError, SyntaxError):  # a format Pillow does not know: OpenCV may
        return
    if width * height > MAX_PIXELS:
        raise ValueError(
            f"the picture {path} is {width}×{height} pixels, more than {MAX_PIXELS // 1_000_000} megapixels"
        )
