"""Image pre-processing for the kiosk decoder, on 8-bit greyscale frames."""

from functools import cache
from typing import NamedTuple

import cv2
import numpy as np


class Rect(NamedTuple):
    """A region of the frame in pixels, e.g. the on-screen guide the visitor aims the code at."""

    x: int
    y: int
    width: int
    height: int


def as_is(gray: np.ndarray) -> np.ndarray:
    """The frame unchanged."""
    return gray


def crop(gray: np.ndarray, rect: Rect, margin: float = 0.1) -> np.ndarray:
    """The part of `gray` inside `rect` grown by `margin` × its size on each side, clipped to the frame."""
    h, w = gray.shape
    mx, my = round(rect.width * margin), round(rect.height * margin)
    x0, y0 = max(0, rect.x - mx), max(0, rect.y - my)
    x1, y1 = min(w, rect.x + rect.width + mx), min(h, rect.y + rect.height + my)
    if x1 <= x0 or y1 <= y0:
        raise ValueError(f"guide {rect} lies outside the {w}×{h} frame")
    return gray[y0:y1, x0:x1]


def invert(gray: np.ndarray) -> np.ndarray:
    """Light-on-dark to dark-on-light (phones in dark mode); zbar and OpenCV only read the latter."""
    return cv2.bitwise_not(gray)


@cache
def _clahe() -> cv2.CLAHE:
    return cv2.createCLAHE(clipLimit=2.0, tileGridSize=(8, 8))


def clahe(gray: np.ndarray) -> np.ndarray:
    """Local contrast equalisation (CLAHE): evens out glare and shadows."""
    return _clahe().apply(gray)


def fit_within(gray: np.ndarray, max_side: int) -> np.ndarray:
    """Scale down (never up) to a longer side of at most `max_side`: zbar misses codes filling big frames."""
    h, w = gray.shape
    f = max_side / max(h, w)
    if f >= 1:
        return gray
    return cv2.resize(gray, (round(w * f), round(h * f)), interpolation=cv2.INTER_AREA)


def zoom(gray: np.ndarray, factor: float, max_side: int) -> np.ndarray | None:
    """Scale up by `factor` so small codes get more pixels per module.

    None (skip the step) if the result would exceed `max_side`: large frames are slow to zoom.
    """
    h, w = gray.shape
    if max(h, w) * factor > max_side:
        return None
    return cv2.resize(gray, None, fx=factor, fy=factor, interpolation=cv2.INTER_LINEAR)
