"""The chime before each call, made from sine waves: no sound file to ship or lose.

Two soft bell tones a major third apart (E5 then C5, "ding-dong"), each with a few harmonics and an
exponential decay, so it draws attention without startling anyone.
"""

from __future__ import annotations

import numpy as np

from voice.audio import RATE, TARGET_RMS

NOTES = ((659.25, 0.0), (523.25, 0.45))  # (frequency Hz, start s)
LENGTH = 1.6  # seconds
DECAY = 3.0  # per second


def chime() -> np.ndarray:
    """The chime as float samples at RATE, at the voice's loudness."""
    t = np.arange(round(LENGTH * RATE)) / RATE
    out = np.zeros_like(t)
    for freq, start in NOTES:
        local = np.clip(t - start, 0, None)
        envelope = np.where(t >= start, np.exp(-DECAY * local), 0.0)
        envelope *= np.minimum(local * 200, 1)  # a 5 ms attack: no click
        tone = sum(np.sin(2 * np.pi * freq * k * local) / k**2 for k in (1, 2, 3))
        out += envelope * tone
    out *= np.minimum((LENGTH - t) * 20, 1)  # fade the tail out over the last 50 ms
    loud = out[: round(0.9 * RATE)]
    return out * (TARGET_RMS / float(np.sqrt(np.mean(loud**2))))
