"""`kiosk call …` (the counter's actions from a script or an officer's PC) and `kiosk queue`."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kiosk.calling import CallingService
from kiosk.commands.officer import login
from kiosk.officers import normalise_officer_name

if TYPE_CHECKING:
    from kiosk.cli import Context
    from kiosk.tickets import IssuedTicket


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    call = sub.add_parser("call", help="call numbers at a counter").add_subparsers(
        dest="action", required=True
    )

    def action(
        name: str, help: str, *, counter: bool = True, sign_in: bool = False
    ) -> argparse.ArgumentParser:
        parser = call.add_parser(name, parents=[common], help=help)
        if counter:
            parser.add_argument("--counter", type=int, required=True, metavar="N")
        parser.add_argument(
            "--officer",
            metavar="NAME",
            required=sign_in,
            help="who signs in" if sign_in else "default: the officer signed in at the counter",
        )
        parser.add_argument("--json", action="store_true", help="print the ticket (or counter) as JSON")
        return parser

    action("next", "finish the current ticket and call the next one").set_defaults(func=call_next)
    action("recall", "call the current ticket again").set_defaults(func=recall)
    action("finish", "the current visitor was served").set_defaults(func=finish)
    action("no-show", "the called visitor did not come").set_defaults(func=no_show)
    transfer = action("transfer", "send the current ticket to another service's line")
    transfer.add_argument("--to", required=True, metavar="SERVICE")
    transfer.set_defaults(func=transfer_ticket)
    number = action("number", "call a waiting number out of order (audited)")
    number.add_argument("label", metavar="LABEL", help="today's number, e.g. A012")
    number.add_argument("--reason", required=True)
    number.set_defaults(func=call_number)
    back = action("return", "put today's no-show back in the queue (audited)", counter=False)
    back.add_argument("label", metavar="LABEL")
    back.add_argument("--reason")
    back.set_defaults(func=return_ticket)
    sign_in = action("open", "sign in at a counter with your PIN (opens it for wait estimates)", sign_in=True)
    sign_in.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of stdin")
    sign_in.add_argument("--services", metavar="CODES", help="comma-separated: narrow the counter for today")
    sign_in.set_defaults(func=open_counter)
    action("close", "sign out of a counter").set_defaults(func=close_counter)

    queue = sub.add_parser("queue", parents=[common], help="waiting counts, estimates, counters and the line")
    queue.add_argument("--json", action="store_true")
    queue.set_defaults(func=show_queue)


def _calling(ctx: Context) -> CallingService:
    return CallingService(ctx.config, ctx.db)


def _officer(ctx: Context) -> str | None:
    return normalise_officer_name(ctx.args.officer) if ctx.args.officer else None


def _show(ctx: Context, ticket: IssuedTicket, what: str) -> int:
    offer = ticket.status == "called" and ticket.recalls >= ctx.config.calling.max_recalls
    if ctx.args.json:
        ctx.emit({**ticket.as_json(), "offer_no_show": offer})
        return 0
    where = f"counter {ticket.counter}" if ticket.status == "called" else f"ahead: {ticket.people_ahead}"
    recalls = f"  recalls: {ticket.recalls}" if ticket.recalls else ""
    print(f"{what} {ticket.label}  {ticket.queue_service}  {ticket.status}  {where}{recalls}", file=ctx.out)
    if offer:
        print("(called often: mark it a no-show with `kiosk call no-show`)", file=ctx.out)
    return 0


def call_next(ctx: Context) -> int:
    return _show(ctx, _calling(ctx).next(ctx.args.counter, _officer(ctx)), "called")


def recall(ctx: Context) -> int:
    return _show(ctx, _calling(ctx).recall(ctx.args.counter, _officer(ctx)), "recalled")


def finish(ctx: Context) -> int:
    return _show(ctx, _calling(ctx).finish(ctx.args.counter, _officer(ctx)), "finished")


def no_show(ctx: Context) -> int:
    return _show(ctx, _calling(ctx).no_show(ctx.args.counter, _officer(ctx)), "no-show")


def transfer_ticket(ctx: Context) -> int:
    a = ctx.args
    return _show(ctx, _calling(ctx).transfer(a.counter, a.to, _officer(ctx)), "transferred")


def call_number(ctx: Context) -> int:
    a = ctx.args
    return _show(ctx, _calling(ctx).call_number(a.counter, a.label, a.reason, _officer(ctx)), "called")


def return_ticket(ctx: Context) -> int:
    a = ctx.args
    return _show(ctx, _calling(ctx).return_to_queue(a.label, _officer(ctx), a.reason), "returned")


def open_counter(ctx: Context) -> int:
    a = ctx.args
    officer = login(ctx, a.officer, a.pin_stdin).officer
    services = [s.strip() for s in a.services.split(",") if s.strip()] if a.services else None
    counter = _calling(ctx).sign_in(a.counter, officer, services)
    if a.json:
        ctx.emit(counter.as_json())
    else:
        print(f"{counter.name_en} open: {officer}, serving {', '.join(counter.services)}", file=ctx.out)
    return 0


def close_counter(ctx: Context) -> int:
    _calling(ctx).sign_out(ctx.args.counter, _officer(ctx))
    if ctx.args.json:
        ctx.emit({"counter": ctx.args.counter, "open": False})
    else:
        print(f"counter {ctx.args.counter} closed", file=ctx.out)
    return 0


def show_queue(ctx: Context) -> int:
    view = _calling(ctx).overview()
    if ctx.args.json:
        ctx.emit(view.as_json())
        return 0
    out = ctx.out
    print(f"{'service':16} {'waiting':>7}  estimate", file=out)
    for s in view.services.values():
        estimate = "-" if s.wait_minutes is None else f"± {s.wait_minutes} min"
        print(f"{s.service:16} {s.waiting:>7}  {estimate}", file=out)
    print(file=out)
    for c in view.counters:
        serving = f"{c.current} ({c.service})" if c.current else "-"
        state = f"open: {c.officer}" if c.open else "closed"
        print(f"{c.name_en:12} {serving:22} {state}", file=out)
    print(file=out)
    for place in view.line:
        print(f"{place.position:>4}. {place.number}  {place.service}", file=out)
    print(f"{len(view.line)} waiting", file=out)
    return 0
