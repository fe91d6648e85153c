"""`kiosk audit verify` and `kiosk audit export`: check the hash chain, hand a day's records over."""

from __future__ import annotations

import argparse
import csv
from datetime import date
from typing import TYPE_CHECKING

from kiosk import audit

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
    check.set_defaults(func=verify)
    export = trail.add_parser("export", parents=[common], help="one day's records (JSON, or CSV)")
    export.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", required=True)
    export.add_argument("--csv", action="store_true", help="CSV instead of JSON")
    export.set_defaults(func=export_day)


def verify(ctx: Context) -> int:
    result = audit.verify(ctx.db)
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
