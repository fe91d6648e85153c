"""Where the kiosk keeps its data on each operating system."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR = "kiosk-imigrasi"


def data_dir() -> Path:
    """The per-user data folder: %LOCALAPPDATA%, $XDG_DATA_HOME or ~/.local/share."""
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR
