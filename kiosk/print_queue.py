"""The print queue: tickets that were issued but not printed wait here and print when the printer is back.

The database is the truth. A ticket is written (print_status 'pending') before it is printed; a failed
print marks it 'queued' and records why in the `print_queue` table. `retry_pending` prints this kiosk's
waiting tickets of today, oldest first, each with a "printed late" note, and stops at the first failure
(the printer is still down). Because the queue lives in the database it survives a restart; a ticket
left 'pending' by a kiosk that stopped mid-print counts as waiting once it is clearly not being printed.

A ticket older than `printer.late_print_minutes` is not printed by itself: the tray is public and the
visitor may have left (they have the number on screen), so a stranger could take it. It waits for an
officer to print it (`retry_pending(include_late=True)`: officer mode's Print now, `kiosk printer queue
--retry`) or to drop it (`drop_late`: print_status 'dropped', the ticket stays issued).

Nothing here starts a thread: RetryLoop is driven by the caller's timer (a QTimer in the UI, a sleep loop
in the CLI). A retry talks to the printer and can take up to the printer's timeout: the UI runs it off
the GUI thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from kiosk.config import Config
from kiosk.models import Base, Ticket, UTCDateTime
from kiosk.ports import PrinterError, TicketPrinter
from kiosk.printer_status import PrinterStatus
from kiosk.ticket_layout import late_note, ticket_layout
from kiosk.tickets import IssuedTicket, TicketService

log = logging.getLogger(__name__)
ERROR_LENGTH = 200


class PrintQueueRow(Base):
    """Why and since when a ticket waits for the printer (made by migration v005)."""

    __tablename__ = "print_queue"
    ticket_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    kiosk_id: Mapped[str] = mapped_column(String(32))
    state: Mapped[str] = mapped_column(String(16))  # waiting | printing | printed
    last_error: Mapped[str | None] = mapped_column(String(ERROR_LENGTH))
    queued_at: Mapped[datetime] = mapped_column(UTCDateTime)
    attempted_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


@dataclass(frozen=True)
class PrintJob:
    """A ticket waiting for the printer, as the officer's screen and `kiosk printer queue` list it."""

    ticket: IssuedTicket
    last_error: str | None
    queued_at: datetime
    attempted_at: datetime | None
    late: bool = False  # older than printer.late_print_minutes: printed only by an officer

    def as_json(self) -> dict[str, object]:
        return {
            "ticket_id": self.ticket.ticket_id,
            "number": self.ticket.label,
            "issued_at": self.ticket.issued_at.isoformat(),
            "print_status": self.ticket.print_status,
            "queued_at": self.queued_at.isoformat(),
            "attempted_at": self.attempted_at.isoformat() if self.attempted_at else None,
            "last_error": self.last_error,
            "late": self.late,
        }


class PrintQueue:
    """Prints tickets for one kiosk and keeps the ones the printer did not take until it does."""

    def __init__(self, config: Config, tickets: TicketService, printer: TicketPrinter) -> None:
        self.config = config
        self.tickets = tickets
        self.printer = printer
        # A 'pending' ticket older than this was left by a kiosk that stopped while printing it.
        self.stale_after = timedelta(seconds=max(60.0, 6 * config.printer.timeout_seconds))
        self.also_retry: list[Callable[[], object]] = []  # other papers that wait (booking slips)

    def printer_status(self) -> PrinterStatus:
        """Ask the printer how it is (for the Home screen's warning); bounded by its timeout."""
        return self.printer.status()

    def print_now(self, ticket: IssuedTicket) -> IssuedTicket:
        """Print a just-issued ticket; if the printer does not take it, it waits in the queue."""
        return self._attempt(ticket, ())

    def waiting(self) -> list[PrintJob]:
        """This kiosk's tickets of today that still wait for the printer, oldest first."""
        now = self.tickets.clock()
        with self.tickets.db.read() as session:
            rows = session.execute(
                select(Ticket, PrintQueueRow)
                .outerjoin(PrintQueueRow, PrintQueueRow.ticket_id == Ticket.ticket_id)
                .where(
                    Ticket.office_code == self.config.office.code,
                    Ticket.kiosk_id == self.config.kiosk.id,
                    Ticket.day == self.tickets.today(),
                    Ticket.status != "cancelled",
                    Ticket.print_status.in_(("queued", "pending")),
                )
                .order_by(Ticket.issued_at, Ticket.id)
            ).all()
            ids = [ticket.ticket_id for ticket, row in rows if self._is_due(ticket, row, now)]
            queued = {ticket.ticket_id: (ticket, row) for ticket, row in rows}
        jobs = []
        for ticket_id in ids:
            issued = self.tickets.get(ticket_id)
            ticket, row = queued[ticket_id]
            assert issued is not None
            jobs.append(
                PrintJob(
                    issued,
                    row.last_error if row else None,
                    row.queued_at if row else ticket.issued_at,
                    row.attempted_at if row else None,
                    self.is_late(issued, now),
                )
            )
        return jobs

    def is_late(self, ticket: IssuedTicket, now: datetime) -> bool:
        """Too old to come out of the public tray by itself (printer.late_print_minutes)."""
        return ticket.issued_at < now - timedelta(minutes=self.config.printer.late_print_minutes)

    def retry_pending(self, *, include_late: bool = False) -> list[IssuedTicket]:
        """Print the waiting tickets, oldest first, marked as late; stop at the first the printer refuses.
        Tickets older than printer.late_print_minutes only when an officer asks (`include_late`).

        Returns the tickets printed by this call (empty when nothing waited or the printer is still down).
        """
        printed: list[IssuedTicket] = []
        for job in self.waiting():
            if job.late and not include_late:
                continue
            ticket = self._claim(job.ticket.ticket_id)
            if ticket is None:  # printed or being printed by another process meanwhile
                continue
            result = self._attempt(ticket, (late_note(ticket, self.config, self.tickets.clock()),))
            if result.print_status != "printed":
                return printed
            printed.append(result)
        for retry in self.also_retry:
            retry()
        return printed

    def drop_late(self) -> list[IssuedTicket]:
        """An officer drops the waiting tickets too old to print by themselves: they are never printed
        (the tickets stay issued). Returns the ones dropped."""
        dropped = []
        now = self.tickets.clock()
        for job in self.waiting():
            if not job.late:
                continue
            with self.tickets.db.write() as session:
                self.tickets.db.lock(session, f"print:{job.ticket.ticket_id}")
                ticket = session.scalars(select(Ticket).where(Ticket.ticket_id == job.ticket.ticket_id)).one()
                if not self._is_due(ticket, session.get(PrintQueueRow, ticket.ticket_id), now):
                    continue  # printed meanwhile
                ticket.print_status = "dropped"
                row = self._row(session, ticket.ticket_id, now)
                row.state, row.attempted_at = "dropped", now
            dropped.append(job.ticket)
        return dropped

    def _is_due(self, ticket: Ticket, row: PrintQueueRow | None, now: datetime) -> bool:
        if ticket.print_status == "queued":
            return True
        started = row.attempted_at if row and row.attempted_at else ticket.issued_at
        return ticket.print_status == "pending" and started < now - self.stale_after

    def _claim(self, ticket_id: str) -> IssuedTicket | None:
        """Mark the ticket as being printed by this process, unless it no longer waits."""
        now = self.tickets.clock()
        with self.tickets.db.write() as session:
            self.tickets.db.lock(session, f"print:{ticket_id}")
            ticket = session.scalars(select(Ticket).where(Ticket.ticket_id == ticket_id)).one()
            row = session.get(PrintQueueRow, ticket_id)
            if not self._is_due(ticket, row, now):
                return None
            ticket.print_status = "pending"
            row = self._row(session, ticket_id, now)
            row.state, row.attempted_at = "printing", now
        return self.tickets.get(ticket_id)

    def _attempt(self, ticket: IssuedTicket, notes: tuple[str, ...]) -> IssuedTicket:
        try:
            self.printer.print_ticket(ticket_layout(ticket, self.config, notes), ticket.ticket_id)
        except Exception as exc:  # a PrinterError, or any driver or rendering fault: the ticket stays issued
            log.warning(
                "ticket %s not printed, it waits in the print queue: %s",
                ticket.label,
                exc,
                exc_info=not isinstance(exc, PrinterError),
            )
            result = self.tickets.set_print_status(ticket.ticket_id, "queued")
            self._record(ticket.ticket_id, "waiting", str(exc)[:ERROR_LENGTH])
            return result
        result = self.tickets.set_print_status(ticket.ticket_id, "printed")
        if notes:
            self._record(ticket.ticket_id, "printed", None)
        return result

    def _row(self, session: Session, ticket_id: str, now: datetime) -> PrintQueueRow:
        row = session.get(PrintQueueRow, ticket_id)
        if row is None:
            row = PrintQueueRow(
                ticket_id=ticket_id,
                kiosk_id=self.config.kiosk.id,
                state="waiting",
                last_error=None,
                queued_at=now,
                attempted_at=None,
            )
            session.add(row)
        return row

    def _record(self, ticket_id: str, state: str, error: str | None) -> None:
        now = self.tickets.clock()
        with self.tickets.db.write() as session:
            row = self._row(session, ticket_id, now)
            row.state, row.attempted_at = state, now
            row.last_error = error or row.last_error


class RetryLoop:
    """Tries the print queue again every `every_seconds`; the caller's timer calls `tick` often."""

    def __init__(
        self, queue: PrintQueue, every_seconds: float, monotonic: Callable[[], float] = time.monotonic
    ) -> None:
        self.queue = queue
        self.every_seconds = every_seconds
        self.monotonic = monotonic
        self._next = monotonic()

    def tick(self, force: bool = False) -> list[IssuedTicket]:
        """Retry if the interval has passed (or `force`, for a "retry now" button); the tickets printed."""
        if not force and self.monotonic() < self._next:
            return []
        self._next = self.monotonic() + self.every_seconds
        return self.queue.retry_pending()

    def run(
        self,
        stop: Callable[[], bool],
        sleep: Callable[[float], None] = time.sleep,
        on_printed: Callable[[list[IssuedTicket]], None] = lambda printed: None,
    ) -> None:
        """Tick until `stop()` says so: for `kiosk printer queue --watch`."""
        while not stop():
            printed = self.tick()
            if printed:
                on_printed(printed)
            sleep(min(1.0, self.every_seconds))
