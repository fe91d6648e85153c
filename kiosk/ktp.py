"""The e-KTP read by the camera: the fields the kiosk takes from it and the rules that decide what is offered.

The scanner adapter (scanner/ktp_ocr.py) turns a frame into `CardText`, the raw lines it read; `cross_check`
here decides what of it may be offered to the visitor. A NIK is offered only when it passes the NIK rules
(kiosk/nik.py), two reads of it agree, and it agrees with the birth date and sex printed on the card when
those were read: offering nothing is better than offering a wrong number. The visitor still confirms.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kiosk.errors import KioskError
from kiosk.nik import birth_date, female, validate_nik
from kiosk.tickets import normalise_name

MALE, FEMALE = "LAKI-LAKI", "PEREMPUAN"  # as printed on the card

# Letters OCR gives for digits in a date; never used on the NIK, which is read digits-only.
_DIGIT_LOOKALIKES = str.maketrans("OoQDIlL|SsZzB", "0000111155228")
_DATE = re.compile(
    r"([0-9OoQDIlL|SsZzB]{2})\s*[-.]?\s*([0-9OoQDIlL|SsZzB]{2})\s*[-.]?\s*([0-9OoQDIlL|SsZzB]{4})(?![0-9])"
)
_NOT_NAME = re.compile(r"[^A-Z .,'-]")


@dataclass(frozen=True)
class KtpFields:
    """What was read from one card; None for a field not read (or not trusted).

    `confidence` (0 to 1) says how much backs the NIK: agreeing reads, and the printed birth date and sex
    that agree with it; 0 when no NIK is offered.
    """

    nik: str | None = None
    name: str | None = None
    birth_date: date | None = None
    sex: str | None = None
    confidence: float = 0.0

    def as_json(self, nik: str | None = None) -> dict[str, Any]:
        """The fields as JSON values; `nik` replaces the NIK (the CLI passes the masked form)."""
        return {
            "nik": nik if nik is not None else self.nik,
            "name": self.name,
            "birth_date": self.birth_date.isoformat() if self.birth_date else None,
            "sex": self.sex,
            "confidence": round(self.confidence, 2),
        }


@dataclass
class CardText:
    """The raw text of one card: each NIK and name read (one per binarisation), the birth and sex lines."""

    nik_reads: list[str] = field(default_factory=list)
    name_reads: list[str] = field(default_factory=list)
    birth_lines: list[str] = field(default_factory=list)
    sex_line: str | None = None


def printed_birth_date(line: str | None) -> date | None:
    """The DD-MM-YYYY date at the end of the "Tempat/Tgl Lahir" line, e.g. "BANDUNG, 15-08-1990"."""
    found = _DATE.findall(line or "")
    if not found:
        return None
    day, month, year = (int(part.translate(_DIGIT_LOOKALIKES)) for part in found[-1])
    try:
        return date(year, month, day)
    except ValueError:
        return None


def voted_birth_date(lines: Sequence[str]) -> date | None:
    """The printed birth date from several reads of its line: day, month and year each by majority."""
    found = [_DATE.findall(line)[-1] for line in lines if _DATE.search(line)]
    if not found:
        return None
    parts = [
        _most_common(part.translate(_DIGIT_LOOKALIKES) for part in column)
        for column in zip(*found, strict=True)
    ]
    return printed_birth_date("-".join(parts))


def printed_sex(line: str | None) -> str | None:
    """LAKI-LAKI or PEREMPUAN from the "Jenis Kelamin" line, forgiving a few misread letters."""
    letters = re.sub(r"[^A-Z]", "", (line or "").upper())
    best = max(
        (FEMALE, MALE),
        key=lambda sex: difflib.SequenceMatcher(None, letters[: len(sex)], sex.replace("-", "")).ratio(),
    )
    ratio = difflib.SequenceMatcher(None, letters[: len(best)], best.replace("-", "")).ratio()
    return best if ratio >= 0.7 else None


def card_name(text: str | None) -> str | None:
    """The name as the kiosk keeps it: KTP capitals and punctuation (. , ' -), single spaces; else None."""
    cleaned = _NOT_NAME.sub("", (text or "").upper().replace("’", "'").replace("`", "'"))
    cleaned = cleaned.strip(" ,'-").lstrip(".")
    try:
        return normalise_name(cleaned)
    except KioskError:
        return None


def nik_agrees(nik: str, born: date | None, sex: str | None, today: date) -> bool:
    """Whether the NIK carries the printed birth date (day, month, two-digit year) and sex, where read."""
    if born is not None:
        carried = birth_date(nik, today)
        if (carried.day, carried.month, carried.year % 100) != (born.day, born.month, born.year % 100):
            return False
    return sex is None or female(nik) == (sex == FEMALE)


def offered_nik(
    reads: Sequence[str], births: Sequence[date], sex: str | None, today: date
) -> tuple[str, date | None, int] | None:
    """The NIK read most often, if it was read at least twice and is valid, and agrees with the sex and with
    one of the readings of the birth date (when any was read): with that date and how often it was read."""
    counts = Counter(read for read in reads if len(read) == 16)
    if not counts:
        return None
    nik, count = counts.most_common(1)[0]
    if count < 2:
        return None
    try:
        validate_nik(nik, today)
    except KioskError:
        return None
    for born in births or [None]:
        if nik_agrees(nik, born, sex, today):
            return nik, born, count
    return None


def cross_check(text: CardText, today: date) -> KtpFields:
    """The fields that may be offered from one card's raw text (see the module's rules)."""
    voted = voted_birth_date(text.birth_lines)
    births = [born for born in (voted, *map(printed_birth_date, text.birth_lines)) if born is not None]
    sex = printed_sex(text.sex_line)
    names = Counter(name for name in map(card_name, text.name_reads) if name)
    name = names.most_common(1)[0][0] if names else None
    offered = offered_nik(text.nik_reads, births, sex, today)
    if offered is None:
        return KtpFields(None, name, voted, sex, 0.0)
    nik, born, count = offered
    confidence = 0.5 * count / len(text.nik_reads) + 0.25 * (born is not None) + 0.25 * (sex is not None)
    return KtpFields(nik, name, born, sex, confidence)


class FrameVote:
    """Combines the reads of successive frames: a NIK is final once `needed` frames offered the same one."""

    def __init__(self, needed: int = 2) -> None:
        self.needed = needed
        self._reads: list[KtpFields] = []

    def add(self, fields: KtpFields) -> KtpFields | None:
        """Count one frame's read; the combined fields once a NIK reached `needed` frames, else None."""
        if fields.nik is None:
            return None
        self._reads.append(fields)
        agreeing = [read for read in self._reads if read.nik == fields.nik]
        if len(agreeing) < self.needed:
            return None
        return KtpFields(
            fields.nik,
            _most_common(read.name for read in agreeing),
            _most_common(read.birth_date for read in agreeing),
            _most_common(read.sex for read in agreeing),
            max(read.confidence for read in agreeing),
        )


def _most_common(values: Any) -> Any:
    counts = Counter(value for value in values if value is not None)
    return counts.most_common(1)[0][0] if counts else None
