"""Cold start to the Home screen, for the bundle (dist/kiosk/kiosk) and for the venv's `kiosk` script.

    .venv/bin/python -m bench.startup_bench [--starts 5] [--bundle dist/kiosk/kiosk] [--drop-caches]

Each start is a fresh `kiosk run --windowed` process (offscreen) with $KIOSK_EXIT_AFTER_HOME set: ui/app.py
prints READY once Home is shown with the event loop running, and quits. The time is from starting the
process to reading that line. The first start of each
program creates its database and is reported on its own; the median is over the `--starts` after it.
With --drop-caches (root, Linux) the page cache is emptied before every start, as after a reboot.
Targets on the 2-core machine: median ≤ 2 s from the venv (issue: walk-in), ≤ 3 s for the bundle.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.quick import add_quick
from bench.ui_bench import write_config
from ui.app import READY

ROOT = Path(__file__).resolve().parent.parent
TARGET_S = 3.0


def drop_caches() -> None:
    """Empty Linux's page cache, so the next start reads every file from disk (needs root)."""
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def time_to_home(program: Path, config: Path, cold: bool) -> float:
    """Seconds from starting `program run` to its READY line."""
    env = {**os.environ, "KIOSK_EXIT_AFTER_HOME": "1"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    command = [str(program), "run", "--windowed", "--config", str(config)]
    if cold:
        drop_caches()
    started = time.perf_counter()
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, text=True) as child:
        assert child.stdout is not None
        for line in child.stdout:
            if line.strip() == READY:
                elapsed = time.perf_counter() - started
                break
        else:
            raise RuntimeError(f"{program} exited with {child.wait()} before showing Home")
        child.wait(30)
    return elapsed


def measure(name: str, program: Path, folder: Path, starts: int, cold: bool) -> None:
    config = write_config(folder / name, {"type": "preview"})
    first = time_to_home(program, config, cold)
    seconds = [time_to_home(program, config, cold) for _ in range(starts)]
    median = statistics.median(seconds)
    print(f"{name:7} {program}")
    print(
        f"        first start {first:5.2f} s (creates the database)   then median {median:5.2f} s, "
        f"min {min(seconds):5.2f}, max {max(seconds):5.2f} over {starts}   (target ≤ {TARGET_S:g})"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--starts", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "kiosk" / "kiosk")
    parser.add_argument("--drop-caches", action="store_true", help="empty the page cache before each start")
    add_quick(parser)
    args = parser.parse_args(argv)
    if args.quick:
        args.starts = 1
    programs = {"bundle": args.bundle, "venv": Path(sys.executable).with_name("kiosk")}
    print(f"cold start -> Home shown, {'page cache emptied' if args.drop_caches else 'page cache warm'}:")
    with tempfile.TemporaryDirectory() as tmp:
        for name, program in programs.items():
            if not program.exists():
                print(f"{name:7} {program}: missing (`make dist` builds the bundle)")
                continue
            measure(name, program, Path(tmp), args.starts, args.drop_caches)
    return 0


if __name__ == "__main__":
    sys.exit(main())
