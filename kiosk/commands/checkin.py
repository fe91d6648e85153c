"""`kiosk checkin` (a booking from a QR picture or its text) and `kiosk scan` (the QR texts in pictures)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.checkin import booking_text
from kiosk.commands.tickets import show_ticket
from kiosk.config import ConfigError

if TYPE_CHECKING:
    from kiosk.cli import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    checkin = sub.add_parser("checkin", parents=[common], help="check in a booking and print its ticket")
    source = checkin.add_mutually_exclusive_group(required=True)
    source.add_argument("--qr-image", type=Path, metavar="FILE", help="a picture of the booking QR")
    source.add_argument("--code", metavar="TEXT", help="the QR's text: a booking code or a BKG1 token")
    checkin.add_argument("--json", action="store_true", help="print the ticket as JSON")
    checkin.set_defaults(func=check_in)

    scan = sub.add_parser("scan", parents=[common], help="decode the QR codes in pictures")
    scan.add_argument("images", nargs="+", type=Path, metavar="IMAGE")
    scan.add_argument("--json", action="store_true", help='print [{"file": …, "texts": […]}, …]')
    scan.set_defaults(func=scan_images)


def check_in(ctx: Context) -> int:
    a = ctx.args
    if a.qr_image is None:
        text = a.code
    else:
        try:
            text = booking_text(ctx.decode_image(a.qr_image))
        except ValueError as exc:
            raise ConfigError("--qr-image", str(exc)) from None
    show_ticket(ctx, ctx.desk.print(ctx.checkin.check_in(text, language=ctx.language)))
    return 0


def scan_images(ctx: Context) -> int:
    """Per picture, the texts read; a picture that cannot be opened gets an "error", and exit code 1."""
    results = [_scan(ctx, image) for image in ctx.args.images]
    if ctx.args.json:
        ctx.emit(
            [
                {"file": str(image), "texts": texts} | ({"error": error} if error else {})
                for image, texts, error in results
            ]
        )
    else:
        for image, texts, error in results:
            for text in texts or [f"({error or 'no QR code found'})"]:
                print(f"{image}: {text}", file=ctx.out)
    return 1 if any(error for _, _, error in results) else 0


def _scan(ctx: Context, image: Path) -> tuple[Path, list[str], str | None]:
    try:
        return image, ctx.decode_image(image), None
    except ValueError as exc:
        return image, [], str(exc)
