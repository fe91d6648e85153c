"""The benches stay alive: each takes --quick (run by `make bench-quick` in CI), and the configurations
the database and audit benches write load under today's rules (they once lacked the priority lane)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench import audit_bench, db_bench
from kiosk.config import load_config

BENCHES = sorted(p for p in (Path(__file__).parent.parent / "bench").glob("*_bench.py"))


def test_the_bench_configurations_load(tmp_path: Path) -> None:
    assert load_config(audit_bench.write_config(tmp_path)).service("priority")
    assert load_config(db_bench.write_config(tmp_path, None)).service("priority")


@pytest.mark.parametrize("bench", BENCHES, ids=lambda p: p.stem)
def test_every_bench_has_a_quick_mode_in_make_bench_quick(bench: Path) -> None:
    makefile = (bench.parent.parent / "Makefile").read_text()
    assert "add_quick(parser)" in bench.read_text()
    assert f"-m bench.{bench.stem} --quick" in makefile
