"""The voice: chimes and Indonesian calls from WAV clips, and spoken screen instructions, on one queue.

An adapter (like printing/ and scanner/): it uses the core's types (kiosk.config.VoiceConfig, the
Speaker and AudioOut interfaces of kiosk/ports.py, the words of kiosk/spoken.py) and never imports
ui/, printing/ or scanner/. ui/ and the CLI wire it in.

For any screen (the display, the kiosk's spoken instructions):

    from voice import make_speaker
    speaker = make_speaker(config.voice)          # one per process; plays on the default sound card
    speaker.announce("A012", 3)                   # chime + "Nomor antrean, A, dua belas. Silakan menuju
                                                  # loket tiga." voice.repeat times; kind="recall" too
    speaker.say("Silakan pilih layanan.", "id")   # any sentence, "id" or "en"; digits are spoken as words
    speaker.prompts.prepare(["Silakan pilih layanan."], "id")  # optional, off the GUI thread: no delay later

Every call returns at once (any thread, the GUI thread included); one player thread plays one thing at a
time in order: nothing overlaps, nothing is cut off, every call is heard. A newer `say` replaces
instructions not yet begun (never a call, never what is being said). voice.enabled = false makes both
no-ops; voice.volume scales everything. Without a sound device the log gets one warning and the caller
carries on. Sentences come from espeak-ng (synthesised into memory on first use, then kept) unless an
office recorded one: `<voice.clips_dir>/prompts/<voice.prompts.prompt_name(text, language)>.wav`.
Call clips: voice/clips.py; how they are made: voice/generate.py (`make voice-clips`).
"""

from __future__ import annotations

from kiosk.config import VoiceConfig
from voice.announcer import Announcer
from voice.sound_card import SoundCard

__all__ = ["Announcer", "SoundCard", "make_speaker"]


def make_speaker(config: VoiceConfig) -> Announcer:
    """The Announcer for this configuration, playing on the default sound card."""
    return Announcer(config, SoundCard())
