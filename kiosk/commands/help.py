"""`kiosk help list|clear`: the visitors' open help requests, and clearing one once an officer helped."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kiosk import help_requests
from kiosk.office_time import format_clock, local
from kiosk.tickets import utc_now

if TYPE_CHECKING:
    from kiosk.cli import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    helps = sub.add_parser("help", help="visitors' open help requests").add_subparsers(
        dest="action", required=True
    )
    listing = helps.add_parser("list", parents=[common], help="open requests, oldest first")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=list_requests)
    clearing = helps.add_parser("clear", parents=[common], help="mark a request as handled")
    clearing.add_argument("request", type=int, help="the request's number, from `kiosk help list`")
    clearing.add_argument("--officer", default="cli", help="who handled it (default: cli)")
    clearing.set_defaults(func=clear_request)


def list_requests(ctx: Context) -> int:
    requests = help_requests.open_requests(ctx.db, ctx.config)
    if ctx.args.json:
        ctx.emit(
            [
                {
                    "request": r.id,
                    "kiosk": r.kiosk_id,
                    "kiosk_name": r.kiosk_name,
                    "screen": r.screen,
                    "asked_at": r.asked_at.isoformat(),
                }
                for r in requests
            ]
        )
        return 0
    for r in requests:
        print(
            f"{r.id}  {r.kiosk_id} ({r.kiosk_name})  {format_clock(local(ctx.config.office, r.asked_at))}"
            f"  {r.screen}",
            file=ctx.out,
        )
    if not requests:
        print("no open help requests", file=ctx.out)
    return 0


def clear_request(ctx: Context) -> int:
    if help_requests.clear(ctx.db, ctx.config, ctx.args.request, officer=ctx.args.officer, at=utc_now()):
        print(f"help request {ctx.args.request} cleared", file=ctx.out)
        return 0
    print(f"help request {ctx.args.request} is not open", file=ctx.out)
    return 1
