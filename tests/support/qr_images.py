"""Synthetic QR test images: render a code with `qrcode`, then distort it like a camera would.

All helpers take and return 8-bit greyscale numpy arrays (dark modules = 0, paper = 255).
"""

import cv2
import numpy as np
import qrcode
from qrcode.constants import ERROR_CORRECT_M


def qr_image(payload: str | bytes, box: int = 8, border: int = 4) -> np.ndarray:
    """Render a QR code at error correction M (as booking QRs are): text as UTF-8, or raw bytes as given.

    `box` is pixels per module, `border` the quiet zone in modules.
    """
    qr = qrcode.QRCode(box_size=box, border=border, error_correction=ERROR_CORRECT_M)
    qr.add_data(payload.encode("utf-8") if isinstance(payload, str) else payload)
    modules = np.array(qr.get_matrix(), dtype=bool)
    img = np.where(modules, 0, 255).astype(np.uint8)
    return np.repeat(np.repeat(img, box, axis=0), box, axis=1)


def rotate(img: np.ndarray, deg: float, fill: int = 255) -> np.ndarray:
    """Rotate by `deg` degrees counter-clockwise, growing the canvas so nothing is cut off."""
    h, w = img.shape
    m = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    cos, sin = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(h * sin + w * cos), int(h * cos + w * sin)
    m[0, 2] += (nw - w) / 2
    m[1, 2] += (nh - h) / 2
    return cv2.warpAffine(img, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=fill)


def perspective(img: np.ndarray, strength: float = 0.2, fill: int = 255) -> np.ndarray:
    """Tilt the code away from the camera: the top edge shrinks by `strength` of the width."""
    h, w = img.shape
    dx, dy = strength * w / 2, strength * h / 4
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[dx, dy], [w - dx, dy / 2], [w, h], [0, h - dy / 3]])
    m = cv2.getPerspectiveTransform(src, dst)
    return cv2.warpPerspective(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=fill)


def shrink(img: np.ndarray, factor: float) -> np.ndarray:
    """Scale down by `factor` (< 1) with area averaging, as a distant camera would see it."""
    h, w = img.shape
    size = (max(1, round(w * factor)), max(1, round(h * factor)))
    return cv2.resize(img, size, interpolation=cv2.INTER_AREA)


def invert(img: np.ndarray) -> np.ndarray:
    """Light modules on a dark background, like a phone in dark mode."""
    return 255 - img


def blur(img: np.ndarray, k: int) -> np.ndarray:
    """Gaussian blur with an odd `k`×`k` kernel (out of focus)."""
    return cv2.GaussianBlur(img, (k, k), 0)


def noise(img: np.ndarray, sigma: float, seed: int = 0) -> np.ndarray:
    """Add Gaussian sensor noise of standard deviation `sigma` grey levels."""
    rng = np.random.default_rng(seed)
    return np.clip(img + rng.normal(0.0, sigma, img.shape), 0, 255).astype(np.uint8)


def glare(
    img: np.ndarray, center: tuple[float, float] = (0.35, 0.35), radius: float = 0.2, strength: float = 180.0
) -> np.ndarray:
    """Add a bright reflection blob; `center` and `radius` are fractions of the image size."""
    h, w = img.shape
    yy, xx = np.mgrid[0:h, 0:w]
    r2 = ((xx - center[0] * w) / (radius * w)) ** 2 + ((yy - center[1] * h) / (radius * h)) ** 2
    return np.clip(img + strength * np.exp(-r2), 0, 255).astype(np.uint8)


def place_in_frame(
    img: np.ndarray, size: tuple[int, int] = (640, 480), scale: float | None = None, fill: int = 200
) -> np.ndarray:
    """Paste `img` centred in a camera frame of `size` (width, height) filled with grey `fill`.

    With `scale`, `img` is first resized so its longer side is `scale` × the frame height (1.0 fills the
    frame's height; 0.2 is a distant code); without, it is pasted as it is (cropped if larger).
    """
    fw, fh = size
    code = img
    if scale is not None:
        h, w = img.shape
        f = scale * fh / max(h, w)
        interp = cv2.INTER_AREA if f < 1 else cv2.INTER_LINEAR
        code = cv2.resize(img, (max(1, round(w * f)), max(1, round(h * f))), interpolation=interp)
    ch, cw = min(code.shape[0], fh), min(code.shape[1], fw)
    frame = np.full((fh, fw), fill, dtype=np.uint8)
    y, x = (fh - ch) // 2, (fw - cw) // 2
    frame[y : y + ch, x : x + cw] = code[:ch, :cw]
    return frame
