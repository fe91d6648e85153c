"""Connections to a printer, one per ticket or status query, each bounded by the printer's timeout.

The timeout bounds the whole session, not each step: `start` sets one deadline, and connecting, the
status before, sending and the status after each get only what is `left` of it (printer.timeout_seconds
is what a visitor may wait at the confirm screen).

A link opens, writes the ticket's bytes and closes; a two-way link (network, serial, USB) can also
read the printer's answers to status queries. Every fault surfaces as OSError (TimeoutError when
the printer stopped taking data), which the printer adapter turns into PrinterError.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import time
from pathlib import Path

from kiosk.printer_status import PrinterStatus


class Link:
    """A one-way link: it can only send. Subclasses override what their connection can do."""

    target = ""
    two_way = False
    timeout = 5.0
    _deadline: float | None = None

    def start(self) -> None:
        """Start one session's clock: every step from here shares `timeout` seconds."""
        self._deadline = time.monotonic() + self.timeout

    def left(self) -> float:
        """The seconds the session has left; TimeoutError once they are spent."""
        if self._deadline is None:
            return self.timeout
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"{self.target}: the printer took longer than {self.timeout:g} s in all")
        return left

    def open(self) -> None:
        """Connect; raise OSError when the printer cannot be reached."""

    def write(self, data: bytes) -> None:
        raise NotImplementedError

    def read(self, size: int) -> bytes:
        """Up to `size` bytes from the printer; b'' when nothing came within the timeout."""
        return b""

    def drain(self) -> None:
        """Throw away what the printer sent unasked."""

    def close(self) -> None:
        """Disconnect; never raises."""

    def passive_status(self) -> PrinterStatus:
        """What an opened link tells without asking the printer (used when status queries are off)."""
        return PrinterStatus(True, "unknown", f"{self.target}: connected; the printer was not asked")


class TcpLink(Link):
    """Raw ESC/POS on a TCP port (9100), as network thermal printers take it; answers come back on it."""

    two_way = True

    def __init__(self, host: str, port: int, timeout: float) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self.target = f"{host}:{port}"
        self._sock: socket.socket | None = None

    def _conn(self) -> socket.socket:
        if self._sock is None:
            raise ConnectionError(f"{self.target}: not connected")
        return self._sock

    def open(self) -> None:
        self._sock = socket.create_connection((self.host, self.port), timeout=self.left())
        # Status queries are tiny writes right after the ticket: without this, Nagle's algorithm holds
        # each one back until the printer acknowledges (up to its 40 ms delayed ACK).
        self._sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def write(self, data: bytes) -> None:
        sock = self._conn()
        sock.settimeout(self.left())
        sock.sendall(data)

    def read(self, size: int) -> bytes:
        sock = self._conn()
        sock.settimeout(self.left())
        try:
            return sock.recv(size)
        except TimeoutError:
            return b""

    def drain(self) -> None:
        sock = self._conn()
        sock.setblocking(False)
        try:
            while sock.recv(4096):
                pass
        except BlockingIOError:
            pass
        finally:
            sock.setblocking(True)

    def close(self) -> None:
        sock, self._sock = self._sock, None
        if sock is None:
            return
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_WR)  # the printer sees the end of the job after the last byte
        sock.close()

    def passive_status(self) -> PrinterStatus:
        return PrinterStatus(
            True, "unknown", f"{self.target}: connection accepted; the printer was not asked"
        )


class SerialLink(Link):
    """An RS-232 (or USB-serial) printer through pyserial; time allowed grows with the bytes to send."""

    two_way = True

    def __init__(self, device: str, baudrate: int, flow_control: str, timeout: float) -> None:
        self.device, self.baudrate, self.flow_control, self.timeout = device, baudrate, flow_control, timeout
        self.target = f"{device} ({baudrate} baud)"
        self._port = None

    def _line_seconds(self, size: int) -> float:
        return size * 10 / self.baudrate  # 8 data bits, a start and a stop bit per byte

    def open(self) -> None:
        import serial

        self._port = serial.Serial(
            port=self.device,
            baudrate=self.baudrate,
            timeout=self.left(),
            write_timeout=self.left(),
            rtscts=self.flow_control == "rtscts",
            dsrdtr=self.flow_control == "dsrdtr",
            xonxoff=self.flow_control == "xonxoff",
            exclusive=True if os.name == "posix" else None,
        )
        self._port.reset_input_buffer()

    def write(self, data: bytes) -> None:
        assert self._port is not None
        on_line = self._line_seconds(len(data))  # the wire's own time is added to the deadline
        if self._deadline is not None:
            self._deadline += on_line
        self._port.write_timeout = self.left()
        self._port.write(data)

    def read(self, size: int) -> bytes:
        assert self._port is not None
        self._port.timeout = self.left()
        return bytes(self._port.read(size))

    def drain(self) -> None:
        assert self._port is not None
        self._port.reset_input_buffer()

    def close(self) -> None:
        port, self._port = self._port, None
        if port is not None:
            port.close()

    def passive_status(self) -> PrinterStatus:
        return PrinterStatus.unknown(f"{self.target}: port open; a serial port cannot tell more unasked")


class FileLink(Link):
    """Appends to a file or a device node (/dev/usb/lp0); a device that stops taking bytes times out."""

    def __init__(self, path: Path, timeout: float) -> None:
        self.path, self.timeout = path, timeout
        self.target = str(path)
        self._fd: int | None = None

    def open(self) -> None:
        flags = (
            os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        )
        self._fd = os.open(self.path, flags, 0o644)

    def write(self, data: bytes) -> None:
        assert self._fd is not None
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(self._fd, view) :]
            except BlockingIOError:
                select.select([], [self._fd], [], min(self.left(), 0.2))

    def close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            os.close(fd)

    def passive_status(self) -> PrinterStatus:
        return PrinterStatus(True, "unknown", f"{self.target}: can be written; a file cannot tell more")
