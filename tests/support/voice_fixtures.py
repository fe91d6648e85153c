"""Voice fixtures: the default clips made once per test session with the real espeak-ng, and a sound card
that records what it is handed (the one part the tests may fake: there is no loudspeaker here)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

from voice.generate import generate


@pytest.fixture(scope="session")
def clips_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("clips")
    generate(folder)
    return folder


class RecordingSoundCard:
    """Plays in real time (sleeps for the samples' length) and records each play with its start and end."""

    def __init__(self, speed: float = 50.0) -> None:
        self.speed = speed  # how many times faster than real time a play "lasts"
        self.played: list[tuple[float, float, np.ndarray]] = []
        self.lock = threading.Lock()
        self.playing = 0
        self.overlapped = False

    def play(self, samples: np.ndarray, rate: int) -> None:
        with self.lock:
            self.playing += 1
            self.overlapped |= self.playing > 1
        start = time.perf_counter()
        time.sleep(len(samples) / rate / self.speed)
        with self.lock:
            self.playing -= 1
            self.played.append((start, time.perf_counter(), samples.copy()))
