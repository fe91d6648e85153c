"""Run the `kiosk` command in a child process, as an officer's script would."""

from __future__ import annotations

import subprocess
import sys

from kiosk.config import Config


def kiosk(config: Config, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    """`kiosk ARGS --config <config's file>`, `stdin` typed in; the output is text."""
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args, "--config", str(config.source)],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
    )
