"""Read an e-KTP's NIK, name, birth date and sex with Tesseract (tesserocr), field by field.

The card is found and straightened (scanner/ktp_find.py), then each field is cut out where the specimen
layout puts it, snapped to the text line actually there, and read as one line: the NIK digits-only, the
other lines with the card's capitals, digits and punctuation. The NIK is read under a few preparations
(sharpened, contrast-stretched, Otsu-binarised) until two reads agree; kiosk/ktp.py's cross_check decides
what is offered. Frames stay in memory only.
"""

from __future__ import annotations

import glob
import os
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, partial

import cv2
import numpy as np

from kiosk.ktp import (
    CardText,
    KtpFields,
    card_name,
    cross_check,
    printed_sex,
)
from scanner.ktp_find import locate_card, straighten
from scanner.pictures import read_picture

NIK_CHARACTERS = "0123456789:"  # the colon before the number marks where it starts
NAME_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ .,'-"
LINE_CHARACTERS = NAME_CHARACTERS + "0123456789/"
LINE_HEIGHT_PX = 34  # capitals this tall read best with Tesseract's LSTM models


@dataclass(frozen=True)
class Field:
    """Where a value sits on the specimen card, in millimetres: capitals' top and height, left and right."""

    top: float
    cap: float
    left: float
    right: float


# The specimen layout: the NIK line from its colon on, then rows 2.8 mm apart from Nama (row 0) down.
NIK = Field(10.4, 2.9, 13.0, 62.5)
NAME = Field(15.2, 1.9, 22.4, 62.5)
BIRTH = Field(15.2 + 2.8, 1.9, 22.4, 62.5)
SEX = Field(15.2 + 2.8 * 2, 1.9, 22.4, 43.0)


# A field's line at a capital height, cut from the card being read (see _line).
LineCut = Callable[[Field, int], np.ndarray]


def tessdata_dir() -> str:
    """Where the Debian packages (tesseract-ocr-ind) put the models; TESSDATA_PREFIX wins if set."""
    if os.environ.get("TESSDATA_PREFIX"):
        return os.environ["TESSDATA_PREFIX"]
    found = [*sorted(glob.glob("/usr/share/tesseract-ocr/*/tessdata")), "/usr/share/tessdata"]
    return next((d for d in found if os.path.exists(os.path.join(d, "ind.traineddata"))), found[0])


def _otsu(line: np.ndarray) -> np.ndarray:
    return cv2.threshold(line, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)[1]


def _stretched(line: np.ndarray) -> np.ndarray:
    return cv2.normalize(line, None, 0, 255, cv2.NORM_MINMAX)


def _levels(line: np.ndarray) -> np.ndarray:
    """Stretched between the ink (3rd percentile) and the card's background (70th): a patterned or unevenly
    lit background turns white, the strokes stay grey to black."""
    ink, background = np.percentile(line, (3, 70))
    scaled = (line.astype(np.float32) - ink) * (255 / max(background - ink, 1.0))
    return np.clip(scaled, 0, 255).astype(np.uint8)


def _sharpened(line: np.ndarray) -> np.ndarray:
    """An unsharp mask: gives back some edge to text the camera blurred."""
    return _stretched(cv2.addWeighted(line, 1.8, cv2.GaussianBlur(line, (0, 0), 2), -0.8, 0))


# Tried in this order until two NIK reads agree (see bench/ktp_bench.py).
BINARISATIONS: tuple[Callable[[np.ndarray], np.ndarray], ...] = (_sharpened, _stretched, _otsu)
# The birth date line: (preparation, capital height in px), read three times, and with the rest when it alone
# held up an agreeing NIK. Its small digits read best levelled or stretched, sharpened worst.
BIRTH_READS = ((_levels, 34), (_stretched, 44), (_levels, 44))
MORE_BIRTH_READS = ((_stretched, 34), (_levels, 26), (_otsu, 34), (_sharpened, 44), (_stretched, 26))
# The name line: (preparation, capital height in px), read in turn until one name leads the others by two
# reads. Small names read best stretched at 44 px (see the README's measurements).
NAME_READS = (
    (_stretched, 44),
    (_levels, 44),
    (_stretched, LINE_HEIGHT_PX),
    (_otsu, LINE_HEIGHT_PX),
    (_levels, LINE_HEIGHT_PX),
    (_sharpened, 44),
)


class KtpReader:
    """Fills kiosk.ports.CardReader: a frame in, the cross-checked fields out. Not for two threads at once."""

    def __init__(self, today: Callable[[], date] = date.today) -> None:
        from tesserocr import OEM, PSM, PyTessBaseAPI  # imported here: 0.3 s kept off the kiosk's start

        self.today = today
        self._modes = (PSM.SINGLE_LINE, PSM.RAW_LINE)
        self._api = PyTessBaseAPI(
            path=tessdata_dir(),
            lang="ind",
            psm=PSM.SINGLE_LINE,
            oem=OEM.LSTM_ONLY,
            variables={"load_system_dawg": "0", "load_freq_dawg": "0"},  # names are not dictionary words
        )

    def __call__(self, frame: np.ndarray) -> KtpFields:
        return cross_check(self.read_text(frame), self.today())

    def read_text(self, frame: np.ndarray) -> CardText:
        """The raw lines of the card in the frame; empty if no card was found."""
        grey = _grey(frame)
        corners = locate_card(grey)
        if corners is None:
            return CardText()
        # Each field line warped once per size, however many preparations read it.
        line: LineCut = cache(partial(_line, (grey, corners)))
        text = CardText()
        text.sex_line = self._read_until(line(SEX, LINE_HEIGHT_PX), printed_sex)
        text.birth_lines = [self._read_birth(line, *read) for read in BIRTH_READS]
        today = self.today()
        nik_line = line(NIK, LINE_HEIGHT_PX)
        for binarise in BINARISATIONS:
            text.nik_reads.append(_nik_digits(self.read_line(binarise(nik_line), NIK_CHARACTERS)[0]))
            if cross_check(text, today).nik:
                break
        else:
            self._read_birth_again(line, text, today)
        names: list[tuple[str, float]] = []
        for binarise, height in NAME_READS:
            names.append(self.read_line(binarise(line(NAME, height)), NAME_CHARACTERS))
            if _leads_by_two(card_name(name) for name, _ in names):
                break
        text.name_reads = [read for read, _ in sorted(names, key=lambda n: -n[1])]
        return text

    def _read_birth_again(self, line: LineCut, text: CardText, today: date) -> None:
        """The NIK reads agree but no reading of the small birth date line matched it yet: read that line
        at other scales until one does (the NIK must still carry it exactly)."""
        if max(map(text.nik_reads.count, text.nik_reads)) < 2:
            return
        for read in MORE_BIRTH_READS:
            text.birth_lines.append(self._read_birth(line, *read))
            if cross_check(text, today).nik:
                return

    def _read_birth(self, line: LineCut, binarise: Callable[[np.ndarray], np.ndarray], height: int) -> str:
        return self.read_line(binarise(line(BIRTH, height)), LINE_CHARACTERS)[0]

    def _read_until(self, line: np.ndarray, parse: Callable[[str], object]) -> str | None:
        """The line read under the binarisations in turn until `parse` makes sense of it."""
        text = None
        for binarise in BINARISATIONS:
            text, _ = self.read_line(binarise(line), LINE_CHARACTERS)
            if parse(text) is not None:
                return text
        return text

    def read_line(self, image: np.ndarray, characters: str) -> tuple[str, float]:
        """One line of text and Tesseract's confidence in it; a white margin helps it read edge letters.

        Blurred small text can make Tesseract's layout step see no text line at all: then the line is read
        again as a raw line, without that step."""
        padded = cv2.copyMakeBorder(image, 10, 10, 10, 10, cv2.BORDER_CONSTANT, value=255)
        height, width = padded.shape
        self._api.SetVariable("tessedit_char_whitelist", characters)
        text, confidence = "", 0.0
        for mode in self._modes:
            self._api.SetPageSegMode(mode)
            self._api.SetImageBytes(padded.tobytes(), width, height, 1, width)
            text, confidence = self._api.GetUTF8Text().strip(), float(self._api.MeanTextConf())
            if text:
                break
        return text, confidence

    def close(self) -> None:
        self._api.End()


@cache
def _default_reader() -> KtpReader:
    return KtpReader()


def read_card_file(path: str | os.PathLike[str]) -> KtpFields:
    """The fields of the card in a picture file (kiosk.ports.CardFileReader); ValueError if it is not a
    picture or too big. The picture lives in memory for the read only."""
    return _default_reader()(read_picture(path))


def _nik_digits(read: str) -> str:
    """The digits after the colon; a colon read as a "1" (17 digits, no colon) is dropped."""
    _, colon, digits = read.replace(" ", "").rpartition(":")
    if not colon and len(digits) == 17 and digits.startswith("1"):
        return digits[1:]
    return digits


def _leads_by_two(names: Iterable[str | None]) -> bool:
    """Whether one name was read at least twice more often than any other: further reads cannot overturn it
    as cheaply as they cost (stopping at the first two agreeing reads lost 3-4 % of small names)."""
    counts = [*Counter(name for name in names if name).most_common(2), ("", 0), ("", 0)]
    return counts[0][1] - counts[1][1] >= 2


def _grey(frame: np.ndarray) -> np.ndarray:
    if not isinstance(frame, np.ndarray) or frame.dtype != np.uint8 or frame.ndim not in (2, 3):
        raise ValueError("expected a grey or BGR uint8 frame")
    if frame.ndim == 3:
        if frame.shape[2] not in (3, 4):
            raise ValueError(f"expected a grey or BGR uint8 frame, got shape {frame.shape}")
        return cv2.cvtColor(frame, cv2.COLOR_BGR2GRAY if frame.shape[2] == 3 else cv2.COLOR_BGRA2GRAY)
    return frame


def _line(card: tuple[np.ndarray, np.ndarray], field: Field, height: int = LINE_HEIGHT_PX) -> np.ndarray:
    """The field's text line, snapped to where its ink is, its capitals `height` pixels tall."""
    scale = height / field.cap
    centre = (field.top + field.cap / 2) * scale
    band = straighten(
        *card, (field.left, field.top - 0.6 * field.cap, field.right, field.top + 1.6 * field.cap), scale
    )
    threshold = cv2.threshold(cv2.GaussianBlur(band, (3, 3), 0), 0, 255, cv2.THRESH_OTSU)[0]
    ink = (band < threshold).mean(axis=1)
    y0 = (field.top - 0.6 * field.cap) * scale
    rows = np.flatnonzero(ink > 0.35 * ink.max()) if ink.max() > 0 else np.array([])
    if rows.size:
        # The inked run nearest the expected centre; its middle becomes the crop's middle.
        runs = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
        run = min(runs, key=lambda r: abs((r[0] + r[-1]) / 2 + y0 - centre))
        centre = (run[0] + run[-1]) / 2 + y0
    top = max(0, round(centre - y0 - 0.75 * height))
    return band[top : top + round(1.5 * height)]
