"""A loopback TCP listener that receives ESC/POS bytes exactly as a network printer on port 9100 does."""

from __future__ import annotations

import socket
import threading
import time


class LoopbackPrinter:
    """Accepts connections on 127.0.0.1 and records each connection's bytes as one job."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port: int = self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                chunks = []
                while data := conn.recv(65536):
                    chunks.append(data)
                self.jobs.append(b"".join(chunks))

    def wait_for_jobs(self, count: int, timeout: float = 5.0) -> list[bytes]:
        deadline = time.monotonic() + timeout
        while len(self.jobs) < count and time.monotonic() < deadline:
            time.sleep(0.01)
        return self.jobs

    def close(self) -> None:
        self.server.close()
