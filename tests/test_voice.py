"""The voice: clip sequence and WAV length, level matching, the queue (in order, never overlapping,
never cut off), spoken instructions, and no sound device."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import numpy as np
import pytest

from kiosk.config import VoiceConfig
from kiosk.ports import AudioUnavailable
from kiosk.spoken import all_clips, call_clips
from tests.support.voice_fixtures import RecordingSoundCard, clips_dir
from voice.announcer import Announcer
from voice.audio import RATE, TARGET_RMS, level_matched, read_wav, wav_bytes
from voice.chime import chime
from voice.clips import AFTER_CHIME_S, BETWEEN_REPEATS_S, GAP_S, ClipSet, MissingClip
from voice.espeak import spell_numbers
from voice.prompts import prompt_name

__all__ = ["clips_dir"]


def _rms(samples: np.ndarray) -> float:
    return float(np.sqrt(np.mean(samples.astype(np.float64) ** 2)))


def test_the_default_set_has_every_clip_level_matched(clips_dir: Path) -> None:
    assert sorted(p.stem for p in clips_dir.glob("*.wav")) == sorted(all_clips())
    clips = ClipSet(clips_dir)
    for name in all_clips():
        assert _rms(clips.clip(name)) == pytest.approx(TARGET_RMS, rel=0.35), name  # peak-limited ones lower


@pytest.mark.parametrize(("label", "counter", "repeat"), [("A012", 3, 1), ("B1000", 11, 2), ("P007", 2, 3)])
def test_a_call_is_its_clips_with_even_pauses_repeated(
    clips_dir: Path, label: str, counter: int, repeat: int
) -> None:
    clips = ClipSet(clips_dir)
    names = call_clips(label, counter)
    sentence = sum(len(clips.clip(n)) for n in names) + round(GAP_S * RATE) * (len(names) - 1)
    expected = len(chime()) + round(AFTER_CHIME_S * RATE) + repeat * sentence
    expected += (repeat - 1) * round(BETWEEN_REPEATS_S * RATE)
    announcer = Announcer(VoiceConfig(repeat=repeat), RecordingSoundCard(), clips)
    samples = announcer.call_samples(label, counter)
    assert samples.dtype == np.int16 and len(samples) == expected
    wav = read_wav(wav_bytes(samples))
    assert len(wav) / RATE == pytest.approx(expected / RATE)


def test_a_recorded_clip_of_another_rate_and_level_is_matched(clips_dir: Path, tmp_path: Path) -> None:
    """An office's own recording (44.1 kHz stereo, quiet, with silence around it) sits evenly."""
    t = np.arange(44100) / 44100
    tone = 0.05 * np.sin(2 * np.pi * 220 * t)
    padded = np.concatenate([np.zeros(22050), tone, np.zeros(22050)])
    stereo = np.round(np.column_stack([padded, padded]) * 32767).astype("<i2")
    import wave

    with wave.open(str(tmp_path / "dua.wav"), "wb") as out:
        out.setnchannels(2)
        out.setsampwidth(2)
        out.setframerate(44100)
        out.writeframes(stereo.tobytes())
    clip = ClipSet(tmp_path).clip("dua")
    assert len(clip) == pytest.approx(RATE, abs=RATE * 0.01)  # trimmed to the tone, resampled
    assert _rms(clip) == pytest.approx(TARGET_RMS, rel=0.01)
    with pytest.raises(MissingClip):
        ClipSet(tmp_path).clip("tiga")
    with pytest.raises(ValueError):
        level_matched(np.zeros(100))


def test_three_calls_within_100_ms_are_three_announcements_in_order(clips_dir: Path) -> None:
    card = RecordingSoundCard()
    announcer = Announcer(VoiceConfig(), card, ClipSet(clips_dir))
    calls = [("A012", 3), ("B001", 1), ("A013", 4)]
    threads = [threading.Thread(target=announcer.announce, args=call) for call in calls[1:]]
    announcer.announce(*calls[0])
    for t in threads:  # from other threads too, one after another within a few milliseconds
        t.start()
        t.join()
    assert announcer.wait_idle(30)
    assert len(card.played) == 3
    for (_, _, played), call in zip(card.played, calls, strict=True):
        assert np.array_equal(played, announcer.call_samples(*call))  # each played whole
    assert not card.overlapped
    assert all(card.played[i][1] <= card.played[i + 1][0] for i in range(2))


def test_a_recall_is_announced_again_and_disabled_voice_is_silent(clips_dir: Path) -> None:
    card = RecordingSoundCard()
    announcer = Announcer(VoiceConfig(), card, ClipSet(clips_dir))
    announcer.announce("A012", 3)
    announcer.announce("A012", 3, "recall")
    assert announcer.wait_idle(30) and len(card.played) == 2
    quiet = Announcer(VoiceConfig(enabled=False), card, ClipSet(clips_dir))
    quiet.announce("A012", 3)
    quiet.say("Halo")
    assert quiet.wait_idle(1) and len(card.played) == 2


def test_volume_scales_the_samples(clips_dir: Path) -> None:
    loud = Announcer(VoiceConfig(volume=1.0), RecordingSoundCard(), ClipSet(clips_dir)).call_samples("A1", 1)
    soft = Announcer(VoiceConfig(volume=0.5), RecordingSoundCard(), ClipSet(clips_dir)).call_samples("A1", 1)
    assert _rms(soft) == pytest.approx(_rms(loud) / 2, rel=0.01)


def test_spoken_instructions_share_the_queue_and_newer_ones_replace_waiting_ones(
    clips_dir: Path,
) -> None:
    card = RecordingSoundCard(speed=5)
    announcer = Announcer(VoiceConfig(), card, ClipSet(clips_dir))
    announcer.announce("A012", 3)  # plays for ~2.5 s
    announcer.say("Silakan pilih layanan.", "id")
    announcer.announce("A013", 3)
    announcer.say("Please type your NIK.", "en")  # replaces the instruction not yet begun
    assert announcer.wait_idle(60)
    lengths = [len(p[2]) for p in card.played]
    assert len(lengths) == 3
    assert lengths[0] == len(announcer.call_samples("A012", 3))
    assert lengths[1] == len(announcer.call_samples("A013", 3))
    assert lengths[2] == len(announcer.prompts.samples("Please type your NIK.", "en"))


def test_a_recorded_prompt_wins_over_espeak(clips_dir: Path, tmp_path: Path) -> None:
    (tmp_path / "prompts").mkdir()
    tone = np.round(0.3 * np.sin(np.arange(RATE) / 5) * 32767).astype(np.int16)
    (tmp_path / "prompts" / f"{prompt_name('Selamat datang.', 'id')}.wav").write_bytes(wav_bytes(tone))
    announcer = Announcer(VoiceConfig(), RecordingSoundCard(), ClipSet(tmp_path))
    assert len(announcer.prompts.samples("Selamat datang.", "id")) == pytest.approx(RATE, abs=10)
    assert prompt_name("Selamat datang.", "id").startswith("id-selamat-datang-")


def test_digits_are_never_handed_to_espeak() -> None:
    assert spell_numbers("loket 3 nomor 123", "id") == "loket tiga nomor seratus dua puluh tiga"
    assert spell_numbers("0812", "id") == "nol delapan satu dua"
    assert spell_numbers("counter 3", "en") == "counter three"


class NoSoundCard:
    def play(self, samples: np.ndarray, rate: int) -> None:
        raise AudioUnavailable("no default output device")


def test_no_sound_device_is_one_warning_and_the_queue_carries_on(
    clips_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    announcer = Announcer(VoiceConfig(), NoSoundCard(), ClipSet(clips_dir))
    with caplog.at_level(logging.WARNING, "voice"):
        for n in range(1, 4):
            announcer.announce(f"A{n:03d}", 1)
        assert announcer.wait_idle(30)
    assert [r.message for r in caplog.records].count(
        "no sound device, announcements are not heard: no default output device"
    ) == 1
