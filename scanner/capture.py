"""Frame sources: the webcam through cv2.VideoCapture, and a player of image files standing in for one.

Both fill kiosk.ports.FrameSource: `open()` says whether a camera is there, `read()` gives a grey frame
or None when the camera stopped answering (unplugged). The UI's capture worker reopens on its own.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import cv2
import numpy as np


class CameraSource:
    """A webcam by index; DirectShow on Windows, where Media Foundation is slow to open."""

    def __init__(self, index: int, width: int = 1280, height: int = 720) -> None:
        self.index = index
        self.size = (width, height)
        self._capture: cv2.VideoCapture | None = None

    def open(self) -> bool:
        self.close()
        cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)  # a missing camera is expected here
        backend = cv2.CAP_DSHOW if sys.platform == "win32" else cv2.CAP_ANY
        capture = cv2.VideoCapture(self.index, backend)
        if not capture.isOpened():
            capture.release()
            return False
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, self.size[0])
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, self.size[1])
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)  # the newest frame, not a queue of old ones
        self._capture = capture
        return True

    def read(self) -> np.ndarray | None:
        if self._capture is None:
            return None
        ok, frame = self._capture.read()
        if not ok or frame is None:
            return None
        return frame if frame.ndim == 2 else cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY)

    def close(self) -> None:
        if self._capture is not None:
            self._capture.release()
            self._capture = None


class ImageFilesSource:
    """Plays image files as camera frames, in a loop: the camera of tests and demonstrations.

    `plugged = False` behaves like a camera pulled out: `open()` fails and `read()` gives None.
    """

    def __init__(self, paths: Sequence[str | os.PathLike[str]] | Sequence[np.ndarray]) -> None:
        self.frames = [self._load(p) for p in paths]
        self.plugged = True
        self._opened = False
        self._next = 0

    @staticmethod
    def _load(item: str | os.PathLike[str] | np.ndarray) -> np.ndarray:
        if isinstance(item, np.ndarray):
            return item if item.ndim == 2 else cv2.cvtColor(item, cv2.COLOR_BGR2GRAY)
        frame = cv2.imread(os.fspath(Path(item)), cv2.IMREAD_GRAYSCALE)
        if frame is None:
            raise ValueError(f"cannot read an image from {item}")
        return frame

    def open(self) -> bool:
        self._opened = self.plugged and bool(self.frames)
        return self._opened

    def read(self) -> np.ndarray | None:
        if not (self._opened and self.plugged):
            self._opened = False
            return None
        frame = self.frames[self._next % len(self.frames)]
        self._next += 1
        return frame

    def close(self) -> None:
        self._opened = False
