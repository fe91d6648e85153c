"""`kiosk bookings import FILE`: the day's bookings from the central booking system, all or nothing."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.bookings import import_bookings

if TYPE_CHECKING:
    from kiosk.cli import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    bookings = sub.add_parser("bookings", help="bookings from the booking system").add_subparsers(
        dest="action", required=True
    )
    load = bookings.add_parser("import", parents=[common], help="import a CSV or JSON list of bookings")
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument("--json", action="store_true", help="print the counts as JSON")
    load.set_defaults(func=import_file)


def import_file(ctx: Context) -> int:
    result = import_bookings(ctx.args.file, ctx.config, ctx.db, ctx.tickets.clock)
    if ctx.args.json:
        ctx.emit({"added": result.added, "updated": result.updated, "unchanged": result.unchanged})
    else:
        print(
            f"{ctx.args.file}: {result.added} added, {result.updated} updated, {result.unchanged} unchanged",
            file=ctx.out,
        )
    return 0
