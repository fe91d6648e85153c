"""Turning raw QR payload bytes into text."""

import re

# A double-byte Shift_JIS character, or three half-width katakana in a row.
_SHIFT_JIS_HINT = re.compile(r"[^\x00-\x7f\uff61-\uff9f]|[\uff61-\uff9f]{3}")


def payload_text(raw: bytes) -> str:
    """Turn a QR payload without ECI into text, guessing the charset roughly as ZXing does.

    UTF-8 if valid; else Shift_JIS if valid and it yields kanji/kana or a run of 3 half-width katakana
    (lone ones are more likely ISO-8859-1 letters such as "Ü"); else ISO-8859-1, which never fails.
    Nothing is stripped: CR/LF and spaces are kept exactly.
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("shift_jis")
    except UnicodeDecodeError:
        return raw.decode("iso-8859-1")
    return text if _SHIFT_JIS_HINT.search(text) else raw.decode("iso-8859-1")
