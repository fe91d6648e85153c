"""The `kiosk` console script: the core's CLI plus `kiosk run`, which opens the touchscreen."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kiosk import cli
from printing.printers import make_printer
from scanner.combined import decode_file
from scanner.ktp_ocr import read_card_file
from ui import self_test  # Qt-free until the command runs
from ui.display import command as display_command
from voice import make_speaker

if TYPE_CHECKING:
    from kiosk.cli import Context


def _register_run(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    run = sub.add_parser("run", parents=[common], help="start the touchscreen kiosk")
    run.add_argument(
        "--windowed", action="store_true", help="a normal window instead of fullscreen (development)"
    )
    run.set_defaults(func=_run)


def _no_screen() -> bool:
    """Say so and return True when there is no screen to show a window on (Linux without a display)."""
    if sys.platform == "linux" and not any(
        os.environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    ):
        print(
            "kiosk: no screen to show the kiosk on: start it in a desktop session or under the cage "
            "compositor (docs/deployment.md); to try it without a screen set QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return True
    return False


def _run(ctx: Context) -> int:
    if _no_screen():
        return 2
    from ui.app import run_kiosk  # Qt loads only for this command

    return run_kiosk(ctx.config, windowed=ctx.args.windowed)


def _register_counter(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    counter = sub.add_parser("counter", parents=[common], help="open the counter console (a window)")
    counter.add_argument("--counter", type=int, required=True, metavar="N", help="the counter's number")
    counter.set_defaults(func=_counter)


def _counter(ctx: Context) -> int:
    if _no_screen():
        return 2
    from ui.counter.window import run_counter  # Qt loads only for this command

    return run_counter(ctx.config, ctx.args.counter)


# The composition root: the core's CLI gets the printer and decoder adapters and the Qt commands here.
ADAPTERS = cli.Adapters(make_printer, decode_file, make_speaker, read_card_file)
EXTRA_COMMANDS: list[cli.Register] = [
    _register_run,
    self_test.register,
    _register_counter,
    display_command.register,
]


def main(argv: Sequence[str] | None = None) -> int:
    return cli.main(argv, extra=EXTRA_COMMANDS, adapters=ADAPTERS)


if __name__ == "__main__":
    sys.exit(main())
