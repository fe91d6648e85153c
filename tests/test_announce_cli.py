"""`kiosk announce`: the words, the exact WAV, refusals; a bad [voice] key stops it with exit 2."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from tests.support.config_files import MakeConfig
from tests.support.kiosk_cli import kiosk
from tests.support.voice_fixtures import RecordingSoundCard, clips_dir
from voice.announcer import Announcer
from voice.audio import RATE, read_wav
from voice.clips import ClipSet

__all__ = ["clips_dir"]


def test_text_prints_the_sentence_and_its_clips(make_config: MakeConfig) -> None:
    done = kiosk(make_config(), "announce", "A012", "--counter", "3", "--text")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "Nomor antrean, A, dua belas. Silakan menuju loket tiga.",
        "nomor-antrean.wav huruf-a.wav dua.wav belas.wav silakan-menuju-loket.wav tiga.wav",
    ]


def test_wav_is_exactly_what_would_be_played(
    make_config: MakeConfig, clips_dir: Path, tmp_path: Path
) -> None:
    config = make_config(voice={"clips_dir": str(clips_dir), "repeat": 1, "volume": 0.5})
    out = tmp_path / "call.wav"
    done = kiosk(config, "announce", "B1000", "--counter", "11", "--wav", str(out))
    assert done.returncode == 0, done.stderr
    expected = Announcer(config.voice, RecordingSoundCard(), ClipSet(clips_dir)).call_samples("B1000", 11)
    written = read_wav(out.read_bytes())
    assert len(written) == len(expected)
    assert abs(written * 32768 - expected).max() <= 1
    assert 4 < len(written) / RATE < 10


def test_refusals(make_config: MakeConfig, tmp_path: Path) -> None:
    config = make_config()
    done = kiosk(config, "announce", "A12X", "--counter", "3", "--text")
    assert done.returncode == 1 and "not_a_queue_number" in done.stderr
    assert kiosk(config, "announce", "A012", "--counter", "100", "--text").returncode == 2
    path = tmp_path / "bad.toml"
    path.write_text("[voice]\nrepeat = 9\n", "utf-8")
    done = kiosk(replace(config, source=path), "announce", "A012", "--counter", "3")
    assert done.returncode == 2 and "voice.repeat" in done.stderr
