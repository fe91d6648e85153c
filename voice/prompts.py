"""Spoken screen instructions: any sentence, in Indonesian or English, from a recording or espeak-ng.

A recorded voice wins: `<clips folder>/prompts/<prompt_name(text, language)>.wav` if it exists.
Otherwise the sentence is synthesised by espeak-ng into memory on first use (about 0.1 s) and kept, so
the second time it starts at once; `prepare` makes a screen's sentences ahead of time.
"""

from __future__ import annotations

import re
import threading
import zlib
from pathlib import Path

import numpy as np

from voice.audio import level_matched, read_wav
from voice.espeak import synthesise


def prompt_name(text: str, language: str) -> str:
    """A file name for a recorded prompt: 'id-silakan-pilih-layanan-1a2b3c4d' (language, the first words,
    a checksum of the exact text)."""
    words = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].rstrip("-")
    return f"{language}-{words}-{zlib.crc32(f'{language}:{text}'.encode()):08x}"


class PromptVoice:
    def __init__(self, clips_folder: Path) -> None:
        self.folder = clips_folder / "prompts"
        self._cache: dict[tuple[str, str], np.ndarray] = {}
        self._lock = threading.Lock()

    def samples(self, text: str, language: str) -> np.ndarray:
        """The sentence as float samples (level-matched like the call clips)."""
        key = (language, text)
        with self._lock:
            cached = self._cache.get(key)
        if cached is None:
            recorded = self.folder / f"{prompt_name(text, language)}.wav"
            cached = level_matched(read_wav(recorded) if recorded.is_file() else synthesise(text, language))
            with self._lock:
                self._cache[key] = cached
        return cached

    def prepare(self, texts: list[str], language: str) -> None:
        """Make these sentences now (call it off the GUI thread), so they start at once when said."""
        for text in texts:
            self.samples(text, language)
