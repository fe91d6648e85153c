"""The `kiosk` command line, for officers' scripts and tests.

Commands live in small modules under kiosk/commands. The core imports no adapter: `ui/launcher.py`, the
composition root, hands the printer and QR adapters in (`Adapters`), adds the commands that need Qt
(`kiosk run`) and calls `main` here. Everything printed passes one NIK mask (`MaskedOutput`).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy.exc import OperationalError

from kiosk.checkin import CheckIn
from kiosk.config import Config, ConfigError, PrinterConfig, VoiceConfig, load_config
from kiosk.db import Database, DatabaseUnavailable
from kiosk.desk import Desk
from kiosk.digits import mask_nik_runs
from kiosk.errors import KioskError
from kiosk.logs import log_to_stderr
from kiosk.ports import CardFileReader, QrImageDecoder, Speaker, TicketPrinter
from kiosk.slips import SlipDesk, slip_desk
from kiosk.tickets import TicketService

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]", argparse.ArgumentParser], None]


@dataclass(frozen=True)
class Adapters:
    """The hardware adapters a command may use, handed in by the composition root (ui/launcher.py)."""

    make_printer: Callable[[PrinterConfig, Path | None], TicketPrinter]
    decode_image: QrImageDecoder  # for --qr-image and `kiosk scan`
    make_speaker: Callable[[VoiceConfig], Speaker]  # for `kiosk announce`
    read_card: CardFileReader  # the e-KTP reader, for `kiosk ktp read`


class MaskedOutput:
    """A text stream that masks NIK-shaped runs in everything written to it: the CLI's one print path."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write(mask_nik_runs(text))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.stream, name)


@dataclass
class Context:
    """What a command needs, made on first use: the configuration, the database, the desk."""

    args: argparse.Namespace
    adapters: Adapters | None = None
    out: Any = field(default_factory=lambda: sys.stdout)

    def decode_image(self, path: Any) -> list[str]:
        return self._adapters.decode_image(path)

    def read_card(self, path: Any) -> Any:
        return self._adapters.read_card(path)

    @property
    def _adapters(self) -> Adapters:
        if self.adapters is None:
            raise RuntimeError("no adapters wired in: run the CLI through ui.launcher.main")
        return self.adapters

    @cached_property
    def config(self) -> Config:
        return load_config(self.args.config)

    @property
    def language(self) -> str:
        return self.args.lang or self.config.kiosk.language

    @cached_property
    def db(self) -> Database:
        return Database.open(self.config.database.url, self.config.office.timezone)

    @cached_property
    def tickets(self) -> TicketService:
        return TicketService(self.config, self.db)

    @cached_property
    def desk(self) -> Desk:
        return Desk(self.config, self.tickets, self.printer)

    @cached_property
    def printer(self) -> TicketPrinter:
        return self._adapters.make_printer(self.config.printer, self.config.kiosk.data_dir)

    @cached_property
    def speaker(self) -> Speaker:
        return self._adapters.make_speaker(self.config.voice)

    @cached_property
    def checkin(self) -> CheckIn:
        return CheckIn(self.config, self.tickets)

    @cached_property
    def slips(self) -> SlipDesk:
        """Booking at the kiosk (the office key is made on first use, kiosk/slips.py)."""
        return slip_desk(self.config, self.desk)

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


def main(
    argv: Sequence[str] | None = None, extra: Sequence[Register] = (), adapters: Adapters | None = None
) -> int:
    """Run one command; exit 2 on a configuration error, 1 on a refusal, 3 if the database is down.
    All it prints, argparse's usage errors included, goes through the NIK mask."""
    log_to_stderr()
    with redirect_stdout(MaskedOutput(sys.stdout)), redirect_stderr(MaskedOutput(sys.stderr)):
        try:
            args = build_parser(extra).parse_args(argv)
        except SystemExit as exc:  # --help, or a usage error argparse has printed
            return int(exc.code or 0)
        return _run(Context(args, adapters))


def _run(ctx: Context) -> int:
    args = ctx.args
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
    except OSError as exc:  # a file or folder named on the command line: missing, a folder, too long a name
        return ctx.refuse(KioskError("file_unusable", path=exc.filename or "-", reason=exc.strerror or exc))


if __name__ == "__main__":
    sys.exit(main())
