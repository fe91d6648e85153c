"""QR decoding backends (zxing-cpp, zbar, OpenCV); each imports its library lazily and fails softly."""

import ctypes
from collections.abc import Callable
from functools import partial

import numpy as np

from scanner.charset import payload_text
from scanner.decoder import BackendUnavailable, QrDecoder, checked_gray, unique

_ZBAR_Y800 = 0x30303859  # fourcc "Y800": 8-bit greyscale
# zbar 0.23: return the raw payload bytes instead of zbar's charset guess; an older zbar refuses the
# setting and returns UTF-8 it converted itself, which payload_text passes through unchanged.
_ZBAR_CFG_BINARY = 4


class ZxingDecoder:
    """zxing-cpp: fast, reads rotated and inverted (dark-mode) codes by itself."""

    def __init__(self, binarizer: str = "LocalAverage") -> None:
        try:
            import zxingcpp
        except ImportError as err:
            raise BackendUnavailable(f"zxing-cpp: {err}") from err
        self.name = "zxing" if binarizer == "LocalAverage" else f"zxing-{binarizer}"
        self._read = partial(
            zxingcpp.read_barcodes,
            formats=zxingcpp.BarcodeFormat.QRCode,
            text_mode=zxingcpp.TextMode.Plain,  # HRI would rewrite GS1 payloads as "(01)…"
            binarizer=getattr(zxingcpp.Binarizer, binarizer),
        )

    def decode(self, gray: np.ndarray) -> list[str]:
        """Decode all QR codes in `gray`."""
        return unique(b.text for b in self._read(checked_gray(gray)))


class ZbarDecoder:
    """zbar through pyzbar's ctypes wrapper, in binary mode so non-UTF-8 payloads decode exactly.

    zbar reads neither inverted codes nor, reliably, codes filling a large frame (scale those down).
    """

    name = "zbar"

    def __init__(self) -> None:
        try:
            from pyzbar import wrapper
        except (ImportError, OSError) as err:  # pyzbar missing, or libzbar0 not installed
            raise BackendUnavailable(f"zbar: {err}") from err
        self._zbar = wrapper

    def decode(self, gray: np.ndarray) -> list[str]:
        """Decode all QR codes in `gray`."""
        z, gray = self._zbar, checked_gray(gray)
        scanner = z.zbar_image_scanner_create()
        image = z.zbar_image_create()
        try:
            z.zbar_image_scanner_set_config(scanner, z.ZBarSymbol.NONE, z.ZBarConfig.CFG_ENABLE, 0)
            z.zbar_image_scanner_set_config(scanner, z.ZBarSymbol.QRCODE, z.ZBarConfig.CFG_ENABLE, 1)
            z.zbar_image_scanner_set_config(scanner, z.ZBarSymbol.QRCODE, _ZBAR_CFG_BINARY, 1)
            z.zbar_image_set_format(image, _ZBAR_Y800)
            z.zbar_image_set_size(image, gray.shape[1], gray.shape[0])
            z.zbar_image_set_data(image, gray.ctypes.data_as(ctypes.c_void_p), gray.size, None)
            z.zbar_scan_image(scanner, image)
            texts = []
            symbol = z.zbar_image_first_symbol(image)
            while symbol:
                raw = ctypes.string_at(z.zbar_symbol_get_data(symbol), z.zbar_symbol_get_data_length(symbol))
                texts.append(payload_text(raw))
                symbol = z.zbar_symbol_next(symbol)
            return unique(texts)
        finally:
            z.zbar_image_destroy(image)
            z.zbar_image_scanner_destroy(scanner)


class OpenCvDecoder:
    """OpenCV's ``QRCodeDetector`` or, with `aruco`, ``QRCodeDetectorAruco``; slow and reads fewer codes.

    OpenCV itself transcodes non-UTF-8 byte-mode payloads as ISO-8859-1, so Shift_JIS texts come out wrong.
    """

    def __init__(self, aruco: bool = False) -> None:
        try:
            import cv2
        except ImportError as err:
            raise BackendUnavailable(f"OpenCV: {err}") from err
        factory = getattr(cv2, "QRCodeDetectorAruco" if aruco else "QRCodeDetector", None)
        if factory is None or not hasattr(factory, "detectAndDecodeBytes"):
            raise BackendUnavailable(f"OpenCV {cv2.__version__} lacks the QR detector API")
        self.name = "opencv-aruco" if aruco else "opencv"
        self._detector = factory()
        self._error = cv2.error

    def decode(self, gray: np.ndarray) -> list[str]:
        """Decode one QR code in `gray` (OpenCV's multi-code API reads fewer codes)."""
        try:
            raw = self._detector.detectAndDecodeBytes(checked_gray(gray))[0]
        except self._error:  # OpenCV can throw on degenerate detections
            return []
        return [payload_text(raw)] if raw else []


BACKENDS: dict[str, Callable[[], QrDecoder]] = {
    "zxing": ZxingDecoder,
    "zxing-GlobalHistogram": partial(ZxingDecoder, binarizer="GlobalHistogram"),
    "zbar": ZbarDecoder,
    "opencv": OpenCvDecoder,
    "opencv-aruco": partial(OpenCvDecoder, aruco=True),
}


def create_backend(name: str) -> QrDecoder:
    """Build the backend registered as `name`; raises ``BackendUnavailable`` if its library is missing."""
    return BACKENDS[name]()


def available_backends() -> list[str]:
    """Names of the backends whose libraries can be loaded here."""
    names = []
    for name in BACKENDS:
        try:
            create_backend(name)
        except BackendUnavailable:
            continue
        names.append(name)
    return names
