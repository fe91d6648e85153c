"""The folder of voice clips, one WAV per word or fixed phrase, and the sentences made from them.

The clip names are in kiosk/spoken.py (`all_clips`): `nomor-antrean.wav`, `silakan-menuju-loket.wav`,
`huruf-a.wav` … `huruf-z.wav` (the letter's name: a, be, ce …), and the number words `satu.wav` …
`sembilan.wav`, `sepuluh`, `sebelas`, `belas`, `puluh`, `seratus`, `ratus`, `seribu`, `ribu`. An office
replaces any of them with its own recording (any rate, mono or stereo); each clip is trimmed and
level-matched when loaded, so a recorded clip sits evenly among generated ones.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np

from kiosk import spoken
from voice.audio import BadAudio, join, level_matched, read_wav, silence
from voice.chime import chime

GAP_S = 0.12  # between two clips of a sentence
AFTER_CHIME_S = 0.3
BETWEEN_REPEATS_S = 0.9
DEFAULT_DIR = Path(__file__).resolve().parent / "clips"  # made by the set-up (`make voice-clips`)


class MissingClip(BadAudio):
    """A clip the sentence needs is not in the folder."""


class ClipSet:
    """Clips loaded on first use and kept (a few hundred kB in all)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or DEFAULT_DIR
        self._loaded: dict[str, np.ndarray] = {}
        self._lock = threading.Lock()

    def clip(self, name: str) -> np.ndarray:
        with self._lock:
            if name not in self._loaded:
                path = self.folder / f"{name}.wav"
                if not path.is_file():
                    raise MissingClip(f"voice clip {path} is missing (run `make voice-clips`)")
                self._loaded[name] = level_matched(read_wav(path))
            return self._loaded[name]

    def sentence(self, names: list[str]) -> np.ndarray:
        """The clips one after another with short even pauses."""
        return join((self.clip(n) for n in names), GAP_S)

    def call(self, label: str, counter: int, repeat: int) -> np.ndarray:
        """Chime, then the call sentence `repeat` times: the whole announcement, float samples."""
        sentence = self.sentence(spoken.call_clips(label, counter))
        said = join([sentence] * repeat, BETWEEN_REPEATS_S)
        return np.concatenate([chime(), silence(AFTER_CHIME_S), said])
