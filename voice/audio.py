"""Sound as numbers: WAV in and out, one rate, mono, trimmed, level-matched and joined with even pauses.

Everything the voice plays is a 1-D int16 array at RATE, so clips from espeak-ng and clips an office
recorded itself (any rate, mono or stereo, 8/16/24/32-bit) sound alike once loaded: resampled, made
mono, silence trimmed from both ends (so the pauses between words are the ones we add) and scaled to
one loudness (RMS), with the peak kept below full scale.
"""

from __future__ import annotations

import io
import wave
from collections.abc import Iterable
from pathlib import Path

import numpy as np

RATE = 22050  # espeak-ng's own rate: the default clips need no resampling
TARGET_RMS = 0.12  # of full scale (about -18 dBFS): every clip is brought to this loudness
PEAK = 0.95
SILENCE = 0.02  # of full scale: quieter than this at either end of a clip is trimmed


class BadAudio(ValueError):
    """A clip file is not a WAV this player reads, or holds no sound."""


def read_wav(source: Path | bytes) -> np.ndarray:
    """A WAV file (or its bytes) as float samples in -1..1, mono, at RATE."""
    try:
        with wave.open(io.BytesIO(source) if isinstance(source, bytes) else str(source)) as wav:
            width, channels, rate = wav.getsampwidth(), wav.getnchannels(), wav.getframerate()
            raw = wav.readframes(wav.getnframes())
    except (wave.Error, EOFError) as exc:
        raise BadAudio(
            f"{source if isinstance(source, Path) else 'WAV data'}: not a PCM WAV ({exc})"
        ) from None
    if width == 1:
        samples = (np.frombuffer(raw, np.uint8).astype(np.float64) - 128) / 128
    elif width == 3:
        bytes3 = np.frombuffer(raw, np.uint8).reshape(-1, 3)
        padded = np.zeros((len(bytes3), 4), np.uint8)
        padded[:, 1:] = bytes3
        samples = padded.view("<i4").ravel().astype(np.float64) / 2**31
    else:
        kind = {2: "<i2", 4: "<i4"}.get(width)
        if kind is None:
            raise BadAudio(f"unsupported sample width {width}")
        samples = np.frombuffer(raw, kind).astype(np.float64) / 2 ** (8 * width - 1)
    samples = samples.reshape(-1, channels).mean(axis=1)
    return resample(samples, rate)


def resample(samples: np.ndarray, rate: int) -> np.ndarray:
    """Linear interpolation to RATE (speech clips do not need better)."""
    if rate == RATE or not len(samples):
        return samples
    count = round(len(samples) * RATE / rate)
    return np.interp(np.arange(count) * rate / RATE, np.arange(len(samples)), samples)


def level_matched(samples: np.ndarray) -> np.ndarray:
    """Trimmed of silence at both ends and scaled to TARGET_RMS (peak at most PEAK)."""
    loud = np.flatnonzero(np.abs(samples) > SILENCE)
    if not len(loud):
        raise BadAudio("the clip holds no sound")
    samples = samples[loud[0] : loud[-1] + 1]
    rms = float(np.sqrt(np.mean(samples**2)))
    gain = min(TARGET_RMS / rms, PEAK / float(np.max(np.abs(samples))))
    return samples * gain


def silence(seconds: float) -> np.ndarray:
    return np.zeros(round(seconds * RATE))


def join(parts: Iterable[np.ndarray], gap: float) -> np.ndarray:
    """The parts one after another with `gap` seconds of silence between each two."""
    pause = silence(gap)
    pieces: list[np.ndarray] = []
    for part in parts:
        if pieces:
            pieces.append(pause)
        pieces.append(part)
    return np.concatenate(pieces) if pieces else silence(0)


def to_int16(samples: np.ndarray, volume: float = 1.0) -> np.ndarray:
    return np.round(np.clip(samples * volume, -1, 1) * 32767).astype(np.int16)


def wav_bytes(samples: np.ndarray) -> bytes:
    """int16 samples at RATE as a WAV file's bytes."""
    out = io.BytesIO()
    with wave.open(out, "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(samples.astype("<i2").tobytes())
    return out.getvalue()
