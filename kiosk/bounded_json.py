"""JSON from outside (a booking QR's payload, an imported bookings file), parsed within bounds.

Python's json module recurses once per nesting level and converts any number of digits, so a crafted
text stops it with RecursionError or ValueError. Here the size and the nesting depth are checked before
parsing, numbers longer than a date's worth of digits, NaN/Infinity and duplicate keys (which other JSON
readers resolve differently) are refused: every problem is one JsonRefused with its reason, never a crash.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

MAX_DEPTH = 16  # a bookings file is an array of flat objects: depth 2
MAX_NUMBER_CHARS = 32
_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(r"[\[\]{}]")


class JsonRefused(ValueError):
    """The text is not JSON this kiosk reads; the reason in Bahasa Indonesia and English, and its line."""

    def __init__(self, problem_id: str, problem_en: str, line: int = 1) -> None:
        super().__init__(problem_en)
        self.problem_id = problem_id
        self.problem_en = problem_en
        self.line = line


def check_bounds(text: str, max_chars: int, max_depth: int = MAX_DEPTH) -> None:
    """Refuse `text` if it is longer than `max_chars` or nests deeper than `max_depth`, before parsing."""
    if len(text) > max_chars:
        raise JsonRefused(
            f"terlalu besar: {len(text)} karakter, paling banyak {max_chars}",
            f"is too large: {len(text)} characters, at most {max_chars}",
        )
    depth = 0
    for bracket in _BRACKET.finditer(_STRING.sub('""', text)):
        depth += 1 if bracket[0] in "[{" else -1
        if depth > max_depth:
            raise JsonRefused(
                f"bersarang terlalu dalam (lebih dari {max_depth} tingkat)",
                f"is nested too deeply (more than {max_depth} levels)",
            )


def _number(text: str) -> Any:
    if len(text) > MAX_NUMBER_CHARS:
        raise JsonRefused(
            f"angka terlalu panjang ({len(text)} karakter)",
            f"has a number that is too long ({len(text)} characters)",
        )
    if not any(c in text for c in ".eE"):
        return int(text)
    number = float(text)
    if not math.isfinite(number):
        raise JsonRefused(f"angka {text} terlalu besar", f"has the number {text}, which is too large")
    return number


def _constant(name: str) -> Any:
    raise JsonRefused(f"nilai {name} tidak diperbolehkan", f"value {name} is not allowed")


def _object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise JsonRefused(f"kunci {key!r} ganda", f"has the key {key!r} twice")
        result[key] = value
    return result


DECODER = json.JSONDecoder(
    parse_int=_number, parse_float=_number, parse_constant=_constant, object_pairs_hook=_object
)


def parse_bounded(text: str, max_chars: int, max_depth: int = MAX_DEPTH) -> Any:
    """The JSON value in `text`, within the bounds; JsonRefused (with the line) for anything else."""
    check_bounds(text, max_chars, max_depth)
    try:
        return DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise JsonRefused(
            f"bukan JSON yang valid: {exc.msg}", f"is not valid JSON: {exc.msg}", exc.lineno
        ) from None
