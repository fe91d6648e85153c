"""`kiosk sessions list`: the bookable sessions with their capacity, booked and free places."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from kiosk.sessions import session_label

if TYPE_CHECKING:
    from kiosk.cli import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sessions = sub.add_parser("sessions", help="bookable sessions").add_subparsers(
        dest="action", required=True
    )
    listing = sessions.add_parser(
        "list", parents=[common], help="sessions from today on (booking.days_ahead), with free places"
    )
    listing.add_argument("--date", type=date.fromisoformat, metavar="YYYY-MM-DD", help="one day only")
    listing.add_argument("--service", metavar="CODE", help="one service only")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=list_sessions)


def list_sessions(ctx: Context) -> int:
    a = ctx.args
    if a.service is not None:
        ctx.slips.bookings.service(a.service)  # unknown_service, service_not_bookable
    slots = ctx.slips.bookings.slots(day=a.date, service_code=a.service)
    if a.json:
        ctx.emit([slot.as_json() for slot in slots])
        return 0
    for slot in slots:
        state = "over" if slot.over else "full" if not slot.free else f"{slot.free} free"
        print(
            f"{slot.day} {session_label(slot.start, slot.end)} {slot.service_code:14} "
            f"{slot.booked:>4}/{slot.capacity:<4} {state}",
            file=ctx.out,
        )
    print(f"{len(slots)} sessions", file=ctx.out)
    return 0
