"""Run the `kiosk` command in this process, as the console script does, with its output captured."""

from __future__ import annotations

import contextlib
import io
from dataclasses import dataclass

import pytest

from ui import launcher


@dataclass(frozen=True)
class CliRun:
    code: int
    out: str
    err: str

    @property
    def text(self) -> str:
        return self.out + self.err


def run_kiosk(*args: str, stdin: str = "") -> CliRun:
    """`kiosk ARGS` through ui.launcher.main (the adapters wired in); stdin, stdout, stderr captured."""
    out, err = io.StringIO(), io.StringIO()
    with (
        pytest.MonkeyPatch.context() as patch,
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        patch.setattr("sys.stdin", io.StringIO(stdin))
        code = launcher.main(list(args))
    return CliRun(code, out.getvalue(), err.getvalue())
