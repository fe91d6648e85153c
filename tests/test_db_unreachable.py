"""The database goes away (PostgreSQL stopped, the connection cut mid-ticket): issuing refuses cleanly with
'database_unavailable', no ticket is given twice, and once the server is back numbering goes on."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator

import pytest

from kiosk.config import Config
from kiosk.db import Database, DatabaseUnavailable
from kiosk.db_health import DatabaseHealth
from kiosk.errors import KioskError
from kiosk.tickets import TicketService
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.kiosk_worker import numbering
from tests.support.niks import make_nik
from tests.support.pg_server import PgServer

pytestmark = pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)

COMMIT = b"Q\x00\x00\x00\x0bCOMMIT\x00"  # what psycopg sends to commit: a simple query message


class CuttingRelay:
    """A TCP relay between a kiosk and PostgreSQL that cuts the connection once, at the first message
    holding `marker`: before the server reads it, or after the server has answered it (the kiosk then
    cannot tell whether its COMMIT happened)."""

    def __init__(self, server_port: int) -> None:
        self.server_port = server_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.marker: bytes | None = None
        self.after_reply = False
        self.cuts = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_at(self, marker: bytes, *, after_reply: bool) -> None:
        self.marker, self.after_reply = marker, after_reply

    def _accept(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                kiosk, _ = self.listener.accept()
                server = socket.create_connection(("127.0.0.1", self.server_port))
                cut_reply = threading.Event()
                threading.Thread(target=self._up, args=(kiosk, server, cut_reply), daemon=True).start()
                threading.Thread(target=self._down, args=(server, kiosk, cut_reply), daemon=True).start()

    def _up(self, kiosk: socket.socket, server: socket.socket, cut_reply: threading.Event) -> None:
        with contextlib.suppress(OSError):
            while data := kiosk.recv(65536):
                if self.marker is not None and self.marker in data:
                    self.marker, self.cuts = None, self.cuts + 1
                    if not self.after_reply:
                        break
                    cut_reply.set()
                server.sendall(data)
        _close(kiosk, server)

    def _down(self, server: socket.socket, kiosk: socket.socket, cut_reply: threading.Event) -> None:
        with contextlib.suppress(OSError):
            while (data := server.recv(65536)) and not cut_reply.is_set():
                kiosk.sendall(data)
        _close(kiosk, server)

    def close(self) -> None:
        self.listener.close()


def _close(*sockets: socket.socket) -> None:
    for sock in sockets:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()


@pytest.fixture
def relay(pg_server: PgServer) -> Iterator[CuttingRelay]:
    relay = CuttingRelay(pg_server.port)
    yield relay
    relay.close()


def open_tickets(config: Config, clock: FixedClock) -> TicketService:
    return TicketService(config, Database.open(config.database.url), clock)


def test_stopped_server_refuses_cleanly_then_numbering_goes_on(
    make_config: MakeConfig, pg_server: PgServer, clock: FixedClock
) -> None:
    tickets = open_tickets(make_config(), clock)
    now = [0.0]
    health = DatabaseHealth(tickets.db, clock=lambda: now[0])
    assert tickets.issue("new", make_nik(1), "Ani").label == "A001"
    pg_server.stop("fast")
    try:
        assert not tickets.db.ping() and not health.check()
        with pytest.raises(KioskError) as info:
            tickets.issue("new", make_nik(2), "Budi")
        assert info.value.code == "database_unavailable"
        assert "petugas" in info.value.message("id") and "officer" in info.value.message("en")
        with pytest.raises(DatabaseUnavailable):
            tickets.places_left()
    finally:
        pg_server.start()
    now[0] = 0.5
    assert not health.check(), "pinged again before the back-off delay passed"
    now[0] = 1.0
    assert health.check() and tickets.db.ping()
    assert tickets.issue("new", make_nik(2), "Budi").label == "A002"  # the pool reconnected by itself
    assert numbering(tickets.db) == {"new": [1, 2]}
    tickets.db.dispose()


@pytest.mark.parametrize(
    ("marker", "after_reply"),
    [(b"INSERT INTO ticket_counters", False), (COMMIT, False), (COMMIT, True)],
    ids=["cut-mid-transaction", "cut-before-commit", "cut-after-commit"],
)
def test_connection_cut_while_issuing_never_gives_two_tickets(
    make_config: MakeConfig,
    db_url: str,
    pg_server: PgServer,
    relay: CuttingRelay,
    clock: FixedClock,
    marker: bytes,
    after_reply: bool,
) -> None:
    """Cut before the COMMIT is stored: the kiosk says 'database_unavailable' and the visitor's next try
    gets the number. Cut after it is stored: the kiosk looks the ticket up and gives it. Either way the
    visitor has one ticket, A002, and the numbers go on without a gap."""
    url = db_url.replace(f":{pg_server.port}/", f":{relay.port}/")
    tickets = open_tickets(make_config(database={"url": url}), clock)
    assert tickets.issue("new", make_nik(1), "Ani").label == "A001"
    relay.cut_at(marker, after_reply=after_reply)
    if after_reply:
        assert tickets.issue("new", make_nik(2), "Budi").label == "A002"
    else:
        with pytest.raises(DatabaseUnavailable):
            tickets.issue("new", make_nik(2), "Budi")
        assert tickets.issue("new", make_nik(2), "Budi").label == "A002"
    with pytest.raises(KioskError) as info:
        tickets.issue("renewal", make_nik(2), "Budi")
    assert info.value.code == "duplicate_nik" and "A002" in info.value.message("en")
    assert relay.cuts == 1
    assert tickets.issue("new", make_nik(3), "Cici").label == "A003"
    assert numbering(tickets.db) == {"new": [1, 2, 3]}
    tickets.db.dispose()
