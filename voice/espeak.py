"""espeak-ng (a Debian package) as the voice of the default clips and of spoken screen instructions.

It is only ever handed words: digits in a text become words first, because espeak-ng reads "3 123" as
one number in the thousands ("tiga ribu seratus dua puluh tiga").
"""

from __future__ import annotations

import re
import shutil
import subprocess

import numpy as np

from kiosk.spoken import ONES, number_words
from voice.audio import BadAudio, read_wav

VOICES = {"id": "id", "en": "en"}
SPEED = 140  # words per minute: a little slower than espeak-ng's 175, for elderly listeners
TIMEOUT_S = 20
DIGITS_ID = ("nol", *ONES[1:])
DIGITS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]


class SpeechUnavailable(RuntimeError):
    """espeak-ng is not installed or failed."""


def spell_numbers(text: str, language: str) -> str:
    """Digits as words: Indonesian numbers 1-9999 as numbers ('12' -> 'dua belas'), anything else digit
    by digit ('0812' -> 'nol delapan satu dua')."""

    def words(match: re.Match[str]) -> str:
        digits = match[0]
        if language == "id" and not digits.startswith("0") and int(digits) <= 9999:
            return " ".join(number_words(int(digits)))
        names = DIGITS_EN if language == "en" else DIGITS_ID
        return " ".join(names[int(d)] for d in digits)

    return re.sub(r"[0-9]+", words, text)


def synthesise(text: str, language: str = "id") -> np.ndarray:
    """`text` spoken by espeak-ng's voice for `language`, as float samples at the player's rate."""
    program = shutil.which("espeak-ng")
    if program is None:
        raise SpeechUnavailable("espeak-ng is not installed (apt-get install espeak-ng)")
    command = [program, "-v", VOICES[language], "-s", str(SPEED), "--stdout"]
    try:
        done = subprocess.run(
            command,
            input=spell_numbers(text, language).encode(),
            capture_output=True,
            timeout=TIMEOUT_S,
            check=True,
        )
        return read_wav(done.stdout)
    except (OSError, subprocess.SubprocessError, BadAudio) as exc:
        raise SpeechUnavailable(f"espeak-ng failed: {exc}") from None
