"""Every `kiosk` command, found from the parser (so commands added later are covered too), on hostile
input: files that are missing, folders, garbage, deeply nested or huge; non-ASCII digits, NIK-shaped
text, control bytes; a damaged database, a data folder that cannot be made, a broken configuration.
Each run must end with exit code 0-3 and a message, never a traceback, and never print a full NIK.

Commands run in this process through ui.launcher.main; `run` and `self-test`, which start Qt, run in a
child process (`run` quits once its first screen is up: $KIOSK_EXIT_AFTER_HOME).
"""

from __future__ import annotations

import argparse
import base64
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from kiosk.cli import build_parser
from kiosk.digits import mask_nik_runs
from tests.support.cli_run import run_kiosk
from tests.support.config_files import toml_text
from ui import launcher
from ui.app import READY

NIK = "3201011508900017"
NIKS = (NIK, "3201 0115 0890 0017", "3201-0115-0890-0017")
IN_CHILD = {"run", "self-test"}  # they start Qt: a child process each
RUNS_UNTIL_STOPPED = {"--watch"}  # `printer queue --watch` retries until Ctrl+C, by design
# Commands that follow the feed or show a window until stopped: their own tests cover their input
# (tests/test_calls_watch.py, tests/test_display.py, tests/ui/test_counter_console.py).
LONG_RUNNING = {("calls", "watch"), ("display",), ("counter",)}


def commands() -> Iterator[tuple[tuple[str, ...], argparse.ArgumentParser]]:
    """(path, parser) of every leaf command, e.g. (('audit', 'verify'), …)."""

    def walk(parser: argparse.ArgumentParser, path: tuple[str, ...]) -> Iterator:
        subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        if not subs:
            yield path, parser
            return
        for name, sub in subs[0].choices.items():
            yield from walk(sub, (*path, name))

    yield from walk(build_parser(launcher.EXTRA_COMMANDS), ())


def argvs(path: tuple[str, ...], parser: argparse.ArgumentParser, value: str, flags: bool) -> list[list[str]]:
    """The command with every positional and required option given `value`, then once more with each
    optional option too; `flags`: with its plain on/off options (--json, --pin-stdin)."""
    exclusive = {a for group in parser._mutually_exclusive_groups for a in group._group_actions}
    base, optional, switches = [*path], [], []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction) or action.dest in ("config", "lang"):
            continue
        if not action.option_strings:
            base.append(value)
        elif action.nargs == 0:
            skip = action in exclusive or action.option_strings[0] in RUNS_UNTIL_STOPPED
            switches += [] if skip else action.option_strings[:1]
        elif action.required:
            base += [action.option_strings[0], value]
        else:
            optional.append([action.option_strings[0], value])
    base += switches if flags else []
    return [base] + [base + extra for extra in optional]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "garbage.bin").write_bytes(bytes(range(256)) * 40 + b"\0" * 100)
    (folder / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    (folder / "number.json").write_text('[{"code": ' + "9" * 5000 + "}]")
    (folder / "nik.csv").write_text(
        "code,nik,name,service,office,date,session_start,session_end\n"
        + f"{NIK},{NIK},{NIK},{NIK},{NIK},{NIK},{NIK},{NIK}\n"
    )
    with (folder / "huge.csv").open("wb") as out:
        out.truncate(25_000_000)
    deep_token = base64.urlsafe_b64encode(b"[" * 1000).rstrip(b"=").decode()
    return {
        "missing": str(folder / "no-such-folder" / "file.db"),
        "folder": str(folder),
        "garbage": str(folder / "garbage.bin"),
        "deep json": str(folder / "deep.json"),
        "long number": str(folder / "number.json"),
        "NIK cells": str(folder / "nik.csv"),
        "huge file": str(folder / "huge.csv"),
        "NIK": NIK,
        "grouped NIK": NIKS[1],
        "Arabic-Indic digits": "٣٢٠١٠١١٥٠٨٩٠٠٠١٧",
        "control bytes": "A\x1b@\x1dB\x07C\n",  # no NUL: a command line cannot hold one
        "deep BKG1": f"BKG1.{deep_token}.{'A' * 86}",
        "long text": "x" * 100_000,
        "bad date": "2026-02-30",
    }


@pytest.fixture(scope="module")
def configs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Configurations: a working one, and ones whose database, folder or file is broken."""
    folder = tmp_path_factory.mktemp("configs")

    def config(name: str, data: Path, text: str | None = None) -> str:
        path = folder / f"{name}.toml"
        base = {
            "office": {"opens": "00:00", "closes": "24:00", "open_days": [1, 2, 3, 4, 5, 6, 7]},
            "kiosk": {"data_dir": data.as_posix()},
        }
        path.write_text(text if text is not None else toml_text(base), "utf-8")
        return str(path)

    damaged = folder / "damaged"
    damaged.mkdir()
    (damaged / "kiosk.db").write_bytes(b"not a database " * 500)
    blocker = folder / "a-file"
    blocker.write_text("not a folder")
    return {
        "working": config("working", folder / "data"),
        "damaged database": config("damaged", damaged),
        "folder cannot be made": config("blocked", blocker / "data"),
        "deep TOML": config("deep", folder, "a = " + "[" * 100_000 + "]" * 100_000 + "\n"),
        "not UTF-8": config(
            "latin1", folder, '[office]\nname = "caf\xe9"\n'.encode("latin-1").decode("latin-1")
        ),
        "missing file": str(folder / "missing.toml"),
        "a folder": str(folder),
    }


def check(code: int, out: str, err: str, what: str) -> None:
    text = out + err
    assert code in (0, 1, 2, 3), f"{what}: exit {code}\n{text[-2000:]}"
    assert "Traceback" not in text, f"{what}:\n{text[-3000:]}"
    assert not any(nik in text for nik in NIKS) and mask_nik_runs(text) == text, f"{what}: a full NIK\n{text}"


@pytest.fixture
def stdin_pin(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`officer add` without --pin-stdin asks twice without echo: here it reads stdin instead of a tty.
    And the commands run in a temporary folder: a hostile value taken as a relative file name (a backup
    called 3201011508900017) lands there, not in the source tree."""
    monkeypatch.setattr("getpass.getpass", lambda prompt="": sys.stdin.readline().rstrip("\n"))
    monkeypatch.chdir(tmp_path)


def test_every_command_on_hostile_values(
    hostile: dict[str, str], configs: dict[str, str], stdin_pin: None
) -> None:
    ran = 0
    for path, parser in commands():
        if path[0] in IN_CHILD or path in LONG_RUNNING:
            continue
        for i, (name, value) in enumerate(hostile.items()):
            for argv in argvs(path, parser, value, flags=i % 2 == 0):
                run = run_kiosk(*argv, "--config", configs["working"], stdin="٤٨٢٩١٣\n٤٨٢٩١٣\n")
                check(run.code, run.out, run.err, f"kiosk {' '.join(path)} with {name}")
                ran += 1
    assert ran > 200


def test_every_command_on_broken_configurations_and_databases(
    hostile: dict[str, str], configs: dict[str, str], stdin_pin: None
) -> None:
    for path, parser in commands():
        if path[0] in IN_CHILD or path in LONG_RUNNING:
            continue
        for name, config in configs.items():
            for argv in argvs(path, parser, hostile["NIK"], flags=True)[:1]:
                run = run_kiosk(*argv, "--config", config, stdin=f"{NIK}\n")
                check(run.code, run.out, run.err, f"kiosk {' '.join(path)} with {name} configuration")


@pytest.mark.parametrize("config", ["damaged database", "folder cannot be made", "deep TOML"])
@pytest.mark.parametrize("command", sorted(IN_CHILD))
def test_the_qt_commands_in_a_child_process(configs: dict[str, str], config: str, command: str) -> None:
    """`kiosk run` starts (out of service: tests/ui/test_database_faults_ui.py) or refuses its configuration;
    `self-test` reports FAIL lines."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KIOSK_EXIT_AFTER_HOME": "1"}
    argv = [sys.executable, "-m", "ui.launcher", command, "--config", configs[config]]
    result = subprocess.run(
        [*argv, *(["--windowed"] if command == "run" else [])],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    check(result.returncode, result.stdout, result.stderr, f"kiosk {command} with {config}")
    if command == "run" and config != "deep TOML":  # it starts, on the out-of-service screen
        assert result.returncode == 0 and READY in result.stdout, result.stderr
