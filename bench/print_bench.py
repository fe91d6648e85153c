"""How long printing takes, apart from the paper: rendering, a status query, a ticket over TCP, the queue.

    .venv/bin/python -m bench.print_bench [--rounds 50]

Renders a real ticket's layout as ESC/POS (58 and 80 mm, native QR and image QR) and as the screen's
picture; asks a loopback TCP printer (tests/printer_peer.py) for its status; prints tickets to it with
the status queries before and after; then prints 20 queued tickets late through the print queue.
Figures are medians in milliseconds (the queue: the whole drain).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from bench.quick import add_quick
from kiosk.config import load_config
from kiosk.db import Database
from kiosk.desk import Desk
from kiosk.ticket_layout import ticket_layout
from kiosk.tickets import TicketService
from printing.escpos_render import escpos_bytes
from printing.printers import make_printer
from printing.ticket_image import ticket_image
from tests.support.config_files import toml_text
from tests.support.niks import make_nik
from tests.support.printer_peer import LoopbackPrinter

QUEUED = 20


def median_ms(fn: Callable[[], object], rounds: int) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def desk(folder: Path, port: int, width: int) -> Desk:
    path = folder / f"kiosk-{width}.toml"
    path.write_text(
        toml_text(
            {
                "office": {"opens": "00:00", "closes": "24:00", "open_days": [1, 2, 3, 4, 5, 6, 7]},
                "kiosk": {"data_dir": (folder / str(width)).as_posix()},
                "printer": {"type": "network", "host": "127.0.0.1", "port": port, "width_mm": width},
            }
        )
    )
    config = load_config(path)
    now = datetime.now(UTC)
    return Desk(
        config,
        TicketService(config, Database.open(config.database.url), lambda: now),
        make_printer(config.printer),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=50)
    add_quick(parser)
    args = parser.parse_args()
    rounds = 3 if args.quick else args.rounds
    peer = LoopbackPrinter()
    with tempfile.TemporaryDirectory(prefix="kiosk-print-bench-") as name:
        folder = Path(name)
        print(f"{'what':<44} {'ms':>8}")
        for width in (58, 80):
            front = desk(folder, peer.port, width)
            layout = ticket_layout(front.tickets.issue("new", make_nik(width), "Siti Aminah"), front.config)
            for native in (True, False):
                qr = "native QR" if native else "image QR"
                print(
                    f"{f'escpos_bytes {width} mm, {qr}':<44} "
                    f"{median_ms(partial(escpos_bytes, layout, 'TM-T88V', native), rounds):>8.2f}"
                )
            print(
                f"{f'ticket_image {width} mm':<44} {median_ms(partial(ticket_image, layout), rounds):>8.2f}"
            )
        printer = front.printer
        print(f"{'status query over TCP (DLE EOT 1 and 4)':<44} {median_ms(printer.status, rounds):>8.2f}")
        sent = len(peer.jobs)
        print(
            f"{'ticket over TCP, asked before and after':<44} "
            f"{median_ms(lambda: printer.print_ticket(layout, 'bench'), rounds):>8.2f}"
        )
        peer.wait_for_jobs(sent + rounds)
        peer.status = "paper_out"
        for n in range(1, QUEUED + 1):
            front.issue("renewal", make_nik(1000 + n), "Budi Santoso")
        peer.status = "ok"
        started = time.perf_counter()
        printed = front.print_queue.retry_pending()
        drain = (time.perf_counter() - started) * 1000
        assert len(printed) == QUEUED
        print(f"{f'print queue: {QUEUED} late tickets, whole drain':<44} {drain:>8.2f}")
        front.tickets.db.dispose()
    peer.close()


if __name__ == "__main__":
    main()
