"""`kiosk self-test`: an installed kiosk (the bundle too) checks itself and prints one line per check.

    OK config: ...          FAIL decoder zbar: zbar: Unable to find zbar shared library

The checks: the configuration loads; the database opens and is migrated to the latest schema; a test
ticket is rendered and printed to a preview folder and the configured printer's adapter loads; a QR code
generated here is read by every decoder; every voice clip loads and a call can be composed (no sound is
played); the Indonesian translation loads; the touchscreen opens on Home and closes again. The exit code
is 0 only if every check passed.

A live queue is never disturbed: without --config (or $KIOSK_CONFIG) everything happens in a temporary
data folder. With a configuration the configured database is opened and migrated, exactly as `kiosk run`
does at start, but no ticket is issued, and printing still goes to a temporary preview folder, never to
paper. Without a display (no $DISPLAY or $WAYLAND_DISPLAY on Linux) the screen opens offscreen.

Qt is imported only by the last two checks (translations, screen), after the platform is chosen, so
registering the command costs the rest of the CLI nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from kiosk.config import Config, load_config

if TYPE_CHECKING:
    from kiosk.cli import Context
    from kiosk.db import Database
    from printing.printers import PreviewPrinter

QR_PAYLOAD = "KIOSK-SELF-TEST 0123456789"


class CheckFailed(Exception):
    """A check did not pass; the message says why."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    test = sub.add_parser(
        "self-test", parents=[common], help="check this installation: database, printing, QR decoders, screen"
    )
    test.set_defaults(func=self_test)


def self_test(ctx: Context) -> int:
    """Run every check, print OK/FAIL per check; 0 if all passed, 1 otherwise."""
    with tempfile.TemporaryDirectory(prefix="kiosk-self-test-") as tmp:
        passed = SelfTest(ctx, Path(tmp)).run()
    return 0 if passed else 1


class SelfTest:
    """The checks in order; a check that needs an earlier one's result is failed as 'not run' without it."""

    def __init__(self, ctx: Context, folder: Path) -> None:
        self.ctx = ctx
        self.folder = folder
        self.config: Config | None = None
        self.db: Database | None = None
        self.preview: PreviewPrinter | None = None
        self.all_passed = True

    def run(self) -> bool:
        try:
            self.check("config", self.check_config)
            self.check("database", self.check_database, needs=self.config)
            self.check("printer", self.check_printer, needs=self.config)
            self.check_decoders()
            self.check("voice", self.check_voice, needs=self.config)
            self.choose_platform()
            self.check("translations", self.check_translations)
            self.check("screen", self.check_screen, needs=self.db and self.preview)
        finally:
            if self.db is not None:
                self.db.dispose()
        return self.all_passed

    def check(self, name: str, run: Callable[[], str], needs: object = True) -> None:
        """Run one check and print its line; any exception fails it with the exception as the reason."""
        if not needs:
            self.report(name, False, "not run: an earlier check it needs failed")
            return
        try:
            detail = run()
        except Exception as exc:  # a self-test reports every failure instead of stopping at the first
            reason = str(exc) if isinstance(exc, CheckFailed) else f"{type(exc).__name__}: {exc}"
            self.report(name, False, reason)
        else:
            self.report(name, True, detail)

    def report(self, name: str, ok: bool, detail: str) -> None:
        self.all_passed = self.all_passed and ok
        print(f"{'OK' if ok else 'FAIL'} {name}: {' '.join(detail.split())}", file=self.ctx.out, flush=True)

    def check_config(self) -> str:
        if self.ctx.args.config or os.environ.get("KIOSK_CONFIG"):
            self.config = self.ctx.config
            return f"{self.config.source}, data in {self.config.kiosk.data_dir}"
        path = self.folder / "kiosk.toml"
        path.write_text(f'[kiosk]\ndata_dir = "{(self.folder / "data").as_posix()}"\n', "utf-8")
        self.config = load_config(path)
        return f"embedded defaults, in a temporary data folder {self.config.kiosk.data_dir}"

    def check_database(self) -> str:
        from sqlalchemy.engine import make_url

        from kiosk.db import Database
        from kiosk.migrations import LATEST, schema_version

        assert self.config is not None
        db = Database.open(self.config.database.url, self.config.office.timezone)  # migrates
        self.db = db
        with db.engine.connect() as connection:
            version = schema_version(connection)
        if version != LATEST:
            raise CheckFailed(f"schema version {version} after migrating, expected {LATEST}")
        where = make_url(self.config.database.url).render_as_string(hide_password=True)
        return f"{where} opened, schema version {version} of {LATEST}"

    def check_printer(self) -> str:
        from kiosk.sample_ticket import sample_layout
        from printing.printers import PreviewPrinter, make_printer

        assert self.config is not None
        settings = self.config.printer
        make_printer(settings)  # the configured type's adapter and profile load; nothing is sent to it
        preview = PreviewPrinter(self.folder / "preview", settings.profile, settings.native_qr)
        preview.print_ticket(sample_layout(self.config, datetime.now(UTC)), "self-test")
        written = [preview.folder / f"self-test.{kind}" for kind in ("bin", "png")]
        empty = [path.name for path in written if not path.is_file() or path.stat().st_size == 0]
        if empty:
            raise CheckFailed(f"the preview printer wrote nothing to {', '.join(empty)}")
        self.preview = preview
        sizes = ", ".join(f"{path.suffix[1:]} {path.stat().st_size} bytes" for path in written)
        return f"test ticket in the preview folder ({sizes}); the {settings.type} printer's adapter loads"

    def check_decoders(self) -> None:
        from scanner.backends import BACKENDS

        try:
            image = qr_image(QR_PAYLOAD)
        except Exception as exc:
            self.report("decoders", False, f"cannot make the test QR image: {type(exc).__name__}: {exc}")
            return
        for name in BACKENDS:
            self.check(f"decoder {name}", lambda name=name: decode_check(name, image))

    def choose_platform(self) -> None:
        """Offscreen when Linux has no display, so the check runs over SSH and in CI."""
        no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and no_display:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    def check_voice(self) -> str:
        from kiosk.spoken import all_clips
        from voice.audio import RATE
        from voice.clips import ClipSet

        assert self.config is not None
        clips = ClipSet(self.config.voice.clips_dir)
        for name in all_clips():
            clips.clip(name)  # MissingClip or BadAudio name the file
        seconds = len(clips.call("A012", 3, self.config.voice.repeat)) / RATE
        return f"{len(all_clips())} clips in {clips.folder}; a call lasts {seconds:.1f} s"

    def check_translations(self) -> str:
        from PySide6.QtCore import QTranslator

        from ui.translation import QM_DIR

        translator = QTranslator()
        if not translator.load("kiosk_id", str(QM_DIR)) or translator.isEmpty():
            raise CheckFailed(f"no kiosk_id.qm in {QM_DIR}: the screens would show English only")
        return f"Indonesian loaded from {Path(translator.filePath()).name}"

    def check_screen(self) -> str:
        from PySide6.QtWidgets import QApplication

        from kiosk.desk import Desk
        from kiosk.tickets import TicketService
        from ui.app import WINDOWED_SIZE, build_window

        assert self.config is not None and self.db is not None and self.preview is not None
        app = QApplication.instance() or QApplication([sys.argv[0]])
        window = build_window(
            self.config, Desk(self.config, TicketService(self.config, self.db), self.preview)
        )
        try:
            window.resize(*WINDOWED_SIZE)
            window.show()
            app.processEvents()
            shown = window.current()
            if not window.isVisible() or window.flow is None or shown is not window.flow.home:
                raise CheckFailed(f"the window shows {shown.objectName() or 'nothing'} instead of Home")
        finally:
            window.allow_exit()  # visitors cannot close the kiosk; the self-test may
            window.close()
            window.deleteLater()
            app.processEvents()
        return f"Home shown and closed again (Qt platform {QApplication.platformName()})"


def qr_image(text: str) -> np.ndarray:
    """A clean QR code of `text` as an 8-bit greyscale array, made with the qrcode package."""
    import qrcode

    picture = qrcode.make(text, box_size=6, border=4).get_image().convert("L")
    return np.asarray(picture, dtype=np.uint8)


def decode_check(name: str, image: np.ndarray) -> str:
    """`name`'s backend must read exactly the test payload from `image`."""
    from scanner.backends import create_backend

    texts = create_backend(name).decode(image)
    if texts != [QR_PAYLOAD]:
        raise CheckFailed(f"read {texts!r} instead of {QR_PAYLOAD!r}")
    return "read the test QR code"
