"""QR decoding: each backend on clean codes, the kiosk cascade on camera-like distortions, failing softly."""

import logging
import sys
from collections.abc import Callable
from functools import cache
from pathlib import Path

import cv2
import numpy as np
import pytest

from scanner.backends import BACKENDS, ZbarDecoder, ZxingDecoder, available_backends, create_backend
from scanner.charset import payload_text
from scanner.combined import KioskDecoder, decode_file
from scanner.decoder import BackendUnavailable
from scanner.preprocess import Rect, crop, fit_within, zoom
from tests.support.qr_images import (
    blur,
    glare,
    invert,
    noise,
    perspective,
    place_in_frame,
    qr_image,
    rotate,
    shrink,
)

# The worked example of docs/booking-qr.md: 303 characters, a version 13 code at error correction M.
TOKEN = (
    "BKG1.eyJjb2RlIjoiVEdVLThGMks5MSIsIm9mZmljZSI6IlRHVSIsImRhdGUiOiIyMDI2LTExLTMwIiwic2Vzc2lvbl9zdGFydCI6"
    "IjA5OjAwIiwic2Vzc2lvbl9lbmQiOiIxMDowMCIsInNlcnZpY2UiOiJuZXciLCJuYW1lIjoiU0lUSSBBTUlOQUgiLCJuaWtfbGFz"
    "dDQiOiIwMDAxIn0.C329q12st5_HK9Iks58az9n_TNTYmqn-grlRVybh7pLnpq4Wj0TaJgzU1RI6U9vCWxxD3ax420urWIyWBMPHDA"
)
SHORT = "TGU-8F2K91"
AVAILABLE = available_backends()
# zbar 0.23 and OpenCV 5 read only dark-on-light codes; the kiosk inverts the frame for zbar.
INVERTED_BLIND = {"zbar", "opencv", "opencv-aruco"}

needs_zbar = pytest.mark.skipif("zbar" not in AVAILABLE, reason="zbar is not installed")
needs_zxing = pytest.mark.skipif("zxing" not in AVAILABLE, reason="zxing-cpp is not installed")


@cache
def code(payload: str | bytes) -> np.ndarray:
    """The QR image of `payload`, made once (qrcode is slow on large versions) and read-only."""
    img = qr_image(payload)
    img.flags.writeable = False
    return img


def dark_mode(payload: str) -> np.ndarray:
    """A phone in dark mode: light modules on a black screen, in a dim frame."""
    return place_in_frame(invert(code(payload)), scale=0.6, fill=40)


@pytest.fixture(scope="module")
def kiosk() -> KioskDecoder:
    return KioskDecoder()


# Each makes a camera frame (640×480 unless said) from a rendered code with 8 px per module.
DISTORTIONS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "clean": lambda q: place_in_frame(q, scale=0.8),
    "rotated-30": lambda q: place_in_frame(rotate(q, 30), scale=0.9),
    "upside-down": lambda q: place_in_frame(rotate(q, 180), scale=0.8),
    "blurred": lambda q: blur(place_in_frame(q, scale=0.9), 7),
    "perspective": lambda q: place_in_frame(perspective(q, 0.35), scale=0.9),
    "dark-mode": lambda q: place_in_frame(invert(q), scale=0.8, fill=40),
    "noisy": lambda q: noise(place_in_frame(q, scale=0.8), 25, seed=1),
    "glare": lambda q: place_in_frame(glare(q), scale=0.8),
    # A reflection that burns out part of a finder pattern: zxing gives up on SHORT here, zbar reads it.
    "burnt-out-glare": lambda q: place_in_frame(glare(q, strength=255), scale=0.8),
    "shrunk": lambda q: place_in_frame(shrink(q, 0.3)),
    # Under 2 px per module for TOKEN: zxing reads it only from the 2× zoomed frame.
    "tiny": lambda q: place_in_frame(q, scale=0.3),
    "fills-large-frame": lambda q: place_in_frame(q, (1280, 960), scale=1.0),
    "small-in-large-frame": lambda q: place_in_frame(q, (1280, 960), scale=0.25),
    "everything": lambda q: noise(blur(place_in_frame(perspective(rotate(q, 20), 0.2), scale=0.85), 3), 8, 2),
}


@pytest.mark.parametrize("text", [TOKEN, SHORT], ids=["token", "short"])
@pytest.mark.parametrize("distort", DISTORTIONS.values(), ids=DISTORTIONS.keys())
def test_kiosk_reads_distorted_codes(
    kiosk: KioskDecoder, text: str, distort: Callable[[np.ndarray], np.ndarray]
) -> None:
    assert kiosk.decode(distort(code(text))) == [text]


def test_kiosk_reads_nothing_in_a_frame_without_a_code(kiosk: KioskDecoder) -> None:
    assert kiosk.decode(noise(np.full((480, 640), 128, np.uint8), 30)) == []
    assert kiosk.last_step is None


def test_kiosk_reports_each_code_once(kiosk: KioskDecoder) -> None:
    one = place_in_frame(code(SHORT), (320, 480), scale=0.5)
    assert kiosk.decode(np.hstack([one, one])) == [SHORT]


def test_kiosk_keeps_payload_bytes_exactly(kiosk: KioskDecoder) -> None:
    text = "TGU-8F2K91\r\n SITI AMINAH \n\n"
    assert kiosk.decode(place_in_frame(code(text), scale=0.6)) == [text]


def test_kiosk_rejects_colour_frames(kiosk: KioskDecoder) -> None:
    with pytest.raises(ValueError, match="greyscale"):
        kiosk.decode(np.zeros((480, 640, 3), np.uint8))


def test_guide_crop_ignores_codes_outside_the_guide() -> None:
    left = place_in_frame(code(SHORT), (320, 480), scale=0.5)
    right = place_in_frame(code("TGU-OTHER1"), (320, 480), scale=0.5)
    frame = np.hstack([left, right])
    assert set(KioskDecoder().decode(frame)) == {SHORT, "TGU-OTHER1"}
    assert KioskDecoder(guide=Rect(360, 120, 240, 240)).decode(frame) == ["TGU-OTHER1"]


def test_crop_grows_the_guide_by_the_margin_and_clips_it_to_the_frame() -> None:
    frame = np.zeros((480, 640), np.uint8)
    assert crop(frame, Rect(100, 100, 200, 100), margin=0.1).shape == (120, 240)
    assert crop(frame, Rect(600, 0, 100, 100), margin=0.1).shape == (110, 50)
    with pytest.raises(ValueError, match="outside"):
        crop(frame, Rect(700, 0, 50, 50))


def test_scaling_helpers() -> None:
    frame = np.zeros((480, 640), np.uint8)
    assert fit_within(frame, 1280) is frame
    assert fit_within(np.zeros((960, 1280), np.uint8), 640).shape == (480, 640)
    assert zoom(frame, 2.0, max_side=1280).shape == (960, 1280)
    assert zoom(np.zeros((960, 1280), np.uint8), 2.0, max_side=1280) is None


@pytest.mark.parametrize("name", AVAILABLE)
def test_every_backend_reads_a_clean_code(name: str) -> None:
    assert create_backend(name).decode(place_in_frame(code(SHORT), scale=0.6)) == [SHORT]


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(n, marks=pytest.mark.xfail(reason="reads dark-on-light codes only", strict=False))
        if n in INVERTED_BLIND
        else n
        for n in AVAILABLE
    ],
)
def test_backends_on_dark_mode_codes(name: str) -> None:
    """Documents which backends need the frame inverted; an XPASS means a library learnt to do it."""
    assert create_backend(name).decode(dark_mode(SHORT)) == [SHORT]


@needs_zbar
def test_zbar_reads_dark_mode_codes_once_inverted() -> None:
    assert ZbarDecoder().decode(invert(dark_mode(SHORT))) == [SHORT]


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("TGU-8F2K91\r\n", "ascii"),
        ("MÜNCHEN", "utf-8"),
        ("MÜNCHEN", "iso-8859-1"),
        ("ﾃﾞｻﾞｲﾝQR", "shift_jis"),
        ("今度のバージョン", "shift_jis"),
    ],
)
def test_payload_text_guesses_the_charset(text: str, encoding: str) -> None:
    assert payload_text(text.encode(encoding)) == text


@pytest.mark.parametrize(
    "make", [pytest.param(ZxingDecoder, marks=needs_zxing), pytest.param(ZbarDecoder, marks=needs_zbar)]
)
def test_shift_jis_payloads_decode_exactly(make: Callable[[], ZxingDecoder | ZbarDecoder]) -> None:
    text = "今度のバージョン\r\nhttp://d-qr.net/ex/"
    frame = place_in_frame(code(text.encode("shift_jis")), scale=0.6)
    assert make().decode(frame) == [text]


def test_missing_libraries_make_backends_unavailable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "zxingcpp", None)
    with pytest.raises(BackendUnavailable):
        ZxingDecoder()
    assert not {"zxing", "zxing-GlobalHistogram"} & set(available_backends())
    assert set(available_backends()) <= set(BACKENDS)


@needs_zbar
def test_kiosk_falls_back_to_zbar_without_zxing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "zxingcpp", None)
    kiosk = KioskDecoder()
    assert kiosk.decode(place_in_frame(code(SHORT), scale=0.6)) == [SHORT]
    assert kiosk.decode(dark_mode(SHORT)) == [SHORT]
    assert kiosk.last_step == "zbar-inverted"


def test_kiosk_without_any_backend_reads_nothing_and_warns(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setitem(sys.modules, "zxingcpp", None)
    monkeypatch.setitem(sys.modules, "pyzbar", None)
    with caplog.at_level(logging.WARNING, logger="scanner.combined"):
        kiosk = KioskDecoder()
    assert "zbar unavailable" in caplog.text
    assert kiosk.decode(place_in_frame(code(SHORT), scale=0.6)) == []


@pytest.mark.parametrize("suffix", [".png", ".jpg"])
def test_decode_file(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"booking{suffix}"
    cv2.imwrite(str(path), place_in_frame(rotate(code(TOKEN), 10), scale=0.9))
    assert decode_file(path) == [TOKEN]


def test_decode_file_rejects_what_is_not_an_image(tmp_path: Path) -> None:
    (tmp_path / "notes.png").write_text("not a picture")
    for path in (tmp_path / "notes.png", tmp_path / "missing.png"):
        with pytest.raises(ValueError, match="cannot read"):
            decode_file(path)
