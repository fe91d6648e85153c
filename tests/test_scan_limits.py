"""`kiosk scan` on pictures too large to decode: the one file is reported, the others are read."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import cv2

from tests.support.cli_run import run_kiosk
from tests.support.qr_images import qr_image


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def huge_png(path: Path, side: int) -> Path:
    """A PNG whose header says side×side grey pixels, with only a few rows of data (a few KB on disk)."""
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    rows = zlib.compress((b"\0" + b"\xff" * side) * 4)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", rows) + _chunk(b"IEND", b"")
    )
    return path


def test_a_huge_picture_is_reported_and_the_rest_are_read(tmp_path: Path) -> None:
    good = tmp_path / "good.png"
    cv2.imwrite(str(good), qr_image("TGU-8F2K91"))
    huge = [huge_png(tmp_path / f"huge-{side}.png", side) for side in (40_000, 20_000)]
    run = run_kiosk("scan", str(huge[0]), str(good), str(huge[1]))
    assert run.code == 1 and "Traceback" not in run.text
    lines = run.out.splitlines()
    assert f"{good}: TGU-8F2K91" in lines
    for path in huge:
        assert any(line.startswith(f"{path}: (") and "megapixels" in line for line in lines), run.out
