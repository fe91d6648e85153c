"""`kiosk keys init|show|forget`: the office's Ed25519 key that signs booking slips (kiosk/office_key.py)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from kiosk import office_key

if TYPE_CHECKING:
    from kiosk.cli import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    keys = sub.add_parser("keys", help="the office key that signs booking slips").add_subparsers(
        dest="action", required=True
    )
    init = keys.add_parser("init", parents=[common], help="make the key pair if there is none")
    init.add_argument(
        "--rotate", action="store_true", help="retire the current key (still trusted) and make a new one"
    )
    init.add_argument("--json", action="store_true")
    init.set_defaults(func=init_key)
    show = keys.add_parser("show", parents=[common], help="the public key and its fingerprint")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=show_key)
    forget = keys.add_parser("forget", parents=[common], help="stop trusting a retired key")
    forget.add_argument("fingerprint", metavar="FINGERPRINT", help="as `kiosk keys show` lists it")
    forget.add_argument("--json", action="store_true")
    forget.set_defaults(func=forget_key)


def _describe(ctx: Context, key: office_key.OfficeKey, created: bool | None) -> int:
    folder = office_key.key_dir(ctx.config.kiosk.data_dir)
    trusted = office_key.trusted_keys(ctx.config.kiosk.data_dir)
    with ctx.db.read() as session:
        published = office_key.published_keys(session)
    facts: dict[str, object] = {
        "public_key": key.public_b64,
        "fingerprint": office_key.fingerprint(key.public),
        "private_key_file": str(folder / office_key.PRIVATE),
        "retired_keys": len(trusted) - 1,
        "trusted_fingerprints": sorted({office_key.fingerprint(k) for k in (*trusted, *published)}),
    }
    if created is not None:
        facts["created"] = created
    if ctx.args.json:
        ctx.emit(facts)
    else:
        for name, value in facts.items():
            print(f"{name}: {value}", file=ctx.out)
    return 0


def init_key(ctx: Context) -> int:
    key, created = office_key.create(ctx.config.kiosk.data_dir, rotate=ctx.args.rotate)
    return _describe(ctx, key, created)


def show_key(ctx: Context) -> int:
    try:
        key = office_key.load(ctx.config.kiosk.data_dir)
    except FileNotFoundError:
        print("kiosk: no office key yet; make it with `kiosk keys init`", file=ctx.out)
        return 1
    return _describe(ctx, key, None)


def forget_key(ctx: Context) -> int:
    try:
        with ctx.db.write() as session:
            removed = office_key.forget(session, ctx.config.kiosk.data_dir, ctx.args.fingerprint)
    except ValueError as exc:
        print(f"kiosk: {exc}", file=ctx.out)
        return 1
    if ctx.args.json:
        ctx.emit({"fingerprint": ctx.args.fingerprint, "forgotten": removed})
    else:
        print(f"{ctx.args.fingerprint}: {'no longer trusted' if removed else 'not found'}", file=ctx.out)
    return 0 if removed else 1
