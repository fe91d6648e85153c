"""`kiosk ktp read IMAGE…`: the fields of the e-KTP in each picture, for officers checking the camera reader.

The NIK is printed masked (************1234), as every NIK the kiosk prints: the command's output goes to
terminals, scripts and their logs, where a full NIK must never land. The last four digits, the name, birth
date and sex are enough to tell whether the reader got a card right.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kiosk.nik import mask

if TYPE_CHECKING:
    from kiosk.cli import Context

FIELDS = ("nik", "name", "birth_date", "sex", "confidence")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    ktp = sub.add_parser("ktp", parents=[common], help="read e-KTP cards in pictures")
    actions = ktp.add_subparsers(dest="ktp_command", required=True, metavar="ACTION")
    read = actions.add_parser("read", parents=[common], help="read the card in each picture (NIK masked)")
    read.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    read.add_argument("--json", action="store_true", help='print [{"file", "nik", "name", "birth_date", …}]')
    read.set_defaults(func=read_cards)


def read_cards(ctx: Context) -> int:
    """One entry per picture; a picture that cannot be opened gets an "error" and makes the exit code 1."""
    results = [_read(ctx, image) for image in ctx.args.images]
    if ctx.args.json:
        ctx.emit(results)
    else:
        for result in results:
            if "error" in result:
                print(f"{result['file']}: ({result['error']})", file=ctx.out)
            else:
                fields = "  ".join(
                    f"{key}={result[key] if result[key] is not None else '-'}" for key in FIELDS
                )
                print(f"{result['file']}: {fields}", file=ctx.out)
    return 1 if any("error" in result for result in results) else 0


def _read(ctx: Context, image: Path) -> dict[str, Any]:
    try:
        fields = ctx.read_card(image)
    except ValueError as exc:
        return {"file": str(image)} | dict.fromkeys(FIELDS) | {"error": str(exc)}
    return {"file": str(image)} | fields.as_json(nik=mask(fields.nik) if fields.nik else None)
