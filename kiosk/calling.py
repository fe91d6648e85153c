"""Calling at the counters: Next, Recall, Finish, No-show, Transfer, Call a number, Return, sign in/out.

Each action is one write transaction on the counter's own row (locked), audited, and published on the
change feed last (kiosk/change_feed.py), so every console, display and kiosk hears of it. Who is next
comes from the one call-order function (kiosk/call_order.py). Two counters pressing Next at once never
get the same ticket: SQLite's BEGIN IMMEDIATE serialises writers; on PostgreSQL a counter takes the first
ticket of its call order that it can lock with FOR UPDATE SKIP LOCKED ("skip_locked"), so counters choose
at the same time and only their audit record and change-feed entry queue. The alternative, one advisory
lock around every Next ("lock"), was slower under load (bench/calling_bench.py, README "Speed") and is
kept for that comparison. The price of SKIP LOCKED: a ticket whose row another transaction holds at that
moment (another counter claiming it, or its print status being stored) is passed over for that one call.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, literal, select, union_all, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from kiosk import audit, change_feed
from kiosk.assisted import find_ticket
from kiosk.call_order import Waiting, call_order
from kiosk.config import PRIORITY_SERVICE, Config, CounterConfig
from kiosk.db import Database
from kiosk.errors import KioskError
from kiosk.models import CounterState, Ticket
from kiosk.office_time import local
from kiosk.queue_line import WAITING_COLUMNS, QueueSnapshot, ServiceQueue, waiting_entry
from kiosk.tickets import Clock, IssuedTicket, TicketService, utc_now

CLAIMS = ("skip_locked", "lock")  # how Next takes its ticket on PostgreSQL (see the module docstring)
HEADS = 16  # tickets of each lane a Next reads: more than counters can be taking at the same moment


@dataclass(frozen=True)
class CounterNow:
    """A counter as Home, the display and `kiosk queue` show it."""

    number: int
    name_id: str
    name_en: str
    current: str | None  # the number being served there
    service: str | None  # the current ticket's service
    open: bool  # an officer is signed in
    officer: str | None
    services: tuple[str, ...]  # served now (narrowed at sign-in, else configured)
    ticket_id: str | None = None
    recalls: int = 0

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_id

    def as_json(self) -> dict[str, Any]:
        return {
            "counter": self.number,
            "name_id": self.name_id,
            "name_en": self.name_en,
            "current": self.current,
            "service": self.service,
            "open": self.open,
            "officer": self.officer,
            "services": list(self.services),
        }


@dataclass(frozen=True)
class LinePlace:
    """A waiting ticket and its place in its line (1 = called next)."""

    number: str
    service: str
    position: int


@dataclass(frozen=True)
class QueueOverview:
    services: dict[str, ServiceQueue]
    counters: list[CounterNow]
    line: list[LinePlace]

    def counter(self, number: int) -> CounterNow:
        return next(c for c in self.counters if c.number == number)

    def as_json(self) -> dict[str, Any]:
        return {
            "services": [
                {"service": s.service, "waiting": s.waiting, "wait_minutes": s.wait_minutes}
                for s in self.services.values()
            ],
            "counters": [c.as_json() for c in self.counters],
            "line": [{"number": p.number, "service": p.service, "position": p.position} for p in self.line],
        }


class CallingService:
    """The counters' actions for one office; every method is one transaction."""

    def __init__(self, config: Config, db: Database, clock: Clock = utc_now, *, claim: str = "skip_locked"):
        if claim not in CLAIMS:
            raise ValueError(f"unknown claim {claim!r}")
        self.config = config
        self.db = db
        self.clock = clock
        self.claim = claim
        self.tickets = TicketService(config, db, clock)

    def today(self) -> date:
        return local(self.config.office, self.clock()).date()

    # Signing in and out.

    def sign_in(self, counter: int, officer: str, services: Sequence[str] | None = None) -> CounterNow:
        """Open `counter` for `officer` (logged in with their PIN by the caller), narrowed to `services`."""
        config = self._counter(counter)
        narrowed = tuple(dict.fromkeys(services)) if services else config.services
        for code in narrowed:
            if code not in config.services:
                raise KioskError(
                    "service_not_at_counter",
                    service=code,
                    counter=counter,
                    services=", ".join(config.services),
                )
        now = self.clock()
        with self.db.write() as session:
            state = self._state(session, counter)
            state.officer, state.signed_in_at, state.priority_run = officer, now, 0
            state.services = json.dumps(list(narrowed)) if narrowed != config.services else None
            data = {"counter": counter, "services": list(narrowed)}
            session.flush()
            audit.append(session, self.db, self.config, "counter_open", at=now, officer=officer, data=data)
            change_feed.publish(session, self.config.office.code, "counter", now, **data)
        return self.overview().counter(counter)

    def sign_out(self, counter: int, officer: str | None = None) -> None:
        """Close `counter`: it no longer counts for wait estimates; its current ticket stays called."""
        self._counter(counter)
        now = self.clock()
        with self.db.write() as session:
            state = self._state(session, counter)
            officer = officer or state.officer
            state.officer, state.services, state.signed_in_at = None, None, None
            data = {"counter": counter, "services": []}
            session.flush()
            audit.append(session, self.db, self.config, "counter_close", at=now, officer=officer, data=data)
            change_feed.publish(session, self.config.office.code, "counter", now, **data)

    # Calling.

    def next(self, counter: int, officer: str | None = None) -> IssuedTicket:
        """End the counter's current ticket as done and call the next in the call order.

        With nothing waiting the current ticket is still ended, and 'queue_empty' is raised after."""
        self._counter(counter)
        now = self.clock()
        with self.db.write() as session:
            state = self._state(session, counter)
            officer = officer or state.officer
            finished = self._end_current(session, state, "done", now)
            ticket = self._claim(session, state, now, officer)
            if ticket is not None:
                called = IssuedTicket.of(ticket, 0)
                data = {"counter": counter, "finished": finished and finished.label}
                self._audit(session, "call", ticket, now, officer, **data)
            elif finished is not None:
                self._audit(session, "finish", finished, now, officer, counter=counter)
            if ticket is not None:  # a call at a counter also says its previous ticket is done
                self._publish_call(session, "call", ticket, now)
            elif finished is not None:
                self._publish_queue(session, finished, now)
        if ticket is None:
            raise KioskError("queue_empty")
        return called

    def recall(self, counter: int, officer: str | None = None, ticket_id: str | None = None) -> IssuedTicket:
        """Call the counter's current ticket again (the display and voice repeat it); count it."""
        now = self.clock()
        with self.db.write() as session:
            ticket, state = self._current(session, counter, ticket_id)
            officer = officer or state.officer
            ticket.recalls += 1
            self._audit(session, "recall", ticket, now, officer, counter=counter, recalls=ticket.recalls)
            self._publish_call(session, "recall", ticket, now)
            return IssuedTicket.of(ticket, 0)

    def finish(self, counter: int, officer: str | None = None, ticket_id: str | None = None) -> IssuedTicket:
        """The counter's current visitor was served: done, and the counter calls nobody until Next."""
        return self._end(counter, "done", "finish", officer, ticket_id)

    def no_show(self, counter: int, officer: str | None = None, ticket_id: str | None = None) -> IssuedTicket:
        """The called visitor did not come: no_show (an officer may return it to the queue today)."""
        return self._end(counter, "no_show", "no_show", officer, ticket_id)

    def transfer(
        self, counter: int, to_service: str, officer: str | None = None, ticket_id: str | None = None
    ) -> IssuedTicket:
        """Send the current ticket to another service's line: same number, waiting again at its original
        place in time (it is due when it was, so the visitor does not queue twice)."""
        if self.config.service(to_service) is None:
            raise KioskError("unknown_service", service=to_service)
        now = self.clock()
        with self.db.write() as session:
            ticket, state = self._current(session, counter, ticket_id)
            officer = officer or state.officer
            was = ticket.queue_service
            self._wait_again(ticket)
            ticket.queue_service = to_service
            view = self._waiting_view(session, ticket)
            self._audit(
                session,
                "transfer",
                ticket,
                now,
                officer,
                counter=counter,
                from_service=was,
                to_service=to_service,
            )
            self._publish_queue(session, ticket, now)
        return view

    def call_number(self, counter: int, ref: str, reason: str, officer: str | None = None) -> IssuedTicket:
        """Call a waiting number out of order (a reason is required and audited); the counter's current
        ticket ends as done, as with Next."""
        reason = " ".join((reason or "").split())
        if not 3 <= len(reason) <= 100:
            raise KioskError("reason_required")
        self._counter(counter)
        now = self.clock()
        with self.db.write() as session:
            state = self._state(session, counter)
            officer = officer or state.officer
            ticket = find_ticket(session, self.config.office.code, self.today(), ref, lock=True)
            if ticket.status != "waiting":
                raise KioskError("ticket_not_waiting", number=ticket.label, status=ticket.status)
            finished = self._end_current(session, state, "done", now)
            self._call(session, state, ticket, now, officer)
            self._audit(
                session,
                "call_number",
                ticket,
                now,
                officer,
                counter=counter,
                reason=reason,
                finished=finished and finished.label,
            )
            self._publish_call(session, "call", ticket, now)
            return IssuedTicket.of(ticket, 0)

    def return_to_queue(
        self, ref: str, officer: str | None = None, reason: str | None = None
    ) -> IssuedTicket:
        """Put today's no-show back in its line at its original place in time (audited)."""
        now = self.clock()
        with self.db.write() as session:
            ticket = find_ticket(session, self.config.office.code, self.today(), ref, lock=True)
            if ticket.status != "no_show" or ticket.day != self.today():
                raise KioskError("ticket_not_no_show", number=ticket.label)
            self._wait_again(ticket)
            view = self._waiting_view(session, ticket)
            self._audit(session, "return", ticket, now, officer, reason=reason or None)
            self._publish_queue(session, ticket, now)
        return view

    def _waiting_view(self, session: Session, ticket: Ticket) -> IssuedTicket:
        """A ticket back in a line, with its place there: read before the audit lock is taken."""
        session.flush()
        return self.tickets.view(session, ticket)

    # Reading.

    def current(self, counter: int) -> IssuedTicket | None:
        """The ticket the counter is serving now, if any."""
        self._counter(counter)
        with self.db.read() as session:
            ticket = self._called_at(session, counter)
            return None if ticket is None else IssuedTicket.of(ticket, 0)

    def overview(self) -> QueueOverview:
        """Per service the waiting count and estimate, each counter's current call, the line in order."""
        now = self.clock()
        with self.db.read() as session:
            line = QueueSnapshot.read(session, self.config, now)
            called = {
                t.counter: t
                for t in session.scalars(
                    select(Ticket).where(*self._today(), Ticket.status == "called").order_by(Ticket.called_at)
                )
            }
        services = line.service_queues()
        counters = []
        for c in line.counters:
            t = called.get(c.config.number)
            counters.append(
                CounterNow(
                    c.config.number,
                    c.config.name_id,
                    c.config.name_en,
                    t and t.label,
                    t and t.queue_service,
                    c.open,
                    c.officer,
                    c.services,
                    t and t.ticket_id,
                    t.recalls if t else 0,
                )
            )
        places = [
            LinePlace(w.label, service, line.ahead(service, w.ticket_id) + 1)
            for service, entries in line.waiting.items()
            for w in entries
        ]
        ordered = sorted(places, key=lambda p: (p.position, p.number))
        return QueueOverview(services, counters, ordered)

    # Pieces.

    def _counter(self, number: int) -> CounterConfig:
        counter = self.config.counter(number)
        if counter is None:
            raise KioskError("unknown_counter", counter=number)
        return counter

    def _today(self) -> tuple[Any, ...]:
        return Ticket.office_code == self.config.office.code, Ticket.day == self.today()

    def _state(self, session: Session, counter: int) -> CounterState:
        """The counter's row, made on its first use and locked until the transaction ends."""
        office = self.config.office.code
        query = (
            select(CounterState)
            .where(CounterState.office_code == office, CounterState.counter == counter)
            .with_for_update()
            .execution_options(populate_existing=True)
        )
        state = session.scalars(query).first()
        if state is None:  # once per counter: another process may be making it at the same moment
            insert = sqlite_insert if self.db.is_sqlite else pg_insert
            session.execute(
                insert(CounterState)
                .values(office_code=office, counter=counter, priority_run=0)
                .on_conflict_do_nothing()
            )
            state = session.scalars(query).one()
        return state

    def _called_at(self, session: Session, counter: int, *, lock: bool = False) -> Ticket | None:
        query = select(Ticket).where(*self._today(), Ticket.status == "called", Ticket.counter == counter)
        return session.scalars(query.with_for_update() if lock else query).first()

    def _current(self, session: Session, counter: int, ticket_id: str | None) -> tuple[Ticket, CounterState]:
        """The counter's current ticket, locked, and its row; 'nothing_called', or 'ticket_not_called' if
        the caller expected another one (a screen that is out of date)."""
        self._counter(counter)
        state = self._state(session, counter)
        ticket = self._called_at(session, counter, lock=True)
        if ticket_id is not None and (ticket is None or ticket.ticket_id != ticket_id):
            expected = session.scalars(select(Ticket).where(Ticket.ticket_id == ticket_id)).first()
            number = expected.label if expected is not None else ticket_id
            raise KioskError("ticket_not_called", number=number, counter=counter)
        if ticket is None:
            raise KioskError("nothing_called", counter=counter)
        return ticket, state

    def _end(
        self, counter: int, status: str, action: str, officer: str | None, ticket_id: str | None
    ) -> IssuedTicket:
        now = self.clock()
        with self.db.write() as session:
            ticket, state = self._current(session, counter, ticket_id)
            officer = officer or state.officer
            ticket.status, ticket.finished_at = status, now
            self._audit(session, action, ticket, now, officer, counter=counter)
            self._publish_queue(session, ticket, now)
            return IssuedTicket.of(ticket, 0)

    def _end_current(
        self, session: Session, state: CounterState, status: str, now: datetime
    ) -> Ticket | None:
        """End the counter's current ticket, if any (one statement; its row stays locked)."""
        return session.scalars(
            update(Ticket)
            .where(*self._today(), Ticket.status == "called", Ticket.counter == state.counter)
            .values(status=status, finished_at=now)
            .returning(Ticket)
            .execution_options(synchronize_session=False, populate_existing=True)  # loaded from RETURNING
        ).first()

    def _services(self, state: CounterState) -> tuple[str, ...]:
        return tuple(json.loads(state.services)) if state.services else self._counter(state.counter).services

    def _claim(
        self, session: Session, state: CounterState, now: datetime, officer: str | None
    ) -> Ticket | None:
        """Call the first ticket in the counter's call order that no other counter is taking (one
        statement: the ticket is locked and called at once).

        It reads only each service's first HEADS tickets by due time (from an index): they hold each lane's
        first HEADS, whose call order is the whole line's for its first HEADS calls. Only if other counters
        are taking all of those is the whole line read."""
        if self.claim == "lock":
            self.db.lock(session, f"calling:{self.config.office.code}")
        serialised = self.db.is_sqlite or self.claim == "lock"  # nobody else is choosing meanwhile
        services = self._services(state)
        for heads in (HEADS, None):
            waiting, whole = self._lane_heads(session, services, heads)
            order = call_order(waiting, priority_run=state.priority_run, rules=self.config.calling, now=now)
            for entry in order[:1] if serialised else order if whole else order[:heads]:
                free = (
                    select(Ticket.id)
                    .where(Ticket.ticket_id == entry.ticket_id, Ticket.status == "waiting")
                    .with_for_update(skip_locked=not serialised)
                    .scalar_subquery()
                )
                first_call = func.coalesce(Ticket.first_called_at, literal(now, Ticket.first_called_at.type))
                ticket = session.scalars(
                    update(Ticket)
                    .where(Ticket.id == free)
                    .values(**self._call_values(state, now, officer), first_called_at=first_call)
                    .returning(Ticket)
                    .execution_options(synchronize_session=False, populate_existing=True)
                ).first()
                if ticket is not None:
                    self._count_run(state, ticket)
                    return ticket
            if serialised or whole:
                break
        return None

    def _lane_heads(
        self, session: Session, services: Sequence[str], heads: int | None
    ) -> tuple[list[Waiting], bool]:
        """The waiting tickets of `services`, only each service's first `heads` by due time (all: None),
        and whether that is the whole line. One index range per service (a service's first `heads` hold
        its lane's that are of the service), so no read goes through a lane's whole line."""
        line = select(*WAITING_COLUMNS).where(*self._today(), Ticket.status == "waiting")
        if heads is None or not services:
            rows = session.connection().execute(line.where(Ticket.queue_service.in_(services)))
            return [waiting_entry(row) for row in rows], True
        firsts = [
            line.where(Ticket.queue_service == service)
            .order_by(Ticket.due_at, Ticket.number, Ticket.prefix)
            .limit(heads)
            .subquery()
            for service in services
        ]
        rows = session.connection().execute(union_all(*(select(first) for first in firsts))).all()
        taken = Counter(row.queue_service for row in rows)
        return [waiting_entry(row) for row in rows], heads not in taken.values()

    def _call(
        self, session: Session, state: CounterState, ticket: Ticket, now: datetime, officer: str | None
    ) -> None:
        """Call a ticket already locked (Call a number; Next calls in `_claim`)."""
        for name, value in self._call_values(state, now, officer).items():
            setattr(ticket, name, value)
        ticket.first_called_at = ticket.first_called_at or now
        self._count_run(state, ticket)

    @staticmethod
    def _call_values(state: CounterState, now: datetime, officer: str | None) -> dict[str, Any]:
        """What a call sets on its ticket (and first_called_at, if not set yet)."""
        return {
            "status": "called",
            "counter": state.counter,
            "called_at": now,
            "called_by": officer,
            "recalls": 0,
            "finished_at": None,
        }

    @staticmethod
    def _count_run(state: CounterState, ticket: Ticket) -> None:
        state.priority_run = state.priority_run + 1 if ticket.queue_service == PRIORITY_SERVICE else 0

    @staticmethod
    def _wait_again(ticket: Ticket) -> None:
        ticket.status, ticket.counter, ticket.called_at, ticket.finished_at, ticket.recalls = (
            "waiting",
            None,
            None,
            None,
            0,
        )

    def _audit(
        self, session: Session, action: str, ticket: Ticket, now: datetime, officer: str | None, **data: Any
    ) -> None:
        """Audit an action on `ticket`. The changes are flushed first, so the audit chain's head (held to
        the commit, serialising every kiosk and counter) is taken as late as it can be; the record is
        written with the change feed's entry, which every action publishes next."""
        session.flush()
        audit.record_ticket(
            session, self.db, self.config, action, ticket, at=now, officer=officer, ride=True, **data
        )

    def _publish_call(self, session: Session, kind: str, ticket: Ticket, now: datetime) -> None:
        change_feed.publish(
            session,
            self.config.office.code,
            kind,
            now,
            number=ticket.label,
            service=ticket.queue_service,
            counter=ticket.counter,
            ticket_id=ticket.ticket_id,
        )

    def _publish_queue(self, session: Session, ticket: Ticket, now: datetime) -> None:
        change_feed.publish(
            session,
            self.config.office.code,
            "queue",
            now,
            number=ticket.label,
            service=ticket.queue_service,
            status=ticket.status,
        )
