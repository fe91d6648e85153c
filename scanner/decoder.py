"""The interface every QR decoder implements."""

from collections.abc import Iterable
from typing import Protocol

import numpy as np


class QrDecoder(Protocol):
    """Reads the QR codes in one 8-bit greyscale frame (a 2-D ``uint8`` array)."""

    name: str

    def decode(self, gray: np.ndarray) -> list[str]:
        """Return the decoded texts, unique and in a stable order; empty when nothing was read."""
        ...


class BackendUnavailable(RuntimeError):
    """The library behind a backend is missing or too old."""


def unique(texts: Iterable[str]) -> list[str]:
    """Drop repeated texts, keeping the first occurrence of each."""
    return list(dict.fromkeys(texts))


def checked_gray(frame: np.ndarray) -> np.ndarray:
    """`frame` as a C-contiguous 2-D uint8 array; ValueError for anything else (e.g. a BGR frame)."""
    if frame.ndim != 2 or frame.dtype != np.uint8:
        raise ValueError(f"expected a 2-D uint8 greyscale frame, got {frame.dtype} {frame.shape}")
    return np.ascontiguousarray(frame)
