"""The printers named by `printer.type`: ESC/POS over a link (network, usb, serial, cups, win32raw, file),
or the preview folder.

Before each ticket the printer is asked how it is (where the link can carry an answer), so paper out
or offline is known before anything is sent; after the ticket it is asked again, so a connection that
hung or dropped mid-ticket is a failure, not a ticket taken for printed.
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from kiosk.config import ConfigError, PrinterConfig
from kiosk.layout import DOTS, TicketLayout
from kiosk.ports import PrinterError, TicketPrinter
from kiosk.printer_status import PrinterStatus
from printing.escpos_render import cache_capabilities_in, escpos_bytes, load_profile, profile_dots
from printing.escpos_status import query_status
from printing.links import FileLink, Link, SerialLink, TcpLink
from printing.spooler_links import CupsLink, Win32Link
from printing.ticket_image import ticket_image
from printing.usb_link import UsbLink


def _reason(exc: OSError) -> str:
    return exc.strerror or str(exc) or type(exc).__name__


class EscposPrinter:
    """A thermal printer taking ESC/POS over `link`; one link session per ticket or status query."""

    def __init__(self, link: Link, profile: str, native_qr: bool, status_query: bool = True) -> None:
        load_profile(profile)
        self.link = link
        self.profile = profile
        self.native_qr = native_qr
        self.status_query = status_query
        self._lock = threading.Lock()  # the Home screen's status poll and a print never share the link

    @property
    def asks(self) -> bool:
        """Whether the printer is asked DLE EOT status over the link."""
        return self.status_query and self.link.two_way

    @contextmanager
    def _session(self) -> Iterator[Link]:
        with self._lock:
            self.link.start()  # one deadline for the whole session: connect, ask, send, ask again
            try:
                self.link.open()
            except OSError as exc:
                reason = f"{self.link.target}: cannot connect: {_reason(exc)}"
                raise PrinterError(reason, PrinterStatus(False, "unknown", reason)) from exc
            try:
                yield self.link
            finally:
                self.link.close()

    def _ask(self, link: Link) -> PrinterStatus:
        return query_status(link) if self.asks else link.passive_status()

    def status(self) -> PrinterStatus:
        """Online or offline, paper ok, low or out, or unknown; never raises for a printer fault."""
        try:
            with self._session() as link:
                return self._ask(link)
        except PrinterError as exc:
            assert exc.status is not None
            return exc.status
        except OSError as exc:
            return PrinterStatus.unknown(f"{self.link.target}: {_reason(exc)}")

    def print_ticket(self, layout: TicketLayout, name: str) -> None:
        """Send the ticket if the printer says it can print; raise PrinterError if it may not be on paper."""
        data = escpos_bytes(layout, self.profile, self.native_qr)
        with self._session() as link:
            try:
                if self.status_query:
                    before = self._ask(link)
                    if not before.can_print:
                        raise PrinterError(f"not sent: {before.detail}", before)
                link.write(data)
                if self.asks:
                    link.drain()
                    after = query_status(link)
                    if not after.can_print:
                        raise PrinterError(f"sent, but the printer did not confirm it: {after.detail}", after)
            except OSError as exc:
                raise PrinterError(
                    f"{link.target}: {_reason(exc)}", PrinterStatus.unknown(_reason(exc))
                ) from exc


@dataclass
class PreviewPrinter:
    """No paper: writes each ticket's ESC/POS bytes and a PNG of it into a folder."""

    folder: Path
    profile: str
    native_qr: bool

    def print_ticket(self, layout: TicketLayout, name: str) -> None:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / f"{name}.bin").write_bytes(escpos_bytes(layout, self.profile, self.native_qr))
            ticket_image(layout).save(self.folder / f"{name}.png")
        except OSError as exc:
            raise PrinterError(f"preview folder {self.folder}: {exc.strerror or exc}") from exc

    def status(self) -> PrinterStatus:
        return PrinterStatus(True, "ok", f"preview folder {self.folder}: no paper to run out of")


def _needs(module: str, package: str, kind: str) -> None:
    if importlib.util.find_spec(module) is None:
        raise ConfigError("printer.type", f"{kind!r} needs the {package} package (pip install {package})")


def make_link(config: PrinterConfig) -> Link:
    """The link that `config.type` names; ConfigError when this machine cannot have it."""
    timeout = config.timeout_seconds
    match config.type:
        case "network":
            assert config.host is not None
            return TcpLink(config.host, config.port, timeout)
        case "file":
            assert config.path is not None
            return FileLink(config.path, timeout)
        case "usb":
            _needs("usb", "pyusb", "usb")
            assert config.usb_vendor_id is not None and config.usb_product_id is not None
            return UsbLink(
                config.usb_vendor_id, config.usb_product_id, config.usb_in_ep, config.usb_out_ep, timeout
            )
        case "serial":
            _needs("serial", "pyserial", "serial")
            assert config.serial_device is not None
            return SerialLink(config.serial_device, config.baudrate, config.serial_flow_control, timeout)
        case "cups":
            assert config.cups_queue is not None
            return CupsLink(config.cups_queue, timeout)
        case "win32raw":
            if sys.platform != "win32":
                raise ConfigError(
                    "printer.type", "'win32raw' works only on Windows; use usb, serial or cups here"
                )
            _needs("win32print", "pywin32", "win32raw")
            assert config.win32_printer is not None
            return Win32Link(config.win32_printer)
    raise ConfigError("printer.type", f"no link for {config.type!r}")


def make_printer(config: PrinterConfig, data_dir: Path | None = None) -> TicketPrinter:
    """The printer adapter that `config.type` names, checked against its python-escpos profile.
    `data_dir` (the configured kiosk.data_dir) keeps python-escpos' parsed profiles between starts."""
    if data_dir is not None:
        cache_capabilities_in(data_dir / "cache")
    load_profile(config.profile)
    dots = profile_dots(config.profile)
    if dots is not None and dots < DOTS[config.width_mm]:
        raise ConfigError(
            "printer.width_mm",
            f"{config.width_mm} mm paper needs {DOTS[config.width_mm]} dots a "
            f"line, but profile {config.profile!r} prints {dots}; choose a wider profile",
        )
    if config.type == "preview":
        assert config.path is not None
        return PreviewPrinter(config.path, config.profile, config.native_qr)
    return EscposPrinter(make_link(config), config.profile, config.native_qr, config.status_query)
