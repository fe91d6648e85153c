"""Printers to test against, speaking the real protocol: a TCP printer on 127.0.0.1 (port 9100 style) and a
serial printer on a pseudo-terminal. Both answer DLE EOT status queries the way an Epson-compatible
thermal printer does, and can be made to fail the ways real ones do.

LoopbackPrinter keeps its first API: `.port`, `.jobs` (one entry per connection that carried a ticket,
the status queries before and after it left out), `.wait_for_jobs(n)`, `.close()`.
"""

from __future__ import annotations

import contextlib
import os
import select
import socket
import struct
import threading
import time
import tty

# The one-byte answers to DLE EOT 1 (printer), 2 (offline cause) and 4 (roll paper sensor).
ANSWERS: dict[str, dict[int, int]] = {
    "ok": {1: 0x12, 2: 0x12, 3: 0x12, 4: 0x12},
    "paper_low": {1: 0x12, 2: 0x12, 3: 0x12, 4: 0x1E},  # near-end sensor
    "paper_out": {1: 0x1A, 2: 0x32, 3: 0x12, 4: 0x7E},  # offline, stopped at paper end, roll end
    "offline": {1: 0x1A, 2: 0x16, 3: 0x12, 4: 0x12},  # offline because the cover is open
}
STATUSES = (*ANSWERS, "silent")  # silent: takes bytes, never answers (no status support, or wedged)
DLE_EOT = b"\x10\x04"


def strip_queries(data: bytes) -> bytes:
    """The ticket without the status queries sent before and after it."""
    while data[:2] == DLE_EOT and len(data) >= 3:
        data = data[3:]
    while data[-3:-1] == DLE_EOT:
        data = data[:-3]
    return data


class PrinterBrain:
    """What a printer does with its input: answers DLE EOT n at once, wherever it appears."""

    def __init__(self, status: str = "ok") -> None:
        self.status = status
        self.queries: list[int] = []
        self._tail = b""

    def feed(self, data: bytes) -> tuple[bytes, list[tuple[int, bytes]]]:
        """Answers to send back, and the input split into (kind, bytes): kind 0 = data, n = DLE EOT n."""
        data, self._tail = self._tail + data, b""
        parts: list[tuple[int, bytes]] = []
        answers = bytearray()
        i = 0
        while True:
            j = data.find(DLE_EOT, i)
            if j < 0 or j + 2 >= len(data):  # no query, or one cut off at the end: keep its start
                end = j if j >= 0 else len(data) - (data.endswith(b"\x10") and i < len(data))
                parts.append((0, data[i:end]))
                self._tail = data[end:]
                break
            n = data[j + 2]
            if n not in (1, 2, 3, 4):
                parts.append((0, data[i : j + 2]))
                i = j + 2
                continue
            parts += [(0, data[i:j]), (n, data[j : j + 3])]
            self.queries.append(n)
            if self.status in ANSWERS:
                answers.append(ANSWERS[self.status][n])
            i = j + 3
        return bytes(answers), [(kind, chunk) for kind, chunk in parts if chunk]


def _wait(condition, timeout: float) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)


class LoopbackPrinter:
    """A network printer on 127.0.0.1. `mode`: 'accept' (prints), 'hang' (accepts, never reads),
    'drop' (closes the connection after `drop_after` ticket bytes, like a cable pulled mid-ticket);
    `refuse()` closes the port (printer off), `serve()` opens it again; `status` sets its answers and
    `answer_delay` how long it thinks before each answer."""

    def __init__(self, status: str = "ok", mode: str = "accept", drop_after: int = 64) -> None:
        self.status = status
        self.mode = mode
        self.drop_after = drop_after
        self.answer_delay = 0.0
        self.jobs: list[bytes] = []
        self.partial: list[bytes] = []  # what a dropped connection delivered before it broke
        self.queries: list[int] = []
        self.connections = 0
        self._held: list[socket.socket] = []
        self.port = 0
        self.serve()

    def serve(self) -> None:
        """Listen (again, on the same port once it had one)."""
        self.server = socket.create_server(("127.0.0.1", self.port))
        self.port = self.server.getsockname()[1]
        threading.Thread(target=self._accept, args=(self.server,), daemon=True).start()

    def refuse(self) -> None:
        """Close the port: connections are refused, as by a printer that is switched off."""
        with contextlib.suppress(OSError):
            self.server.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept(); close alone may not
        self.server.close()

    def _accept(self, server: socket.socket) -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            self.connections += 1
            if self.mode == "hang":
                self._held.append(conn)
                continue
            threading.Thread(target=self._serve_one, args=(conn,), daemon=True).start()

    def _serve_one(self, conn: socket.socket) -> None:
        brain = PrinterBrain(self.status)
        received = bytearray()
        printed = 0
        with conn:
            while True:
                try:
                    data = conn.recv(65536)
                except OSError:
                    break
                if not data:
                    break
                brain.status = self.status
                answers, parts = brain.feed(data)
                received += data
                printed += sum(len(chunk) for kind, chunk in parts if kind == 0)
                if self.mode == "drop" and printed >= self.drop_after:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.partial.append(strip_queries(bytes(received)))
                    self.queries += brain.queries
                    return  # closed with a reset: the cable is out
                if answers:
                    time.sleep(self.answer_delay)
                    conn.sendall(answers)
        self.queries += brain.queries
        job = strip_queries(bytes(received))
        if job:
            self.jobs.append(job)

    def wait_for_jobs(self, count: int, timeout: float = 5.0) -> list[bytes]:
        _wait(lambda: len(self.jobs) >= count, timeout)
        return self.jobs

    def close(self) -> None:
        self.refuse()
        for conn in self._held:
            conn.close()


class SerialPrinter:
    """A serial printer on the master side of a pseudo-terminal; the kiosk opens `.device`.

    A ticket ends where the status queries that follow it begin (the kiosk asks after each ticket).
    """

    def __init__(self, status: str = "ok") -> None:
        self.brain = PrinterBrain(status)
        self._master, self._slave = os.openpty()
        tty.setraw(self._slave)  # kept open, like a line that stays connected between tickets
        self.device = os.ttyname(self._slave)
        self.received = bytearray()
        self.jobs: list[bytes] = []
        self._job = bytearray()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def status(self) -> str:
        return self.brain.status

    @status.setter
    def status(self, value: str) -> None:
        self.brain.status = value

    def _serve(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self._master], [], [], 0.05)
            if not ready:
                continue
            try:
                data = os.read(self._master, 65536)
            except OSError:
                return
            self.received += data
            answers, parts = self.brain.feed(data)
            for kind, chunk in parts:
                if kind == 0:
                    self._job += chunk
                elif self._job:
                    self.jobs.append(bytes(self._job))
                    self._job.clear()
            if answers:
                os.write(self._master, answers)

    def wait_for_jobs(self, count: int, timeout: float = 5.0) -> list[bytes]:
        _wait(lambda: len(self.jobs) >= count, timeout)
        return self.jobs

    def close(self) -> None:
        self._stop.set()
        self._thread.join(1)
        os.close(self._master)
        os.close(self._slave)
