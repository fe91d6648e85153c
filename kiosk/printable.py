"""Text that reaches the printer or a screen: no control characters (ESC, GS, NUL, a newline in a name).

A configured `office.name = "X\\u001b@"` would reach an ESC/POS printer as a reset; the configuration
refuses such text at load (kiosk/config.py) and the ticket layout strips it again as a second guard.
"""

from __future__ import annotations

import unicodedata

# Cc: C0/C1 controls and DEL; Cf: invisible format characters (bidi overrides); Zl/Zp: line breaks.
_CONTROL = frozenset({"Cc", "Cf", "Zl", "Zp"})


def has_control(text: str) -> bool:
    """Whether `text` holds a control, format or line-break character."""
    return any(unicodedata.category(ch) in _CONTROL for ch in text)


def printable(text: str) -> str:
    """`text` without control, format and line-break characters."""
    return "".join(ch for ch in text if unicodedata.category(ch) not in _CONTROL)
