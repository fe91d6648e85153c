"""`kiosk ticket issue` and `kiosk tickets list`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from typing import TYPE_CHECKING

from kiosk.assisted import AssistedDesk
from kiosk.commands.officer import login
from kiosk.config import PRIORITY_SERVICE
from kiosk.officers import Officers
from kiosk.reports import CATEGORIES

if TYPE_CHECKING:
    from kiosk.cli import Context
    from kiosk.tickets import IssuedTicket


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    ticket = sub.add_parser("ticket", help="issue a ticket").add_subparsers(dest="action", required=True)
    issue = ticket.add_parser("issue", parents=[common], help="issue and print a walk-in ticket")
    issue.add_argument("--service", required=True, metavar="CODE")
    issue.add_argument("--nik", required=True)
    issue.add_argument("--name", required=True)
    issue.add_argument("--phone")
    issue.add_argument("--json", action="store_true", help="print the ticket as JSON")
    assisted = issue.add_argument_group("officer-assisted priority lane (--service priority)")
    assisted.add_argument("--category", choices=CATEGORIES, help="the visitor's priority category")
    assisted.add_argument("--officer", metavar="NAME", help="the officer registering the visitor")
    assisted.add_argument("--pin-stdin", action="store_true", help="read the officer's PIN from stdin")
    assisted.add_argument("--override-reason", metavar="TEXT", help="one of [officer] override_reasons")
    issue.set_defaults(func=issue_ticket)

    tickets = sub.add_parser("tickets", help="list tickets").add_subparsers(dest="action", required=True)
    listing = tickets.add_parser("list", parents=[common], help="list one day's tickets")
    listing.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="default: today")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=list_tickets)


def issue_ticket(ctx: Context) -> int:
    a = ctx.args
    if a.officer is None and a.category is None:
        show_ticket(ctx, ctx.desk.issue(a.service, a.nik, a.name, a.phone, language=ctx.language))
        return 0
    if a.officer is None or a.category is None or a.service != PRIORITY_SERVICE:
        print(
            f"kiosk: the priority lane needs --service {PRIORITY_SERVICE}, --category and --officer",
            file=sys.stderr,
        )
        return 2
    officers = Officers(ctx.config, ctx.db)
    session = login(ctx, a.officer, a.pin_stdin)
    desk = AssistedDesk(ctx.desk, officers, ctx.checkin)
    try:
        ticket = desk.register(
            session,
            a.nik,
            a.name,
            a.category,
            phone=a.phone,
            override_reason=a.override_reason,
            language=ctx.language,
        )
    finally:
        officers.logout(session)
    show_ticket(ctx, ticket)
    return 0


def show_ticket(ctx: Context, ticket: IssuedTicket) -> None:
    """One issued ticket: its JSON with --json, else one line."""
    if ctx.args.json:
        ctx.emit(ticket.as_json())
        return
    booking = f"booking: {ticket.booking_code}  " if ticket.booking_code else ""
    print(
        f"{ticket.label}  {ticket.service_code}  {booking}ahead: {ticket.people_ahead}  "
        f"print: {ticket.print_status}  id: {ticket.ticket_id}",
        file=ctx.out,
    )


def list_tickets(ctx: Context) -> int:
    tickets = ctx.tickets.list_day(ctx.args.date)
    if ctx.args.json:
        ctx.emit([t.as_json() for t in tickets])
        return 0
    for t in tickets:
        print(
            f"{t.label:6} {t.service_code:14} {t.issued_at.astimezone(ctx.config.office.timezone):%H:%M} "
            f"{t.source:9} {t.status:10} {t.print_status:8} NIK ****{t.nik_last4 or '----'}"
            + (f"  ahead {t.people_ahead}" if t.status == "waiting" else ""),
            file=ctx.out,
        )
    print(f"{len(tickets)} tickets", file=ctx.out)
    return 0
