"""`kiosk ktp read`: one JSON entry per picture with the card's fields, the NIK masked; a picture that cannot
be opened gets its own error entry and exit code 1."""

from __future__ import annotations

import json
from pathlib import Path

import cv2
import numpy as np

from kiosk.config import Config
from tests.support.kiosk_cli import kiosk
from tests.support.ktp_cards import make_person, photograph

KEYS = ["file", "nik", "name", "birth_date", "sex", "confidence"]


def _picture(tmp_path: Path, seed: int) -> tuple[Path, str, str]:
    photo = photograph(make_person(seed), seed, (1280, 720), "plain")
    path = tmp_path / f"card{seed}.png"
    path.write_bytes(cv2.imencode(".png", photo.frame)[1].tobytes())
    return path, photo.person.nik, photo.person.name


def test_read_prints_the_fields_with_the_nik_masked(config: Config, tmp_path: Path) -> None:
    path, nik, name = _picture(tmp_path, 101)
    blank = tmp_path / "blank.png"
    blank.write_bytes(cv2.imencode(".png", np.full((240, 320), 90, np.uint8))[1].tobytes())
    result = kiosk(config, "ktp", "read", str(path), str(blank), "--json")
    assert result.returncode == 0, result.stderr
    card, nothing = json.loads(result.stdout)
    assert list(card) == KEYS
    assert card["nik"] == "*" * 12 + nik[-4:] and card["name"] == name and card["confidence"] > 0.5
    assert nothing == {
        "file": str(blank),
        "nik": None,
        "name": None,
        "birth_date": None,
        "sex": None,
        "confidence": 0.0,
    }
    assert nik not in result.stdout + result.stderr

    text = kiosk(config, "ktp", "read", str(path))
    assert text.returncode == 0 and f"nik=************{nik[-4:]}" in text.stdout and nik not in text.stdout


def test_a_picture_that_cannot_be_opened_gets_its_own_error(config: Config, tmp_path: Path) -> None:
    path, nik, _ = _picture(tmp_path, 101)
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"not a picture")
    result = kiosk(config, "ktp", "read", str(junk), str(tmp_path / "missing.jpg"), str(path), "--json")
    assert result.returncode == 1
    junk_entry, missing, card = json.loads(result.stdout)
    assert junk_entry["error"] == "not a picture" and junk_entry["nik"] is None
    assert "missing.jpg" in missing["error"]
    assert card["nik"].endswith(nik[-4:]) and "error" not in card
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".jpg", ".png")) == [
        "card101.png",
        "junk.jpg",
    ]
