"""`kiosk report`: one day's figures per service, as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import csv
from datetime import date
from typing import TYPE_CHECKING

from kiosk.call_report import calling_report
from kiosk.commands.audit import head_json, head_line
from kiosk.reports import day_report

if TYPE_CHECKING:
    from kiosk.cli import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser("report", parents=[common], help="a day's figures per service")
    report.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="default: today")
    form = report.add_mutually_exclusive_group()
    form.add_argument("--csv", action="store_true", help="per-service rows, then overrides per officer")
    form.add_argument("--json", action="store_true")
    report.set_defaults(func=show_report)


def show_report(ctx: Context) -> int:
    report = day_report(ctx.db, ctx.config, ctx.args.date or ctx.tickets.today())
    calls = calling_report(ctx.db, ctx.config, report.day)
    if ctx.args.json:
        ctx.emit({**report.as_json(), "calling": calls.as_json(), "audit_head": head_json(ctx, report.day)})
        return 0
    rows = [s.row() for s in report.services]
    if ctx.args.csv:
        writer = csv.writer(ctx.out, lineterminator="\n")
        writer.writerow(["date", *rows[0]])
        writer.writerows([report.day.isoformat(), *row.values()] for row in rows)
        writer.writerow([])
        writer.writerow(["date", "officer", "overrides"])
        writer.writerows([report.day.isoformat(), name, n] for name, n in report.overrides_by_officer.items())
        for kind, stats in (("service", calls.services), ("counter", calls.counters)):
            writer.writerow([])
            writer.writerow(["date", kind, *stats[0].row()])
            writer.writerows([report.day.isoformat(), s.key, *s.row().values()] for s in stats)
        return 0
    print(f"Report {report.day.isoformat()}", file=ctx.out)
    _table(ctx, rows)
    for name, n in report.overrides_by_officer.items():
        print(f"overrides by {name}: {n}", file=ctx.out)
    for kind, stats in (("service", calls.services), ("counter", calls.counters)):
        print(
            f"\nAt the counters, per {kind} (minutes; booking_late: first call - session start)", file=ctx.out
        )
        _table(ctx, [{kind: s.key, **s.row()} for s in stats])
    print(f"{head_line(ctx, report.day)} (keep it outside the database: docs/audit.md)", file=ctx.out)
    return 0


def _table(ctx: Context, rows: list[dict[str, object]]) -> None:
    """Right-aligned columns under their names; '-' for no figure."""
    rows = [{k: "-" if v is None else v for k, v in row.items()} for row in rows]
    widths = {key: max(len(key), *(len(str(row[key])) for row in rows)) for key in rows[0]}
    for row in [dict(zip(widths, widths, strict=True)), *rows]:
        print("  ".join(f"{row[key]!s:>{width}}" for key, width in widths.items()), file=ctx.out)
