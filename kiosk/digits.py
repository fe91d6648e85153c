"""Digits from outside: only ASCII 0-9 count, and any NIK-shaped run is masked before text leaves us.

`str.isdigit()` and Python's `\\d` also accept Arabic-Indic, fullwidth and superscript digits, which a
PIN pad cannot type, a printer cannot print and `int()` reads differently; every check of typed or
imported digits goes through `is_digits` or the `DIGITS` pattern piece instead.
"""

from __future__ import annotations

import re

DIGITS = "[0-9]"  # a regex piece for one ASCII digit; Python's \d matches any Unicode digit
# 16 digits (of any script), also grouped 4-4-4-4 by spaces, dots or dashes as the NIK screen shows
# them; a run inside hex (an audit hash, a ticket id) is left alone: hex letters do not border a NIK.
_NIK_RUN = re.compile(r"(?<![\da-fA-F])(?:\d{4}[ .-]?){3}(\d{4})(?![\da-fA-F])")


def is_digits(text: str, low: int = 1, high: int | None = None) -> bool:
    """Whether `text` is `low` to `high` ASCII digits (exactly `low` when `high` is None)."""
    return text.isascii() and text.isdigit() and low <= len(text) <= (low if high is None else high)


def mask_nik_runs(text: str) -> str:
    """`text` with every NIK-shaped run of 16 digits shown as its last four: ************1234."""
    return _NIK_RUN.sub(r"************\1", text)
