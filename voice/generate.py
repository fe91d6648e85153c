"""Make the default voice clips with espeak-ng's Indonesian voice: `python -m voice.generate [FOLDER]`.

The set-up runs it (`make voice-clips`) into voice/clips/ (not in git; the bundle takes it along).
Existing clips are kept unless --force, so a recorded human clip put in that folder survives.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.spoken import all_clips, clip_text
from voice.audio import level_matched, to_int16, wav_bytes
from voice.clips import DEFAULT_DIR
from voice.espeak import SpeechUnavailable, synthesise


def generate(folder: Path, force: bool = False) -> list[str]:
    """Write every missing clip (all with `force`); return the names written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in all_clips():
        path = folder / f"{name}.wav"
        if force or not path.exists():
            tmp = path.with_suffix(".tmp")
            tmp.write_bytes(wav_bytes(to_int16(level_matched(synthesise(clip_text(name), "id")))))
            tmp.replace(path)
            written.append(name)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--force", action="store_true", help="remake every clip, replacing recorded ones")
    args = parser.parse_args(argv)
    try:
        written = generate(args.folder, args.force)
    except SpeechUnavailable as exc:
        print(f"voice.generate: {exc}", file=sys.stderr)
        return 1
    print(f"{len(written)} clips written to {args.folder}, {len(all_clips()) - len(written)} kept")
    return 0


if __name__ == "__main__":
    sys.exit(main())
