"""`kiosk printer test|status|queue`: print a test ticket, ask the printer how it is, see the print queue."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from kiosk.errors import KioskError
from kiosk.ports import PrinterError
from kiosk.print_queue import RetryLoop
from kiosk.sample_ticket import sample_layout

if TYPE_CHECKING:
    from kiosk.cli import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    printer = sub.add_parser("printer", help="the ticket printer").add_subparsers(
        dest="action", required=True
    )
    test = printer.add_parser("test", parents=[common], help="print a test ticket")
    test.add_argument("--json", action="store_true")
    test.set_defaults(func=print_test)
    status = printer.add_parser("status", parents=[common], help="online or offline, paper ok, low or out")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=printer_status)
    queue = printer.add_parser("queue", parents=[common], help="tickets waiting for the printer")
    queue.add_argument("--retry", action="store_true", help="print the waiting tickets now")
    queue.add_argument("--watch", action="store_true", help="keep retrying every printer.retry_seconds")
    queue.add_argument("--json", action="store_true")
    queue.set_defaults(func=print_queue)


def _target(ctx: Context) -> str:
    p = ctx.config.printer
    return {
        "network": f"{p.host}:{p.port}",
        "file": str(p.path),
        "preview": str(p.path),
        "serial": f"{p.serial_device}",
        "cups": f"{p.cups_queue}",
        "win32raw": f"{p.win32_printer}",
        "usb": f"{p.usb_vendor_id or 0:04x}:{p.usb_product_id or 0:04x}",
    }[p.type]


def print_test(ctx: Context) -> int:
    printer = ctx.printer
    try:
        printer.print_ticket(sample_layout(ctx.config, datetime.now(UTC), ctx.language), "printer-test")
    except PrinterError as exc:
        code = exc.code
        error = KioskError(code)
        if ctx.args.json:
            ctx.emit({"error": {**error.as_json(ctx.language)["error"], "detail": str(exc)}})
        else:
            print(f"{code}: {error.message(ctx.language)}\n{exc}", file=sys.stderr)
        return 1
    if ctx.args.json:
        ctx.emit({"printed": True, "type": ctx.config.printer.type, "target": _target(ctx)})
    else:
        print(f"test ticket sent to the {ctx.config.printer.type} printer {_target(ctx)}", file=ctx.out)
    return 0


def printer_status(ctx: Context) -> int:
    status = ctx.printer.status()
    if ctx.args.json:
        ctx.emit(
            {
                "type": ctx.config.printer.type,
                "target": _target(ctx),
                **status.as_json(),
                "warning": status.warning(ctx.language),
            }
        )
        return 0
    online = {True: "online", False: "offline", None: "unknown"}[status.online]
    print(
        f"{ctx.config.printer.type} {_target(ctx)}: {status.state} (printer {online}, paper {status.paper})",
        file=ctx.out,
    )
    print(status.detail, file=ctx.out)
    if status.warning(ctx.language):
        print(status.warning(ctx.language), file=ctx.out)
    return 0


def print_queue(ctx: Context) -> int:
    queue = ctx.desk.print_queue
    if ctx.args.watch:
        loop = RetryLoop(queue, ctx.config.printer.retry_seconds)
        try:
            loop.run(
                lambda: False,
                on_printed=lambda done: print(
                    "printed late: " + " ".join(t.label for t in done), file=ctx.out, flush=True
                ),
            )
        except KeyboardInterrupt:
            return 0
    printed = queue.retry_pending(include_late=True) if ctx.args.retry else []  # an officer asks
    waiting = queue.waiting()
    if ctx.args.json:
        ctx.emit({"printed": [t.as_json() for t in printed], "waiting": [job.as_json() for job in waiting]})
        return 0
    if ctx.args.retry:
        print(f"printed late: {' '.join(t.label for t in printed) or 'none'}", file=ctx.out)
    tz = ctx.config.office.timezone
    for job in waiting:
        print(
            f"{job.ticket.label:6} issued {job.ticket.issued_at.astimezone(tz):%H:%M}  "
            f"{job.ticket.print_status:8} {job.last_error or ''}",
            file=ctx.out,
        )
    print(f"{len(waiting)} waiting for the printer", file=ctx.out)
    return 0
