"""The announcement queue: one thread plays one announcement at a time, in the order they came.

NovoSGA's panel was reported to speak only the newest of calls that landed together and to cut off a
call being spoken when the next one arrived. Here nothing is ever dropped or cut: `announce` only queues
(it returns at once, on any thread), and the player thread plays each announcement to its last sample
before it takes the next. Screen instructions (`say`) share the queue; a newer instruction replaces
instructions not yet begun (the visitor has moved on), never a call, never what is being said.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from kiosk.config import VoiceConfig
from kiosk.ports import AudioOut, AudioUnavailable
from voice import prompts
from voice.audio import RATE, BadAudio, to_int16, wav_bytes
from voice.clips import ClipSet
from voice.espeak import SpeechUnavailable

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Job:
    is_prompt: bool
    render: Callable[[], np.ndarray]  # float samples; made on the player thread
    what: str  # for the log


class Announcer:
    """A Speaker (kiosk/ports.py) playing on `audio_out`; a no-op when `config.enabled` is false."""

    def __init__(self, config: VoiceConfig, audio_out: AudioOut, clips: ClipSet | None = None) -> None:
        self.config = config
        self.audio_out = audio_out
        self.clips = clips or ClipSet(config.clips_dir)
        self.prompts = prompts.PromptVoice(self.clips.folder)
        self._jobs: deque[_Job] = deque()
        self._busy = False
        self._closed = False
        self._no_device = False
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None

    def call_samples(self, label: str, counter: int) -> np.ndarray:
        """The exact int16 samples (at voice.audio.RATE) a call plays: chime, then the sentence."""
        return to_int16(self.clips.call(label, counter, self.config.repeat), self.config.volume)

    def call_wav(self, label: str, counter: int) -> bytes:
        """The same, as a WAV file's bytes (`kiosk announce --wav`)."""
        return wav_bytes(self.call_samples(label, counter))

    def announce(self, label: str, counter: int, kind: str = "call") -> None:
        self._queue(
            _Job(False, lambda: self.clips.call(label, counter, self.config.repeat), f"{kind} {label}")
        )

    def say(self, text: str, language: str = "id") -> None:
        self._queue(_Job(True, lambda: self.prompts.samples(text, language), f"prompt {text[:40]!r}"))

    def wait_idle(self, timeout: float) -> bool:
        """Wait until everything queued has been played; False on timeout."""
        with self._cond:
            return self._cond.wait_for(lambda: not self._jobs and not self._busy, timeout)

    def close(self) -> None:
        """Stop after the announcement being played (queued ones are dropped)."""
        with self._cond:
            self._closed = True
            self._jobs.clear()
            self._cond.notify_all()

    def _queue(self, job: _Job) -> None:
        if not self.config.enabled:
            return
        with self._cond:
            if self._closed:
                return
            if job.is_prompt:
                self._jobs = deque(j for j in self._jobs if not j.is_prompt)
            self._jobs.append(job)
            self._cond.notify_all()
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="announcer", daemon=True)
                self._thread.start()

    def _run(self) -> None:
        while True:
            with self._cond:
                self._cond.wait_for(lambda: self._jobs or self._closed)
                if self._closed:
                    return
                job = self._jobs.popleft()
                self._busy = True
            try:
                self._play(job)
            finally:
                with self._cond:
                    self._busy = False
                    self._cond.notify_all()

    def _play(self, job: _Job) -> None:
        try:
            samples = to_int16(job.render(), self.config.volume)
        except (BadAudio, SpeechUnavailable) as exc:
            log.error("cannot say %s: %s", job.what, exc)
            return
        try:
            self.audio_out.play(samples, RATE)
        except AudioUnavailable as exc:
            if not self._no_device:  # one warning, not one per call; the screens carry on
                log.warning("no sound device, announcements are not heard: %s", exc)
            self._no_device = True
            return
        if self._no_device:
            log.warning("sound device available again")
            self._no_device = False
