"""`kiosk purge`: remove visitors' personal data from tickets past the retention period."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kiosk.digits import is_digits
from kiosk.retention import purge_personal_data
from kiosk.tickets import utc_now

if TYPE_CHECKING:
    from kiosk.cli import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    purge = sub.add_parser("purge", parents=[common], help="remove names, NIKs and phones from old tickets")
    purge.add_argument(
        "--older-than",
        type=_days,
        metavar="DAYS",
        help="tickets more than DAYS days old (default: [privacy] retention_days)",
    )
    purge.add_argument("--json", action="store_true")
    purge.set_defaults(func=purge_tickets)


def _days(text: str) -> int:
    if not is_digits(text, 1, 5):
        raise argparse.ArgumentTypeError(f"must be a number of days, 0 to 99999, got {text!r}")
    return int(text)


def purge_tickets(ctx: Context) -> int:
    days = ctx.args.older_than if ctx.args.older_than is not None else ctx.config.privacy.retention_days
    result = purge_personal_data(ctx.db, ctx.config, older_than_days=days, now=utc_now())
    if ctx.args.json:
        ctx.emit(result.as_json())
    else:
        print(
            f"personal data removed from {result.tickets} tickets before {result.before.isoformat()}"
            f" ({result.bookings} imported bookings deleted)",
            file=ctx.out,
        )
    return 0
