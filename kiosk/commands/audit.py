"""`kiosk audit verify`, `kiosk audit head`, `kiosk audit slip` and `kiosk audit export`: check the hash
chain (also against a day's last hash kept outside the database), print that hash (on the terminal, or on
the close-of-day slip), hand a day's records over."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from typing import TYPE_CHECKING

from kiosk import audit
from kiosk.close_of_day import close_of_day, print_close_of_day
from kiosk.errors import KioskError
from kiosk.ports import PrinterError

if TYPE_CHECKING:
    from kiosk.cli import Context

CSV_FIELDS = (
    "seq",
    "at",
    "office_code",
    "kiosk_id",
    "officer",
    "action",
    "service_code",
    "ticket_id",
    "data",
    "prev_hash",
    "hash",
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    trail = sub.add_parser("audit", help="the audit trail").add_subparsers(dest="action", required=True)
    check = trail.add_parser("verify", parents=[common], help="check the whole chain; exit 1 if broken")
    check.add_argument("--json", action="store_true")
    check.add_argument(
        "--head",
        type=_hash,
        metavar="HASH",
        help="a last hash kept outside the database: it must be in the chain",
    )
    check.set_defaults(func=verify)
    head = trail.add_parser(
        "head", parents=[common], help="the last hash of a day, to keep outside the database"
    )
    head.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="default: today")
    head.add_argument("--json", action="store_true")
    head.set_defaults(func=show_head)
    slip = trail.add_parser(
        "slip", parents=[common], help="print the close-of-day slip (figures and last hash) on the printer"
    )
    slip.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="default: today")
    slip.add_argument("--officer", default="cli", metavar="NAME", help="who printed it (default: cli)")
    slip.add_argument("--json", action="store_true")
    slip.set_defaults(func=print_slip)
    export = trail.add_parser("export", parents=[common], help="one day's records (JSON, or CSV)")
    export.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", required=True)
    export.add_argument("--csv", action="store_true", help="CSV instead of JSON")
    export.set_defaults(func=export_day)


def _hash(text: str) -> str:
    """A hash as typed from the close-of-day slip: groups of four, spaces between them, are fine."""
    digest = "".join(text.split()).lower()
    if not audit.HASH.fullmatch(digest):
        raise argparse.ArgumentTypeError(f"must be a SHA-256 hash, 64 hex digits, got {text!r}")
    return digest


def head_line(ctx: Context, day: date) -> str:
    """The line the day report and `kiosk audit head` print: the day's last record and its hash."""
    head = audit.day_head(ctx.db, ctx.config, day)
    if head is None:
        return f"audit head {day.isoformat()}: no records yet"
    return f"audit head {day.isoformat()}: record {head[0]}, hash {head[1]}"


def head_json(ctx: Context, day: date) -> dict[str, object]:
    head = audit.day_head(ctx.db, ctx.config, day)
    return {"date": day.isoformat(), "seq": head[0] if head else None, "hash": head[1] if head else None}


def show_head(ctx: Context) -> int:
    day = ctx.args.date or ctx.tickets.today()
    if ctx.args.json:
        ctx.emit(head_json(ctx, day))
    else:
        print(head_line(ctx, day), file=ctx.out)
    return 0


def print_slip(ctx: Context) -> int:
    """The officer's close-of-day slip from the command line; exit 1 when the printer does not take it."""
    today = ctx.tickets.today()
    slip = close_of_day(
        ctx.db, ctx.config, ctx.args.date or today, ctx.args.officer, ctx.tickets.clock(), today
    )
    error: KioskError | None = None
    detail = ""
    try:
        print_close_of_day(ctx.printer, slip, ctx.config)
    except PrinterError as exc:
        error = KioskError(exc.code)
        detail = str(exc)
    if ctx.args.json:
        printed = {"printed": True} if error is None else {"printed": False, **error.as_json(ctx.language)}
        ctx.emit({**slip.head_json(), **printed})
    elif error is None:
        print(f"close-of-day slip sent to the printer; {head_line(ctx, slip.day)}", file=ctx.out)
    else:
        print(f"{error.code}: {error.message(ctx.language)}\n{detail}", file=sys.stderr)
    return 0 if error is None else 1


def verify(ctx: Context) -> int:
    result = audit.verify(ctx.db, ctx.args.head)
    if ctx.args.json:
        ctx.emit(result.as_json())
    elif result.ok:
        print(f"audit trail intact: {result.records} records, last hash {result.head}", file=ctx.out)
    else:
        print(f"audit trail BROKEN at record {result.first_bad}: {result.problem}", file=ctx.out)
    return 0 if result.ok else 1


def export_day(ctx: Context) -> int:
    records = [e.as_json() for e in audit.records_of_day(ctx.db, ctx.config, ctx.args.date)]
    if not ctx.args.csv:
        ctx.emit(records)
        return 0
    writer = csv.DictWriter(ctx.out, CSV_FIELDS, lineterminator="\n")
    writer.writeheader()
    for record in records:
        writer.writerow({**record, "data": audit.canonical(record["data"])})
    return 0
