"""How soon a call reaches the waiting room: the feed line, the display's repaint, the first audio sample.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.feed_bench [--calls 40] [--quick]

For SQLite and for PostgreSQL (a server the bench starts itself, tests/pg_server.py, fsync on), a counter
calls a ticket `--calls` times, once every `--gap` seconds (a new commit lands at a random point of the
listeners' poll cycle). Measured from the moment the call's transaction has committed (next() returned):
- feed line: until `kiosk calls watch --json`, running as its own process, printed the call's line;
- repaint: until the display board (offscreen, in this process, the ChangeWatch thread waiting on the
  feed) painted the new number;
- first sample: until the voice handed the announcement's first samples to the sound card (PortAudio on
  ALSA's null device when the machine has no sound card: the same code path, nothing heard).
Target: p95 <= 500 ms on PostgreSQL. SQLite polls every 300 ms, so it adds up to that.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QApplication

from bench.quick import add_quick
from bench.ui_bench import percentile, wait_until
from kiosk import change_feed
from kiosk.calling import CallingService
from kiosk.config import VoiceConfig, load_config
from kiosk.db import Database
from kiosk.tickets import TicketService
from tests.support.config_files import toml_text
from tests.support.feed_peer import LineReader
from tests.support.niks import make_nik
from tests.support.pg_server import PgServer
from ui.display.app import DisplayController
from ui.display.run import build_board
from voice.announcer import Announcer
from voice.sound_card import SoundCard

TARGET_P95_MS = 500.0
ROW = "{:<11} {:<13} {:>6} {:>8} {:>8} {:>8}"
NULL_ALSA = "pcm.!default { type null }\nctl.!default { type hw card 0 }\n"


class PaintTimes(QObject):
    """Records when the board's number was painted, with the text it showed."""

    def __init__(self, number: QObject) -> None:
        super().__init__()
        self.number = number
        self.painted: list[tuple[float, str]] = []
        number.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted.append((time.perf_counter(), self.number.text()))
        return False


def use_null_sound_card_if_none() -> str:
    """Point PortAudio at ALSA's null device when there is no sound card; say which device is used."""
    if Path("/proc/asound/cards").exists() and "no soundcards" not in Path("/proc/asound/cards").read_text():
        return "the default sound card"
    home = Path(tempfile.mkdtemp(prefix="feed-bench-alsa-"))
    (home / ".asoundrc").write_text(NULL_ALSA)
    os.environ["HOME"] = str(home)  # ALSA reads ~/.asoundrc when PortAudio starts (first play)
    return "ALSA's null device (no sound card here)"


def write_config(folder: Path, url: str | None) -> Path:
    sections: dict = {
        "office": {"opens": "00:00", "closes": "24:00", "open_days": [1, 2, 3, 4, 5, 6, 7]},
        "kiosk": {"data_dir": folder.as_posix()},
        "voice": {"repeat": 1},
    }
    if url is not None:
        sections["database"] = {"url": url}
    path = folder / "kiosk.toml"
    path.write_text(toml_text(sections), "utf-8")
    return path


def run(config_path: Path, calls: int, gap: float) -> dict[str, list[float]]:
    """Milliseconds from commit to feed line, to repaint and to first sample, per call."""
    config = load_config(config_path)
    db = Database.open(config.database.url)
    tickets, calling = TicketService(config, db), CallingService(config, db)
    for i in range(calls):
        tickets.issue("new", make_nik(i + 1), "SITI AMINAH")
    app = QApplication.instance() or QApplication(sys.argv)
    board = build_board(config, QSize(1920, 1080))
    board.show()
    card = SoundCard()
    speaker = Announcer(VoiceConfig(repeat=1), card)
    controller = DisplayController(config, db, board, speaker)
    controller.start()
    wait_until(lambda: controller.watch is not None)
    paints = PaintTimes(board.number)
    with db.read() as session:
        head = str(change_feed.head(session))
    watch = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ui.launcher",
            "calls",
            "watch",
            "--json",
            "--after",
            head,
            "--config",
            str(config_path),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    lines = LineReader(watch)
    time.sleep(2)  # the watcher process starts and listens (it starts after `head` in any case)
    times: dict[str, list[float]] = {"feed line": [], "repaint": [], "first sample": []}
    try:
        for _ in range(calls):
            time.sleep(random.uniform(0, gap))
            label = calling.next(1).label
            committed = time.perf_counter()
            line = json.loads(lines.next())
            times["feed line"].append((time.perf_counter() - committed) * 1000)
            assert line["number"] == label
            wait_until(lambda c=committed, n=label: any(t > c and text == n for t, text in paints.painted))
            painted = next(t for t, text in paints.painted if t > committed and text == label)
            times["repaint"].append((painted - committed) * 1000)
            # queued before the repaint; idle without a sample: no sound device (logged once)
            wait_until(lambda c=committed: card.first_sample_at > c or speaker.wait_idle(0))
            if card.first_sample_at > committed:
                times["first sample"].append((card.first_sample_at - committed) * 1000)
            speaker.wait_idle(60)
            paints.painted.clear()
    finally:
        watch.kill()
        controller.stop()
        speaker.close()
        board.close()
        app.processEvents()
        db.dispose()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=40)
    parser.add_argument("--gap", type=float, default=0.6, help="seconds between calls (at random, up to)")
    add_quick(parser)
    parser.add_argument("--databases", nargs="+", default=["sqlite", "postgresql"])
    args = parser.parse_args(argv)
    calls = 8 if args.quick else args.calls
    device = use_null_sound_card_if_none()
    print(f"{calls} calls per database; audio to {device}; ms from commit")
    print(ROW.format("database", "to", "calls", "p50", "p95", "max"))
    for name in args.databases:
        with tempfile.TemporaryDirectory() as tmp:
            if name == "postgresql":
                with PgServer(durable=True) as server:
                    times = run(write_config(Path(tmp), server.create_database()), calls, args.gap)
            else:
                times = run(write_config(Path(tmp), None), calls, args.gap)
        for what, values in times.items():
            if not values:
                print(ROW.format(name, what, 0, "-", "-", "-"))
                continue
            p50, p95 = percentile(values, 0.5), percentile(values, 0.95)
            print(ROW.format(name, what, len(values), f"{p50:.0f}", f"{p95:.0f}", f"{max(values):.0f}"))
            if name == "postgresql" and what != "first sample" and p95 > TARGET_P95_MS:
                print(f"  above the target p95 <= {TARGET_P95_MS:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
