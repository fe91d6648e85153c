"""`kiosk announce LABEL --counter N [--text] [--wav FILE]`: say a call now, print its words, or write the
exact WAV the display would play."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kiosk.errors import KioskError
from kiosk.spoken import call_clips, call_sentence

if TYPE_CHECKING:
    from kiosk.cli import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    announce = sub.add_parser(
        "announce",
        parents=[common],
        help="say a call through the sound card (chime, then the sentence voice.repeat times)",
    )
    announce.add_argument("label", help="the queue number, e.g. A012")
    announce.add_argument("--counter", type=int, required=True, metavar="N", help="counter number (1-99)")
    announce.add_argument("--recall", action="store_true", help="announce it as a recall")
    announce.add_argument("--text", action="store_true", help="print the sentence and its clips instead")
    announce.add_argument("--wav", type=Path, metavar="FILE", help="write the WAV instead of playing it")
    announce.set_defaults(func=announce_call)


def announce_call(ctx: Context) -> int:
    label, counter = ctx.args.label, ctx.args.counter
    if not 1 <= counter <= 99:
        print(f"kiosk announce: --counter must be 1 to 99, got {counter}", file=sys.stderr)
        return 2
    try:
        sentence = call_sentence(label, counter)
    except ValueError:
        raise KioskError("not_a_queue_number", label=label) from None
    if ctx.args.text:
        print(sentence, file=ctx.out)
        print(" ".join(f"{clip}.wav" for clip in call_clips(label, counter)), file=ctx.out)
        return 0
    if ctx.args.wav is not None:
        ctx.args.wav.write_bytes(ctx.speaker.call_wav(label, counter))
        return 0
    ctx.speaker.announce(label, counter, "recall" if ctx.args.recall else "call")
    ctx.speaker.wait_idle(120)
    return 0
