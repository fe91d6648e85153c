"""The `kiosk display` command (Qt loads only when it runs)."""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kiosk.cli import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    display = sub.add_parser(
        "display",
        parents=[common],
        help="the waiting-room display: calls, the queue, the voice (fullscreen)",
    )
    display.add_argument(
        "--windowed", action="store_true", help="a window instead of fullscreen (development)"
    )
    display.add_argument(
        "--snapshot", type=Path, metavar="FILE.png", help="render what it shows now, then exit"
    )
    display.add_argument("--size", default="1920x1080", metavar="WxH", help="the snapshot's size (1920x1080)")
    display.set_defaults(func=_display)


def _display(ctx: Context) -> int:
    size = re.fullmatch(r"([0-9]{3,4})x([0-9]{3,4})", ctx.args.size)
    if size is None:
        print(
            f"kiosk display: --size must be WIDTHxHEIGHT, e.g. 1080x1920, got {ctx.args.size!r}",
            file=sys.stderr,
        )
        return 2
    if ctx.args.snapshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtCore import QSize

        from ui.display.run import snapshot

        snapshot(ctx.config, ctx.args.snapshot, QSize(int(size[1]), int(size[2])))
        return 0
    from ui.launcher import _no_screen  # the kiosk's own check, said the same way

    if _no_screen():
        return 2
    from ui.display.run import run_display

    return run_display(ctx.config, windowed=ctx.args.windowed)
