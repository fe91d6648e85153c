"""The refusal catalogue: every code in Bahasa Indonesia and English with the same fields; what a visitor
can read is plain: no English or technical words in the Indonesian, short sentences, the existing number
first-class (not buried) where a refusal names one."""

from __future__ import annotations

import re
import string

from kiosk.errors import MESSAGES, VISITOR_CODES
from tests.ui.conftest import TS_FILE

# English words and jargon an Indonesian visitor with little schooling should not meet on the screen.
NOT_FOR_VISITORS = (
    "booking",
    "check-in",
    "scan",
    "valid",
    "kuota",
    "input",
    "error",
    "printer",
    "verifikasi",
)
# Visitor screens' translation contexts (officer mode may use officers' words).
VISITOR_CONTEXTS = (
    "BookingCodeScreen", "BringScreen", "ConfirmScreen", "EntryScreen", "HomeScreen", "IdleOverlay",
    "KeyGrid", "MessageScreen", "NameScreen", "NikScreen", "OutOfServiceScreen", "PhoneScreen",
    "PrinterBanner", "ScanScreen", "ServiceScreen", "TicketScreen", "VisitorBar",
    "BookServiceScreen", "DayScreen", "SessionScreen", "BookingConfirmScreen", "SlipScreen",
)  # fmt: skip


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _plain_fields(fields: set[str]) -> set[str]:
    """Field names without their language suffix ({service_id} in Indonesian is {service_en} in English)."""
    return {re.sub(r"_(id|en)$", "", name) for name in fields}


def test_every_code_in_both_languages_with_the_same_fields() -> None:
    assert set(MESSAGES) >= VISITOR_CODES
    for code, (indonesian, english) in MESSAGES.items():
        assert indonesian.strip() and english.strip(), code
        assert _plain_fields(_fields(indonesian)) == _plain_fields(_fields(english)), code
        assert not any(name.endswith("_en") for name in _fields(indonesian)), code
        assert not any(name.endswith("_id") for name in _fields(english)), code


def test_visitor_refusals_are_plain() -> None:
    for code in VISITOR_CODES:
        indonesian, english = MESSAGES[code]
        words = re.sub(r"\{\w+\}", "", indonesian).lower()  # the text around the {fields}
        for word in NOT_FOR_VISITORS:
            assert word not in words, (code, word)
        for text in (indonesian, english):
            sentences = [s for s in re.split(r"(?<=[.?!])\s+", text) if s]
            assert all(len(s.split()) <= 20 for s in sentences), (code, text)  # short sentences
            assert text.rstrip().endswith((".", "?")), code
    for code in ("duplicate_nik", "booking_used"):  # the visitor's existing number, in the first sentences
        indonesian, english = MESSAGES[code]
        assert indonesian.index("{number}") < 80 and english.index("{number}") < 80


def test_visitor_screens_have_no_english_words_in_indonesian() -> None:
    text = TS_FILE.read_text("utf-8")
    for context in re.findall(r"<context>(.*?)</context>", text, re.S):
        name = re.search(r"<name>(.*?)</name>", context).group(1)
        if name not in VISITOR_CONTEXTS:
            continue
        for translation in re.findall(r"<translation>(.*?)</translation>", context, re.S):
            for word in NOT_FOR_VISITORS:
                assert word not in translation.lower(), (name, translation)
