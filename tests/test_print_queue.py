"""The print queue: a ticket the printer did not take stays issued, waits in the database and prints late
(saying so) when the printer is back, also after a restart; `kiosk ticket issue` says printed or queued."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import select, update

from kiosk.config import Config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.layout import TicketLayout
from kiosk.models import Ticket
from kiosk.print_queue import PrintQueue, RetryLoop
from kiosk.printer_status import PrinterStatus
from kiosk.tickets import TicketService
from printing.printers import make_printer
from tests.support.clock import FixedClock
from tests.support.config_files import MakeConfig
from tests.support.kiosk_cli import kiosk
from tests.support.niks import make_nik
from tests.support.printer_peer import LoopbackPrinter

LATE = b"Dicetak ulang/terlambat"


@pytest.fixture
def net_config(make_config: MakeConfig, peer: LoopbackPrinter) -> Config:
    return make_config(
        printer={"type": "network", "host": "127.0.0.1", "port": peer.port, "timeout_seconds": 0.3}
    )


def open_desk(config: Config, clock: FixedClock) -> Desk:
    """A kiosk process: its own database connection, ticket service, printer and queue."""
    return Desk(
        config, TicketService(config, Database.open(config.database.url), clock), make_printer(config.printer)
    )


def ticket_row(desk: Desk, ticket_id: str) -> Ticket:
    with desk.tickets.db.read() as session:
        return session.scalars(select(Ticket).where(Ticket.ticket_id == ticket_id)).one()


@pytest.mark.all_databases
def test_paper_out_queues_the_ticket_and_it_prints_late_when_paper_is_back(
    net_config: Config, clock: FixedClock, peer: LoopbackPrinter
) -> None:
    desk = open_desk(net_config, clock)
    peer.status = "paper_out"
    ticket = desk.issue("new", make_nik(1), "Siti Aminah")
    assert (ticket.label, ticket.print_status) == ("A001", "queued")
    assert desk.tickets.get(ticket.ticket_id) is not None and peer.jobs == []
    (job,) = desk.print_queue.waiting()
    assert job.ticket.ticket_id == ticket.ticket_id and "paper out" in (job.last_error or "")
    assert desk.print_queue.printer_status().warning("en") == (
        "The ticket printer is out of paper. Queue numbers are still recorded; officer: load a new paper "
        "roll. Waiting tickets print by themselves."
    )

    peer.status = "ok"
    clock.now += timedelta(minutes=7)
    (printed,) = desk.print_queue.retry_pending()
    assert (printed.ticket_id, printed.print_status) == (ticket.ticket_id, "printed")
    (paper,) = peer.wait_for_jobs(1)
    assert b"A001" in paper and LATE in paper and b"09:07 WIB" in paper
    assert desk.print_queue.waiting() == [] and desk.print_queue.retry_pending() == []
    row = ticket_row(desk, ticket.ticket_id)
    assert (row.print_status, row.print_attempts, row.printed_at) == ("printed", 2, clock.now)


def test_a_ticket_printed_at_once_has_no_late_note(
    net_config: Config, clock: FixedClock, peer: LoopbackPrinter
) -> None:
    ticket = open_desk(net_config, clock).issue("new", make_nik(1), "Ani")
    assert ticket.print_status == "printed"
    (paper,) = peer.wait_for_jobs(1)
    assert LATE not in paper and ticket.ticket_id.encode() in paper


@pytest.mark.all_databases
def test_the_queue_survives_a_restart(net_config: Config, clock: FixedClock, peer: LoopbackPrinter) -> None:
    peer.refuse()
    first = open_desk(net_config, clock)
    queued = [first.issue("new", make_nik(n), "Ani").ticket_id for n in (1, 2)]
    first.tickets.db.dispose()  # the kiosk stops

    peer.serve()
    again = open_desk(net_config, clock)  # and starts again
    assert [job.ticket.ticket_id for job in again.print_queue.waiting()] == queued
    assert [t.ticket_id for t in again.print_queue.retry_pending()] == queued
    jobs = peer.wait_for_jobs(2)
    assert b"A001" in jobs[0] and b"A002" in jobs[1] and all(LATE in job for job in jobs)


def test_retry_stops_at_the_first_failure(
    net_config: Config, clock: FixedClock, peer: LoopbackPrinter
) -> None:
    desk = open_desk(net_config, clock)
    peer.status = "offline"
    for n in (1, 2, 3):
        desk.issue("new", make_nik(n), "Ani")
    before = peer.connections
    assert desk.print_queue.retry_pending() == []
    assert peer.connections == before + 1 and len(desk.print_queue.waiting()) == 3


@pytest.mark.all_databases
def test_a_ticket_left_pending_by_a_stopped_kiosk_is_printed_once_it_is_stale(
    net_config: Config, clock: FixedClock, peer: LoopbackPrinter
) -> None:
    desk = open_desk(net_config, clock)
    ticket = desk.tickets.issue("new", make_nik(1), "Ani")  # stored; the kiosk stopped before printing
    assert ticket.print_status == "pending" and desk.print_queue.waiting() == []
    clock.now += desk.print_queue.stale_after + timedelta(seconds=1)
    assert [t.ticket_id for t in desk.print_queue.retry_pending()] == [ticket.ticket_id]
    assert LATE in peer.wait_for_jobs(1)[0]


@pytest.mark.all_databases
def test_only_this_kiosks_waiting_tickets_of_today_are_printed(
    make_config: MakeConfig, net_config: Config, clock: FixedClock, peer: LoopbackPrinter
) -> None:
    other_kiosk = make_config(
        kiosk={"id": "front-2"},
        printer={"type": "network", "host": "127.0.0.1", "port": peer.port, "timeout_seconds": 0.3},
    )
    peer.status = "paper_out"
    other = open_desk(other_kiosk, clock).issue("new", make_nik(1), "Ani")
    desk = open_desk(net_config, clock)
    cancelled = desk.issue("new", make_nik(2), "Budi")
    with desk.tickets.db.write() as session:
        session.execute(
            update(Ticket).where(Ticket.ticket_id == cancelled.ticket_id).values(status="cancelled")
        )
    mine = desk.issue("new", make_nik(3), "Cici")
    assert [job.ticket.ticket_id for job in desk.print_queue.waiting()] == [mine.ticket_id]
    assert other.print_status == "queued"
    clock.now += timedelta(days=1)  # the visitor of yesterday is gone: nothing is printed for them
    assert desk.print_queue.waiting() == []


class PrinterThatRetriesMeanwhile:
    """A real printer, during whose print a second kiosk process runs its own retry."""

    def __init__(self, config: Config, other: PrintQueue) -> None:
        self.real = make_printer(config.printer)
        self.other = other
        self.meanwhile: list[object] = []

    def print_ticket(self, layout: TicketLayout, name: str) -> None:
        self.meanwhile.append(self.other.retry_pending())
        self.real.print_ticket(layout, name)

    def status(self):  # type: ignore[no-untyped-def]
        return self.real.status()


@pytest.mark.all_databases
def test_two_processes_retrying_print_a_ticket_once(
    net_config: Config, clock: FixedClock, peer: LoopbackPrinter
) -> None:
    desk = open_desk(net_config, clock)
    peer.status = "paper_out"
    ticket = desk.issue("new", make_nik(1), "Ani")
    peer.status = "ok"
    other = open_desk(net_config, clock).print_queue
    printer = PrinterThatRetriesMeanwhile(net_config, other)
    first = PrintQueue(net_config, desk.tickets, printer)
    assert [t.ticket_id for t in first.retry_pending()] == [ticket.ticket_id]
    assert printer.meanwhile == [[]] and len(peer.wait_for_jobs(1)) == 1


class Monotonic:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_retry_loop_tries_on_its_interval_or_when_asked(
    net_config: Config, clock: FixedClock, peer: LoopbackPrinter
) -> None:
    desk = open_desk(net_config, clock)
    peer.refuse()
    desk.issue("new", make_nik(1), "Ani")
    monotonic = Monotonic()
    loop = RetryLoop(desk.print_queue, 30, monotonic)
    assert loop.tick() == []  # due at once, printer still off
    peer.serve()
    monotonic.now += 10
    connections = peer.connections
    assert loop.tick() == [] and peer.connections == connections  # not due: the printer is left alone
    monotonic.now += 21
    assert [t.label for t in loop.tick()] == ["A001"]
    desk.issue("new", make_nik(2), "Budi")
    assert loop.tick(force=True) == [] and peer.wait_for_jobs(2)


def test_cli_issue_queues_then_printer_status_queue_retry_and_test(
    net_config: Config, peer: LoopbackPrinter
) -> None:
    peer.status = "paper_out"
    issued = kiosk(
        net_config, "ticket", "issue", "--service", "new", "--nik", make_nik(4), "--name", "Ani", "--json"
    )
    assert issued.returncode == 0, issued.stderr
    ticket = json.loads(issued.stdout)
    assert ticket["print_status"] == "queued"
    status = json.loads(kiosk(net_config, "printer", "status", "--json").stdout)
    assert (status["state"], status["online"], status["paper"]) == ("paper_out", False, "out")
    assert status["warning"].startswith("Kertas printer tiket habis")
    test = kiosk(net_config, "printer", "test", "--json")
    assert test.returncode == 1 and json.loads(test.stdout)["error"]["code"] == "printer_paper_out"

    peer.status = "ok"
    retried = json.loads(kiosk(net_config, "printer", "queue", "--retry", "--json").stdout)
    assert [t["number"] for t in retried["printed"]] == ["A001"] and retried["waiting"] == []
    assert kiosk(net_config, "printer", "test").returncode == 0
    late, sample = peer.wait_for_jobs(2)
    assert LATE in late and b"TES PRINTER" in sample


class BrokenDriver:
    """A printer driver that fails in a way nobody planned for (not a PrinterError)."""

    def print_ticket(self, layout: TicketLayout, name: str) -> None:
        raise UnicodeEncodeError("cp437", "\u2603", 0, 1, "a character the code page lacks")

    def status(self) -> PrinterStatus:
        return PrinterStatus.unknown("no status")


def test_an_unexpected_printer_fault_still_gives_the_visitor_their_ticket(
    config: Config, tickets: TicketService
) -> None:
    desk = Desk(config, tickets, BrokenDriver())
    ticket = desk.issue("new", make_nik(1), "Siti Aminah")
    assert (ticket.label, ticket.print_status) == ("A001", "queued")
    (job,) = desk.print_queue.waiting()
    assert job.ticket.ticket_id == ticket.ticket_id and "code page" in (job.last_error or "")
