"""The `kiosk` console script: the core's CLI plus `kiosk run`, which opens the touchscreen."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kiosk import cli
from ui import self_test  # Qt-free until the command runs
from ui.display import command as display_command

if TYPE_CHECKING:
    from kiosk.cli import Context


def _register_run(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    run = sub.add_parser("run", parents=[common], help="start the touchscreen kiosk")
    run.add_argument(
        "--windowed", action="store_true", help="a normal window instead of fullscreen (development)"
    )
    run.set_defaults(func=_run)


def _run(ctx: Context) -> int:
    if sys.platform == "linux" and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        print(
            "kiosk: no screen to show the kiosk on: start it in a desktop session or under the cage "
            "compositor (docs/deployment.md); to try it without a screen set QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return 2
    from ui.app import run_kiosk  # Qt loads only for this command

    return run_kiosk(ctx.config, windowed=ctx.args.windowed)


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, extra=[_register_run, self_test.register, display_command.register])


if __name__ == "__main__":
    sys.exit(main())
