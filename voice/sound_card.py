"""The sound card through sounddevice (PortAudio): the AudioOut the display and the kiosk play on.

Chosen over QtMultimedia (README, "Voice"): it adds well under 1 MB (PortAudio is the system's
libportaudio2 on Linux and comes inside the wheel on Windows) where QtMultimedia needs PySide6-Addons,
and it hands the first sample to the device within milliseconds. A stream is opened per announcement
and closed when the last sample has played, so an unplugged and re-plugged device is picked up again.
"""

from __future__ import annotations

import time
from typing import Any

from kiosk.ports import AudioUnavailable

CHUNK = 1024  # samples per write: ~46 ms at 22050 Hz


class SoundCard:
    """Plays on the default output device; `first_sample_at` is when the last play handed over its first
    chunk (time.perf_counter), for the bench."""

    def __init__(self) -> None:
        self.first_sample_at = 0.0

    def play(self, samples: Any, rate: int) -> None:
        try:
            import sounddevice  # loads PortAudio: OSError when libportaudio2 is missing
        except OSError as exc:
            raise AudioUnavailable(f"PortAudio is not installed: {exc}") from None
        try:
            with sounddevice.OutputStream(samplerate=rate, channels=1, dtype="int16") as stream:
                for start in range(0, len(samples), CHUNK):
                    stream.write(samples[start : start + CHUNK])
                    if not start:
                        self.first_sample_at = time.perf_counter()
        except sounddevice.PortAudioError as exc:  # no device, device busy or gone
            raise AudioUnavailable(str(exc)) from None
