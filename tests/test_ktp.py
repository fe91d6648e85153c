"""The e-KTP reader: the core's cross-checks, a few synthetic webcam photos read by the real Tesseract,
crafted cards whose NIK must never be offered, the picture parser under random input, privacy."""

from __future__ import annotations

import builtins
import logging
import os
import struct
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import cv2
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.ktp import FEMALE, MALE, CardText, FrameVote, KtpFields, card_name, cross_check, printed_sex
from scanner.ktp_ocr import KtpReader, _leads_by_two, _nik_digits, read_card_file
from scanner.pictures import MAX_PIXELS, decode_picture
from tests.support.ktp_cards import crafted, make_person, photograph

TODAY = date(2026, 11, 30)
NIK = "3204015508900007"  # a woman born 15-08-1990


def text(*niks: str, birth: str = "BANDUNG, 15-08-1990", sex: str = "PEREMPUAN") -> CardText:
    return CardText(list(niks), ["SITI  rahayu"], [birth], sex)


def test_a_nik_read_twice_that_agrees_with_the_card_is_offered() -> None:
    fields = cross_check(text(NIK, NIK), TODAY)
    assert (fields.nik, fields.name, fields.birth_date, fields.sex) == (
        NIK,
        "SITI RAHAYU",
        date(1990, 8, 15),
        FEMALE,
    )
    assert fields.confidence == 1.0


@pytest.mark.parametrize(
    "card",
    [
        text(NIK),  # read once only
        text(NIK, "3204015508900001"),  # two reads that disagree
        text(NIK, NIK, birth="BANDUNG, 15-08-1991"),  # birth year differs from the NIK's
        text(NIK, NIK, birth="BANDUNG, 16-08-1990"),
        text(NIK, NIK, sex="LAKI-LAKI"),  # a woman's NIK on a man's card
        text("3204011508900007", "3204011508900007"),  # a man's NIK on a woman's card
        text("9904015508900007", "9904015508900007"),  # no province 99
        text("32040155089000071", "32040155089000071"),  # 17 digits
    ],
)
def test_a_doubtful_nik_is_not_offered(card: CardText) -> None:
    fields = cross_check(card, TODAY)
    assert fields.nik is None and fields.confidence == 0
    assert fields.name == "SITI RAHAYU"


def test_unread_birth_date_and_sex_do_not_block_an_agreeing_nik() -> None:
    fields = cross_check(CardText([NIK, NIK, "1"], [], ["...."], None), TODAY)
    assert fields.nik == NIK and fields.birth_date is None and fields.sex is None
    assert fields.confidence == pytest.approx(0.5 * 2 / 3)


def test_the_birth_date_is_voted_part_by_part() -> None:
    card = CardText(
        [NIK, NIK], [], ["BANDUNG, 15-06-1990", "BANDUNG. 15-08-1998", "BANDUNG, I5-O8-1990"], None
    )
    assert cross_check(card, TODAY).birth_date == date(1990, 8, 15)


def test_a_nik_agreeing_with_one_reading_of_a_blurred_birth_date_is_offered() -> None:
    lines = ["BANDUNG, 15-08-1998", "BANDUNG, 15-08-1998", "BANDUNG, 15-08-1990"]
    fields = cross_check(CardText([NIK, NIK], [], lines, "PEREMPUAN"), TODAY)
    assert fields.nik == NIK and fields.birth_date == date(1990, 8, 15)
    misprinted = ["BANDUNG, 15-08-1998"] * 3
    assert cross_check(CardText([NIK, NIK], [], misprinted, "PEREMPUAN"), TODAY).nik is None


@pytest.mark.parametrize(
    ("read", "digits"),
    [(f": {NIK}", NIK), (f"1{NIK}", NIK), (f"{NIK}", NIK), (f"7{NIK}", f"7{NIK}"), (f"1:{NIK}", NIK)],
)
def test_the_colon_before_the_nik_is_not_taken_for_a_digit(read: str, digits: str) -> None:
    assert _nik_digits(read) == digits


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("muh.  rizky ", "MUH. RIZKY"),
        ("NUR’AINI DWI-ASTUTI", "NUR'AINI DWI-ASTUTI"),
        ("- A. RAHMAN ,", "A. RAHMAN"),
        ("I G@ST1 AYU", "I GST AYU"),
        ("", None),
        ("--", None),
    ],
)
def test_names_are_ktp_capitals_and_punctuation(raw: str, name: str | None) -> None:
    assert card_name(raw) == name


@pytest.mark.parametrize(
    ("line", "sex"),
    [
        ("LAKI-LAKI", MALE),
        ("LAKHAKI", MALE),
        ("PEREMPUAN.", FEMALE),
        ("PERLMPLAN", FEMALE),
        ("4 4", None),
        ("", None),
    ],
)
def test_sex_forgives_a_few_misread_letters(line: str, sex: str | None) -> None:
    assert printed_sex(line) == sex


def test_frames_vote_until_the_same_nik_is_seen_twice() -> None:
    vote = FrameVote()
    one = KtpFields(NIK, "SITI RAHAYU", None, FEMALE, 0.75)
    assert vote.add(KtpFields()) is None
    assert vote.add(one) is None
    assert vote.add(KtpFields("3204015508900001", "SITI", None, None, 0.5)) is None
    assert vote.add(KtpFields(NIK, "SITI RAHAYU", date(1990, 8, 15), FEMALE, 1.0)) == KtpFields(
        NIK, "SITI RAHAYU", date(1990, 8, 15), FEMALE, 1.0
    )


# The real reader on synthetic webcam photos: a few only, Tesseract takes ~0.1 s a photo.
@pytest.fixture(scope="module")
def reader() -> Iterator[KtpReader]:
    reader = KtpReader(today=lambda: TODAY)
    yield reader
    reader.close()


@pytest.mark.parametrize(
    ("seed", "size", "condition"),
    [
        (101, (1280, 720), "plain"),
        (102, (1280, 720), "tilt"),
        (103, (1280, 720), "glare"),
        (104, (640, 480), "perspective"),
        (105, (1280, 720), "dim"),
    ],
)
def test_webcam_photos_of_a_card_are_read(
    reader: KtpReader, seed: int, size: tuple[int, int], condition: str
) -> None:
    photo = photograph(make_person(seed), seed, size, condition)
    fields = reader(photo.frame)
    person = photo.person
    assert (fields.nik, fields.name) == (person.nik, person.name)
    assert (fields.birth_date, fields.sex) == (person.born, person.sex)
    assert fields.confidence >= 0.75


def test_a_grey_frame_is_read_like_a_colour_one(reader: KtpReader) -> None:
    photo = photograph(make_person(101), 101, (1280, 720), "plain")
    assert reader(cv2.cvtColor(photo.frame, cv2.COLOR_BGR2GRAY)).nik == photo.person.nik


def _swap(nik: str, i: int, j: int) -> str:
    digits = list(nik)
    digits[i], digits[j] = digits[j], digits[i]
    return "".join(digits)


@pytest.mark.parametrize(
    "misprint",
    [
        lambda p: (
            _swap(p.nik, 6, 7) if p.nik[6] != p.nik[7] else _swap(p.nik, 8, 9)
        ),  # birth day digits swapped
        lambda p: p.nik[:10] + f"{(int(p.nik[10:12]) + 1) % 100:02d}" + p.nik[12:],  # another birth year
        lambda p: p.nik[:6] + f"{(int(p.nik[6:8]) + 40) % 80:02d}" + p.nik[8:],  # the other sex
    ],
)
def test_a_card_whose_nik_disagrees_with_its_print_offers_no_nik(reader: KtpReader, misprint) -> None:
    person = make_person(101)
    card = crafted(person, misprint(person))
    fields = reader(photograph(card, 101, (1280, 720), "plain").frame)
    assert fields.nik is None
    assert fields.name == person.name


@pytest.mark.parametrize(
    ("reads", "settled"),
    [
        ([], False),
        ([None, "", None], False),
        (["SITI"], False),
        (["SITI", "SITI"], True),
        (["SITI", "SITI", "SIT"], False),
    ],
)
def test_name_reads_stop_when_one_name_leads_by_two(reads: list[str | None], settled: bool) -> None:
    assert _leads_by_two(reads) is settled


def test_a_card_with_no_name_printed_still_offers_its_nik(reader: KtpReader) -> None:
    person = make_person(101)
    fields = reader(photograph(replace(person, name=""), 101, (1280, 720), "plain").frame)
    assert fields.nik == person.nik and fields.name != person.name


def test_no_card_no_fields(reader: KtpReader) -> None:
    rng = np.random.default_rng(0)
    scene = cv2.GaussianBlur(rng.integers(0, 256, (480, 640), dtype=np.uint8), (0, 0), 3)
    assert reader(scene) == KtpFields()
    with pytest.raises(ValueError):
        reader(np.zeros((4, 4), np.float32))


# The picture parser: random bytes and sizes refuse with ValueError, never anything else.
@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=2048))
def test_random_bytes_are_refused_cleanly(data: bytes) -> None:
    try:
        frame = decode_picture(data)
    except ValueError:
        return
    assert frame.ndim == 3


@settings(max_examples=40, deadline=None)
@given(
    st.integers(1, 300), st.integers(1, 300), st.sampled_from([".png", ".jpg", ".bmp"]), st.integers(0, 400)
)
def test_pictures_of_any_size_open_or_refuse_when_cut(w: int, h: int, ext: str, cut: int) -> None:
    image = np.random.default_rng(w * h).integers(0, 256, (h, w, 3), dtype=np.uint8)
    data = cv2.imencode(ext, image)[1].tobytes()
    assert decode_picture(data).shape == (h, w, 3)
    try:
        frame = decode_picture(data[: max(0, len(data) - 1 - cut)])
    except ValueError:
        return
    assert frame.shape[:2] == (h, w)


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_header(width: int, height: int) -> bytes:
    """A PNG that says it is `width`×`height` but holds almost no pixel data."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", zlib.compress(b"\0" * 64))


def test_a_huge_picture_is_refused_before_decoding() -> None:
    side = int(MAX_PIXELS**0.5) + 10
    with pytest.raises(ValueError, match="too large"):
        decode_picture(_png_header(side, side))


def test_reading_a_card_writes_no_file_and_logs_nothing_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    photo = photograph(make_person(101), 101, (1280, 720), "plain")
    picture = tmp_path / "card.jpg"
    picture.write_bytes(cv2.imencode(".jpg", photo.frame)[1].tobytes())
    writes: list[str] = []
    real_open, real_os_open = builtins.open, os.open

    def watched_open(file, mode="r", *args, **kwargs):
        if any(flag in mode for flag in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    def watched_os_open(path, flags, *args, **kwargs):
        if flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT):
            writes.append(str(path))
        return real_os_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watched_open)
    monkeypatch.setattr(os, "open", watched_os_open)
    monkeypatch.setattr(cv2, "imwrite", lambda *a, **k: writes.append(str(a[0])))
    monkeypatch.chdir(tmp_path)
    temp = tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    with caplog.at_level(logging.DEBUG):
        fields = read_card_file(picture)
    assert fields.nik == photo.person.nik
    assert writes == []
    assert sorted(os.listdir(tmp_path)) == ["card.jpg", "temp"] and os.listdir(temp) == []
    assert photo.person.nik not in caplog.text and photo.person.name not in caplog.text
