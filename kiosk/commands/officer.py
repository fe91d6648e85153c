"""`kiosk officer add|remove|list`: who may use the kiosk's officer mode."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING

from kiosk.errors import KioskError
from kiosk.officers import Officers, OfficerSession, validate_pin

if TYPE_CHECKING:
    from kiosk.cli import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    officer = sub.add_parser("officer", help="manage officers").add_subparsers(dest="action", required=True)
    add = officer.add_parser("add", parents=[common], help="register an officer and their PIN")
    add.add_argument("name", help='the officer\'s name, e.g. "Budi Santoso"')
    add.add_argument("--pin-stdin", action="store_true", help="read the PIN from the first line of stdin")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=add_officer)
    remove = officer.add_parser("remove", parents=[common], help="remove an officer")
    remove.add_argument("name")
    remove.add_argument("--json", action="store_true")
    remove.set_defaults(func=remove_officer)
    listing = officer.add_parser("list", parents=[common], help="list the officers")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(func=list_officers)


def _read_pin(from_stdin: bool) -> str:
    """The new PIN: one line of stdin, or typed twice without echo."""
    if from_stdin:
        return validate_pin(sys.stdin.readline().strip())
    pin = validate_pin(getpass.getpass("PIN (6-12 digits): "))
    if getpass.getpass("PIN again: ") != pin:
        raise KioskError("pin_mismatch")
    return pin


def login(ctx: Context, name: str, from_stdin: bool) -> OfficerSession:
    """Log `name` in with a PIN from the first line of stdin or typed without echo; a wrong PIN counts
    towards the lockout as at the touchscreen."""
    pin = sys.stdin.readline().strip() if from_stdin else getpass.getpass("PIN: ")
    return Officers(ctx.config, ctx.db).login(name, pin)


def add_officer(ctx: Context) -> int:
    name = Officers(ctx.config, ctx.db).add(ctx.args.name, _read_pin(ctx.args.pin_stdin))
    _done(ctx, {"added": name}, f"officer {name} added")
    return 0


def remove_officer(ctx: Context) -> int:
    name = Officers(ctx.config, ctx.db).remove(ctx.args.name)
    _done(ctx, {"removed": name}, f"officer {name} removed")
    return 0


def list_officers(ctx: Context) -> int:
    officers = Officers(ctx.config, ctx.db).registered()
    if ctx.args.json:
        ctx.emit([o.as_json() for o in officers])
        return 0
    zone = ctx.config.office.timezone
    for o in officers:
        locked = f"  locked until {o.locked_until.astimezone(zone):%H:%M}" if o.locked_until else ""
        print(f"{o.name:40} added {o.added_at.astimezone(zone):%Y-%m-%d}{locked}", file=ctx.out)
    print(f"{len(officers)} officers", file=ctx.out)
    return 0


def _done(ctx: Context, data: dict[str, str], text: str) -> None:
    if ctx.args.json:
        ctx.emit(data)
    else:
        print(text, file=ctx.out)
