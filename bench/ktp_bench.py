"""Benchmark the e-KTP reader: NIK exact, name exact and wrong-NIK rates and ms per photo, per condition.

    python -m bench.ktp_bench [FOLDER] [--quick] [--write DIR] [--bindings]

FOLDER/manifest.jsonl holds one JSON object per photo: `file` (relative to FOLDER), `nik`, `name` (as
printed) and `condition`. Without FOLDER the 200 synthetic photos of tests/ktp_cards.py (8 conditions,
640×480 and 1280×720) are made in memory; `--quick` makes 40; `--write DIR` saves them with a manifest
instead of reading them. `--bindings` times one line read through tesserocr (the reader's binding, the
library in-process) against pytesseract (a `tesseract` process per call; `pip install pytesseract`).
A NIK counts as wrong when one is offered that is not the card's. The machine's
other load shows in the times: run it on an idle machine for the figures quoted in the README.
"""

from __future__ import annotations

import argparse
import json
import shlex
import statistics
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from bench.quick import add_quick
from scanner.ktp_find import locate_card
from scanner.ktp_ocr import NAME, NAME_CHARACTERS, NIK, NIK_CHARACTERS, KtpReader, _line, _sharpened
from tests.support.ktp_cards import sample_set


@dataclass(frozen=True)
class Sample:
    name: str
    nik: str
    holder: str
    condition: str
    frame: np.ndarray


def load_folder(folder: Path) -> list[Sample]:
    samples = []
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            frame = cv2.imread(str(folder / entry["file"]), cv2.IMREAD_COLOR)
            if frame is None:
                raise SystemExit(f"cannot read {folder / entry['file']}")
            samples.append(Sample(entry["file"], entry["nik"], entry["name"], entry["condition"], frame))
    return samples


def synthetic(count: int) -> list[Sample]:
    return [
        Sample(
            f"{i:03d}-{p.condition}-{p.size[0]}x{p.size[1]}.jpg",
            p.person.nik,
            p.person.name,
            p.condition,
            p.frame,
        )
        for i, p in enumerate(sample_set(count))
    ]


def write_folder(samples: list[Sample], folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / "manifest.jsonl").open("w", encoding="utf-8") as manifest:
        for s in samples:
            cv2.imwrite(str(folder / s.name), s.frame, [cv2.IMWRITE_JPEG_QUALITY, 95])
            manifest.write(
                json.dumps({"file": s.name, "nik": s.nik, "name": s.holder, "condition": s.condition}) + "\n"
            )


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path, nargs="?", metavar="FOLDER")
    add_quick(parser)
    parser.add_argument("--write", type=Path, metavar="DIR", help="save the synthetic photos and stop")
    parser.add_argument("--bindings", action="store_true", help="time tesserocr against pytesseract")
    args = parser.parse_args()
    samples = load_folder(args.folder) if args.folder else synthetic(40 if args.quick else 200)
    if args.write:
        write_folder(samples, args.write)
        return
    if args.bindings:
        compare_bindings(samples[:20])
        return
    reader = KtpReader()
    reader(samples[0].frame)  # warm-up: Tesseract loads its model lazily
    rows: dict[str, list[tuple[bool, bool, bool, float, int]]] = defaultdict(list)
    for s in samples:
        start = time.perf_counter()
        fields = reader(s.frame)
        ms = 1000 * (time.perf_counter() - start)
        wrong = fields.nik is not None and fields.nik != s.nik
        rows[s.condition].append((fields.nik == s.nik, fields.name == s.holder, wrong, ms, s.frame.shape[1]))
    print(
        f"{len(samples)} photos; {'condition':12} {'photos':>6} {'NIK ok':>7} {'name ok':>8} {'wrong':>6} "
        f"{'med ms':>7} {'p95 ms':>7}"
    )
    everything = [r for group in rows.values() for r in group]
    for label, group in [*sorted(rows.items()), ("all", everything)]:
        print(_row(label, group))
    for width in sorted({r[4] for r in everything}):
        print(_row(f"width {width}", [r for r in everything if r[4] == width]))


def compare_bindings(samples: list[Sample]) -> None:
    """The same NIK and name lines read through each binding: ms per line and how often they agree."""
    import pytesseract  # only for this comparison; not a dependency of the kiosk

    reader = KtpReader()
    lines = []
    for s in samples:
        grey = cv2.cvtColor(s.frame, cv2.COLOR_BGR2GRAY)
        corners = locate_card(grey)
        if corners is not None:
            lines += [(_sharpened(_line((grey, corners), NIK)), NIK_CHARACTERS)]
            lines += [(_sharpened(_line((grey, corners), NAME)), NAME_CHARACTERS)]
    results = {}
    for binding in ("tesserocr", "pytesseract"):
        texts, start = [], time.perf_counter()
        for image, characters in lines:
            if binding == "tesserocr":
                texts.append(reader.read_line(image, characters)[0])
            else:
                config = f"--psm 7 --oem 1 -c tessedit_char_whitelist={shlex.quote(characters)}"
                texts.append(pytesseract.image_to_string(image, lang="ind", config=config).strip())
        results[binding] = texts
        ms = 1000 * (time.perf_counter() - start) / len(lines)
        print(f"{binding:12} {ms:7.1f} ms a line ({len(lines)} lines)")
    same = sum(a == b for a, b in zip(results["tesserocr"], results["pytesseract"], strict=True))
    print(f"same text from both: {same}/{len(lines)}")


def _row(label: str, group: list[tuple[bool, bool, bool, float, int]]) -> str:
    n = len(group)
    rate = lambda k: 100 * sum(r[k] for r in group) / n  # noqa: E731
    ms = [r[3] for r in group]
    return (
        f"{'':13}{label:12} {n:6} {rate(0):6.1f}% {rate(1):7.1f}% {rate(2):5.1f}% "
        f"{statistics.median(ms):7.0f} {float(np.percentile(ms, 95)):7.0f}"
    )


if __name__ == "__main__":
    main()
