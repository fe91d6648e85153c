"""The `kiosk` command line, for officers' scripts and tests. It wires the printer and QR adapters in.

Commands live in small modules under kiosk/commands; `ui/launcher.py` adds the ones that need Qt
(`kiosk run`) and calls `main` here.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from sqlalchemy.exc import OperationalError

from kiosk.checkin import CheckIn
from kiosk.config import Config, ConfigError, load_config
from kiosk.db import Database, DatabaseUnavailable
from kiosk.desk import Desk
from kiosk.errors import KioskError
from kiosk.logs import RedactNik
from kiosk.ports import CardFileReader, QrImageDecoder, TicketPrinter
from kiosk.tickets import TicketService
from printing.printers import make_printer
from scanner.combined import decode_file
from scanner.ktp_ocr import read_card_file

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]", argparse.ArgumentParser], None]


@dataclass
class Context:
    """What a command needs, made on first use: the configuration, the database, the desk."""

    args: argparse.Namespace
    out: Any = field(default_factory=lambda: sys.stdout)
    decode_image: QrImageDecoder = decode_file  # the scanner adapter, for --qr-image and `kiosk scan`
    read_card: CardFileReader = read_card_file  # the e-KTP reader (scanner adapter), for `kiosk ktp read`

    @cached_property
    def config(self) -> Config:
        return load_config(self.args.config)

    @property
    def language(self) -> str:
        return self.args.lang or self.config.kiosk.language

    @cached_property
    def db(self) -> Database:
        return Database.open(self.config.database.url)

    @cached_property
    def tickets(self) -> TicketService:
        return TicketService(self.config, self.db)

    @cached_property
    def desk(self) -> Desk:
        return Desk(self.config, self.tickets, self.printer)

    @cached_property
    def printer(self) -> TicketPrinter:
        return make_printer(self.config.printer)

    @cached_property
    def checkin(self) -> CheckIn:
        return CheckIn(self.config, self.tickets)

    def emit(self, data: Any) -> None:
        """Print one JSON document."""
        print(json.dumps(data, ensure_ascii=False, indent=2), file=self.out)

    def refuse(self, error: KioskError) -> int:
        """Report a refusal: the JSON error object with --json, else the message; exit code 1."""
        if getattr(self.args, "json", False):
            self.emit(error.as_json(self.language))
        else:
            print(f"{error.code}: {error.message(self.language)}", file=sys.stderr)
        return 1


def _common(default: Any = None) -> argparse.ArgumentParser:
    """--config and --lang; the commands' copy has default SUPPRESS, so `kiosk --config F COMMAND` keeps F."""
    common = argparse.ArgumentParser(add_help=False, argument_default=default)
    common.add_argument("--config", metavar="F", help="TOML configuration file (default: embedded defaults)")
    common.add_argument("--lang", choices=("id", "en"), help="language of messages (default: kiosk.language)")
    return common


def build_parser(extra: Sequence[Register] = ()) -> argparse.ArgumentParser:
    from kiosk.commands import COMMANDS

    common = _common(argparse.SUPPRESS)
    parser = argparse.ArgumentParser(
        prog="kiosk", description="Immigration-office queue kiosk.", parents=[_common()]
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for register in (*COMMANDS, *extra):
        register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None, extra: Sequence[Register] = ()) -> int:
    """Run one command; exit 2 on a configuration error, 1 on a refusal, 3 if the database is down."""
    logging.basicConfig(level=logging.WARNING, force=True)
    logging.getLogger().handlers[0].setFormatter(RedactNik("%(levelname)s %(name)s: %(message)s"))
    args = build_parser(extra).parse_args(argv)
    ctx = Context(args)
    try:
        return int(args.func(ctx) or 0)
    except ConfigError as exc:
        print(f"kiosk: configuration error: {exc}", file=sys.stderr)
        return 2
    except DatabaseUnavailable as exc:
        ctx.refuse(exc)
        return 3
    except KioskError as exc:
        return ctx.refuse(exc)
    except OperationalError as exc:
        print(f"kiosk: the database cannot be reached: {exc.orig}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
