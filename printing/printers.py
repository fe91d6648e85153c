"""The printers named by `printer.type`: preview, file and network (raw TCP, port 9100)."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from pathlib import Path

from kiosk.config import PrinterConfig
from kiosk.ports import PrinterError, TicketPrinter
from kiosk.ticket_layout import TicketLayout
from printing.escpos_render import escpos_bytes
from printing.ticket_image import ticket_image


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


@dataclass
class FilePrinter:
    """Appends the bytes to a file or device node (/dev/usb/lp0, a spool file)."""

    path: Path
    profile: str
    native_qr: bool

    def print_ticket(self, layout: TicketLayout, name: str) -> None:
        data = escpos_bytes(layout, self.profile, self.native_qr)
        try:
            with self.path.open("ab") as out:
                out.write(data)
        except OSError as exc:
            raise PrinterError(f"{self.path}: {exc.strerror or exc}") from exc


@dataclass
class NetworkPrinter:
    """A networked thermal printer taking raw ESC/POS on a TCP port, bounded by a timeout."""

    host: str
    port: int
    timeout: float
    profile: str
    native_qr: bool

    def print_ticket(self, layout: TicketLayout, name: str) -> None:
        data = escpos_bytes(layout, self.profile, self.native_qr)
        try:
            with socket.create_connection((self.host, self.port), timeout=self.timeout) as conn:
                conn.sendall(data)
                conn.shutdown(socket.SHUT_WR)
        except OSError as exc:
            raise PrinterError(f"{self.host}:{self.port}: {exc.strerror or exc}") from exc


def make_printer(config: PrinterConfig) -> TicketPrinter:
    """The printer adapter that `config.type` names."""
    if config.type == "network":
        assert config.host is not None
        return NetworkPrinter(config.host, config.port, config.timeout_seconds, config.profile, config.native_qr)
    assert config.path is not None
    if config.type == "file":
        return FilePrinter(config.path, config.profile, config.native_qr)
    return PreviewPrinter(config.path, config.profile, config.native_qr)
