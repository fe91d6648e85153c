"""The dependency rule as the code keeps it: the ports load no database code, and the ticket layout
never carries a control character to the printer."""

from __future__ import annotations

import subprocess
import sys

from kiosk.layout import Text


def test_the_ports_load_no_sqlalchemy() -> None:
    code = "import sys, kiosk.ports; print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.strip() == "[]", result.stderr


def test_a_layout_text_drops_control_characters() -> None:
    assert Text("X\x1b@\x1dVAX\nKANTOR\u202e").text == "X@VAXKANTOR"
