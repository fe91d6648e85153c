"""Voice guidance: every visitor screen has its instruction in Bahasa Indonesia and English, spoken by the
real voice engine (espeak-ng, voice/) as the screen appears, in the visitor's language; Listen repeats it,
Silence keeps the kiosk quiet for this visitor; no voice buttons when it is off."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from kiosk.config import VoiceConfig
from tests.support.config_files import MakeConfig
from tests.support.voice_fixtures import RecordingSoundCard
from tests.ui.conftest import OpenKiosk
from ui.voice_prompts import PROMPTS, prompt
from voice.announcer import Announcer
from voice.audio import to_int16
from voice.clips import ClipSet

VISITOR_SCREENS = (
    "home", "services", "bring", "nik", "name", "phone", "confirm", "ticket", "message", "scan", "code",
    "out_of_service",
)  # fmt: skip
ENGLISH_WORDS = ("booking", "check-in", "scan", "tap ", "next", "ticket printer")


def test_every_visitor_screen_has_plain_words_in_both_languages() -> None:
    for screen in (*VISITOR_SCREENS, "ticket_unprinted"):
        indonesian, english = PROMPTS[screen]
        assert indonesian and english, screen
        assert not any(word in indonesian.lower() for word in ENGLISH_WORDS), (screen, indonesian)
        assert len(indonesian.split()) <= 25 and len(english.split()) <= 25, screen  # short to listen to
    assert prompt("ticket", "id", number="A012").startswith("Nomor antrean Anda A012.")
    assert (
        prompt("message", "en", message="Registration is closed now.") == "Sorry. Registration is closed now."
    )


def _speaker(folder: Path) -> tuple[Announcer, RecordingSoundCard]:
    """The real engine on a sound card that records; instructions need no call clips in `folder`."""
    card = RecordingSoundCard(speed=200.0)
    return Announcer(VoiceConfig(), card, ClipSet(folder)), card


def _heard(announcer: Announcer, card: RecordingSoundCard, text: str, language: str) -> bool:
    """Whether the last thing played is `text` as the engine says it."""
    assert announcer.wait_idle(30)
    expected = to_int16(announcer.prompts.samples(text, language), announcer.config.volume)
    return bool(card.played) and np.array_equal(card.played[-1][2], expected)


def test_each_screen_is_spoken_listen_repeats_silence_quiets(
    make_config: MakeConfig, open_kiosk: OpenKiosk, tmp_path: Path
) -> None:
    announcer, card = _speaker(tmp_path)
    kiosk = open_kiosk(make_config(), speaker=announcer)
    kiosk.tap("language_en")
    assert _heard(announcer, card, PROMPTS["home"][1], "en")
    kiosk.tap("language_id")
    assert _heard(announcer, card, PROMPTS["home"][0], "id")
    kiosk.tap("register")
    kiosk.wait_for("services")
    assert _heard(announcer, card, "Pilih layanan yang Anda perlukan.", "id")
    played = len(card.played)
    kiosk.tap("speaker")  # Listen: the same sentence again
    assert (
        _heard(announcer, card, "Pilih layanan yang Anda perlukan.", "id") and len(card.played) == played + 1
    )
    kiosk.tap("mute")
    assert not kiosk.button("mute").isVisible()
    kiosk.qtbot.waitUntil(lambda: kiosk.button("service_new").isEnabled())
    kiosk.tap("service_new")
    kiosk.wait_for("nik")
    assert announcer.wait_idle(30) and len(card.played) == played + 1  # silenced for this visitor
    kiosk.tap("speaker")
    assert _heard(announcer, card, PROMPTS["nik"][0], "id")
    announcer.close()


def test_no_voice_buttons_without_a_speaker(make_config: MakeConfig, open_kiosk: OpenKiosk) -> None:
    kiosk = open_kiosk(make_config(kiosk={"voice_guidance": False}))
    assert not kiosk.button("speaker").isVisible() and not kiosk.button("mute").isVisible()
