"""The officer's close-of-day slip: the day's figures and its audit head, on paper kept outside the kiosk.

Someone with write access to the database can recompute the whole audit chain, so the day's last hash is
printed (in words and as a QR to photograph) and kept elsewhere; `kiosk audit verify --head HASH` checks the
database against it later (docs/audit.md). The slip names the officer who printed it and no visitor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kiosk import audit
from kiosk.call_report import CallingReport, calling_report
from kiosk.config import Config
from kiosk.db import Database
from kiosk.digits import mask_nik_runs
from kiosk.layout import Block, Qr, Rule, Text, TicketLayout
from kiosk.office_time import format_clock, format_date, local
from kiosk.ports import TicketPrinter
from kiosk.queue_line import service_queues
from kiosk.reports import DayReport, day_report

KEEP_OUTSIDE = "Simpan slip ini di luar komputer kios (docs/audit.md)"
HASH_CHUNK = 16  # hex digits per printed line: four groups of four, 19 characters, fit 58 mm paper


@dataclass(frozen=True)
class CloseOfDay:
    """What the slip says: the day's reports (reused, not recounted), people waiting now, the audit head."""

    day: date
    report: DayReport
    calls: CallingReport
    waiting: dict[str, int] | None  # per service, only for today (a past day's line is gone)
    head: tuple[int, str] | None  # (record number, hash), None before the day's first record
    officer: str
    printed_at: datetime

    @property
    def qr(self) -> str:
        return f"AUDITHEAD {self.day.isoformat()} {self.head[0]} {self.head[1]}" if self.head else ""

    def head_json(self) -> dict[str, object]:
        return {
            "date": self.day.isoformat(),
            "seq": self.head[0] if self.head else None,
            "hash": self.head[1] if self.head else None,
        }


def close_of_day(
    db: Database, config: Config, day: date, officer: str, now: datetime, today: date
) -> CloseOfDay:
    """Gather the slip's contents for `day` (office-local); `today` decides whether a waiting line exists."""
    waiting = None
    if day == today:
        waiting = {code: line.waiting for code, line in service_queues(db, config, now).items()}
    return CloseOfDay(
        day,
        day_report(db, config, day),
        calling_report(db, config, day),
        waiting,
        audit.day_head(db, config, day),
        officer,
        now,
    )


def hash_lines(digest: str) -> list[str]:
    """The 64 hex digits in lines of HASH_CHUNK, grouped by four so they can be read aloud and compared."""
    chunks = [digest[i : i + HASH_CHUNK] for i in range(0, len(digest), HASH_CHUNK)]
    return [" ".join(chunk[j : j + 4] for j in range(0, len(chunk), 4)) for chunk in chunks]


def close_of_day_layout(slip: CloseOfDay, config: Config) -> TicketLayout:
    """The slip as printed, in Indonesian (an office record): office, kiosk, date in words, per service
    issued / served / no-shows / waiting, officer, time printed, the audit head in words and as a QR."""
    calls = {c.key: c for c in slip.calls.services}
    blocks: list[Block] = [
        Text(config.office.name, bold=True),
        Text(config.kiosk.display_name, "small"),
        Rule(),
        Text("SLIP TUTUP HARI", "large", bold=True),
        Text(format_date(slip.day, "id")),
        Rule(),
    ]
    for stats in slip.report.services:
        service = config.service(stats.service)
        served = calls[stats.service].served if stats.service in calls else 0
        no_shows = calls[stats.service].no_shows if stats.service in calls else 0
        waiting = "-" if slip.waiting is None else str(slip.waiting.get(stats.service, 0))
        blocks += [
            Text(service.name("id") if service else stats.service, bold=True),
            Text(f"Terbit {stats.issued} · Dilayani {served}"),
            Text(f"Tidak datang {no_shows} · Menunggu {waiting}"),
        ]
    blocks += [
        Rule(),
        Text(f"Petugas: {mask_nik_runs(slip.officer)[:40]}"),  # a name, never a NIK typed by mistake
        Text(f"Dicetak {format_date(local(config.office, slip.printed_at), 'id')}"),
        Text(f"pukul {format_clock(local(config.office, slip.printed_at))}"),
        Rule(),
        Text("KEPALA JEJAK AUDIT", bold=True),
    ]
    if slip.head is None:
        blocks.append(Text("Belum ada catatan hari ini"))
    else:
        blocks.append(Text(f"Catatan nomor {slip.head[0]}"))
        blocks += [Text(line, bold=True) for line in hash_lines(slip.head[1])]
        blocks.append(Qr(slip.qr))
    blocks += [Rule(), Text(KEEP_OUTSIDE, bold=True)]
    return TicketLayout(config.printer.width_mm, blocks)


def print_close_of_day(printer: TicketPrinter, slip: CloseOfDay, config: Config) -> None:
    """Print the slip; a printer fault raises kiosk.ports.PrinterError for the caller to show."""
    printer.print_ticket(close_of_day_layout(slip, config), f"close-of-day-{slip.day.isoformat()}")
