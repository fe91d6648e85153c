"""Picture files from outside (the CLI's IMAGE arguments), opened with bounds.

A file that is not a picture, or one too big to decode safely, is refused with ValueError before any pixel
is decoded. Nothing is written anywhere.
"""

from __future__ import annotations

import io
import os

import cv2
import numpy as np
from PIL import Image

MAX_PIXELS = 25_000_000  # a 24-megapixel phone photo; a webcam frame is under 2.1
MAX_BYTES = 64 * 1024 * 1024


def read_picture(path: str | os.PathLike[str]) -> np.ndarray:
    """The picture in the file as a BGR array; ValueError if it cannot be opened or is too big."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ValueError(f"cannot open {os.fspath(path)}: {exc.strerror or exc}") from None
    return decode_picture(data)


def decode_picture(data: bytes) -> np.ndarray:
    """The picture in `data` as a BGR array; ValueError if it is not a picture, or too big."""
    if len(data) > MAX_BYTES:
        raise ValueError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        with Image.open(io.BytesIO(data)) as header:  # reads the header only
            width, height = header.size
    except Exception:  # Pillow raises many kinds for files that are not pictures
        raise ValueError("not a picture") from None
    if width * height > MAX_PIXELS:
        raise ValueError(f"the picture is too large ({width}×{height}, at most {MAX_PIXELS} pixels)")
    frame = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
    if frame is None:
        raise ValueError("the picture cannot be decoded")
    return frame
