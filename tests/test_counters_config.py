"""[[counters]] and [calling]: defaults, and bad keys named (the CLI exits 2)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.config import CallingConfig, ConfigError, load_config

COUNTER = 'number = 3\nname_id = "Loket 3"\nname_en = "Counter 3"\nservices = ["new", "priority"]\n'


def test_without_counters_four_counters_serve_every_service(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KIOSK_CONFIG", raising=False)
    config = load_config()
    assert [(c.number, c.name_id, c.name_en) for c in config.counters] == [
        (n, f"Loket {n}", f"Counter {n}") for n in (1, 2, 3, 4)
    ]
    assert all(c.services == ("new", "renewal", "lost-damaged", "priority") for c in config.counters)
    assert config.calling == CallingConfig(
        priority_in_a_row=2, max_wait_minutes=90, max_recalls=3, console_idle_minutes=15
    )
    assert config.counter(9) is None


def test_counters_and_calling_from_the_file(tmp_path: Path) -> None:
    path = tmp_path / "k.toml"
    path.write_text(f"[calling]\nmax_recalls = 5\n[[counters]]\n{COUNTER}")
    config = load_config(path)
    counter = config.counter(3)
    assert (
        counter is not None and counter.services == ("new", "priority") and counter.name("en") == "Counter 3"
    )
    assert [c.number for c in config.counters] == [3]
    assert (config.calling.max_recalls, config.calling.priority_in_a_row) == (5, 2)


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        (f"[[counters]]\n{COUNTER.replace('3', '100', 1)}", "counters[0].number"),
        (f"[[counters]]\n{COUNTER}[[counters]]\n{COUNTER}", "counters[1].number"),
        (f"[[counters]]\n{COUNTER.replace('priority', 'visa')}", "counters[0].services"),
        ('[[counters]]\nnumber = 1\nname_id = "L"\nname_en = "C"\nservices = []\n', "counters[0].services"),
        (
            '[[counters]]\nnumber = 1\nname_id = " "\nname_en = "C"\nservices = ["new"]\n',
            "counters[0].name_id",
        ),
        (f"[[counters]]\n{COUNTER}window = 2\n", "counters[0].window"),
        ('[[counters]]\nnumber = 1\nname_id = "L"\nname_en = "C"\n', "counters[0].services"),
        ("counters = []\n", "counters"),
        ("[calling]\npriority_in_a_row = 0\n", "calling.priority_in_a_row"),
        ('[calling]\nmax_wait_minutes = "90"\n', "calling.max_wait_minutes"),
        ("[calling]\nmax_recalls = 99\n", "calling.max_recalls"),
        ("[calling]\nfairness = 1\n", "calling.fairness"),
    ],
)
def test_bad_counter_or_calling_key_is_named(tmp_path: Path, toml: str, key: str) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(toml)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert info.value.key == key


def test_cli_exits_2_naming_the_counter_key(tmp_path: Path) -> None:
    path = tmp_path / "bad.toml"
    path.write_text(f"[[counters]]\n{COUNTER.replace('priority', 'visa')}")
    result = subprocess.run(
        [sys.executable, "-m", "ui.launcher", "queue", "--config", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "counters[0].services" in result.stderr and "visa" in result.stderr
    assert "Traceback" not in result.stderr
