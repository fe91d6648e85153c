"""`kiosk keys init|show`: the office's Ed25519 key that signs booking slips (kiosk/office_key.py)."""

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


def _describe(ctx: Context, key: office_key.OfficeKey, created: bool | None) -> int:
    folder = office_key.key_dir(ctx.config.kiosk.data_dir)
    trusted = office_key.trusted_keys(ctx.config.kiosk.data_dir)
    facts = {
        "public_key": key.public_b64,
        "fingerprint": office_key.fingerprint(key.public),
        "private_key_file": str(folder / office_key.PRIVATE),
        "retired_keys": len(trusted) - 1,
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
