"""`kiosk bookings import FILE`: the day's bookings from the central booking system, all or nothing;
`kiosk bookings create|cancel|move|list`: sessions booked at the kiosk (kiosk/session_booking.py)."""

from __future__ import annotations

import argparse
import re
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.bookings import import_bookings

if TYPE_CHECKING:
    from kiosk.cli import Context
    from kiosk.session_booking import BookedSession


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    bookings = sub.add_parser("bookings", help="bookings from the booking system").add_subparsers(
        dest="action", required=True
    )
    load = bookings.add_parser("import", parents=[common], help="import a CSV or JSON list of bookings")
    load.add_argument("file", type=Path, metavar="FILE")
    load.add_argument("--json", action="store_true", help="print the counts as JSON")
    load.set_defaults(func=import_file)

    create = bookings.add_parser("create", parents=[common], help="book a session and print its slip")
    create.add_argument("--service", required=True, metavar="CODE")
    create.add_argument("--nik", required=True)
    create.add_argument("--name", required=True, help="the name as on the KTP")
    create.add_argument("--date", required=True, type=_day, metavar="YYYY-MM-DD|today")
    create.add_argument("--session", required=True, type=_clock, metavar="HH:MM", help="the session's start")
    create.add_argument("--phone")
    create.add_argument("--json", action="store_true")
    create.set_defaults(func=create_booking)

    cancel = bookings.add_parser("cancel", parents=[common], help="cancel a booking (audited)")
    cancel.add_argument("code", metavar="CODE")
    cancel.add_argument("--reason", required=True, metavar="TEXT")
    cancel.add_argument("--json", action="store_true")
    cancel.set_defaults(func=cancel_booking)

    move = bookings.add_parser("move", parents=[common], help="move a booking to another session (audited)")
    move.add_argument("code", metavar="CODE")
    move.add_argument("--date", required=True, type=_day, metavar="YYYY-MM-DD|today")
    move.add_argument("--session", required=True, type=_clock, metavar="HH:MM")
    move.add_argument("--reason", required=True, metavar="TEXT")
    move.add_argument("--json", action="store_true")
    move.set_defaults(func=move_booking)

    listing = bookings.add_parser("list", parents=[common], help="bookings of a day, or from today on")
    listing.add_argument("--date", type=_day, metavar="YYYY-MM-DD|today")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=list_bookings)


def _day(text: str) -> date | str:
    """A date YYYY-MM-DD, or 'today' (the office's day, known once the configuration is read)."""
    return text if text == "today" else date.fromisoformat(text)


def _clock(text: str) -> time:
    if not re.fullmatch(r"\d{2}:\d{2}", text):
        raise ValueError(text)
    return time.fromisoformat(text)


def _resolve(ctx: Context, day: date | str | None) -> date | None:
    return ctx.slips.bookings.today() if day == "today" else day  # type: ignore[return-value]


def _show(ctx: Context, booking: BookedSession) -> None:
    if ctx.args.json:
        ctx.emit(booking.as_json())
        return
    print(
        f"{booking.code}  {booking.service_code}  {booking.day} {booking.session}  {booking.status}  "
        f"slip: {booking.slip_status}",
        file=ctx.out,
    )


def create_booking(ctx: Context) -> int:
    a = ctx.args
    day = _resolve(ctx, a.date)
    assert day is not None
    _show(ctx, ctx.slips.book(a.service, a.nik, a.name, day, a.session, a.phone, language=ctx.language))
    return 0


def cancel_booking(ctx: Context) -> int:
    _show(ctx, ctx.slips.bookings.cancel(ctx.args.code, ctx.args.reason))
    return 0


def move_booking(ctx: Context) -> int:
    a = ctx.args
    day = _resolve(ctx, a.date)
    assert day is not None
    _show(ctx, ctx.slips.move(a.code, day, a.session, a.reason))
    return 0


def list_bookings(ctx: Context) -> int:
    bookings = ctx.slips.bookings.list(_resolve(ctx, ctx.args.date))
    if ctx.args.json:
        ctx.emit([b.as_json() for b in bookings])
        return 0
    for b in bookings:
        print(
            f"{b.day} {b.session} {b.code:12} {b.service_code:14} {b.source:6} {b.status:9} "
            f"NIK ****{b.nik_last4}",
            file=ctx.out,
        )
    print(f"{len(bookings)} bookings", file=ctx.out)
    return 0


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
