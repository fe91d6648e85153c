"""Benchmark the QR backends and the kiosk decoder on a corpus of images with known texts.

    python -m bench.decode_bench [CORPUS_DIR] [--size native|640x480|both] [--steps] [--quick]

CORPUS_DIR/manifest.jsonl holds one JSON object per image: `file` (relative to CORPUS_DIR), `expected`
(the exact text) and `category`. An image counts as read when `expected` is among the decoded texts.
"640x480" turns each image into a camera-sized grey frame: scaled down to fit (never up), centred on
neutral grey. `--steps` also times every candidate cascade step alone and counts the reads each adds.
Without a corpus folder (or with `--quick`) it runs on a few generated QR pictures, to show it still runs.
"""

import argparse
import json
import statistics
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import cv2
import numpy as np

from bench.quick import add_quick
from scanner.backends import available_backends, create_backend
from scanner.combined import DEFAULT_STEPS, KioskDecoder, Step
from scanner.decoder import QrDecoder
from scanner.preprocess import as_is, clahe, fit_within
from tests.support.qr_images import blur, invert, noise, qr_image, rotate

FRAME_W, FRAME_H = 640, 480
PAD_GREY = 128

# Steps the kiosk does not use, kept here so --steps can show why (slower for no extra reads).
EXTRA_STEPS: tuple[Step, ...] = (
    Step("zbar-half", "zbar", partial(fit_within, max_side=320)),
    Step("zbar-clahe", "zbar", lambda g: clahe(fit_within(g, 640))),
    Step("zxing-clahe", "zxing", clahe),
    Step("opencv", "opencv", as_is),
    Step("opencv-aruco", "opencv-aruco", as_is),
)


@dataclass(frozen=True)
class Sample:
    name: str
    expected: str
    category: str
    gray: np.ndarray


@dataclass(frozen=True)
class Result:
    read: list[bool]
    ms: list[float]

    @property
    def rate(self) -> float:
        return 100 * sum(self.read) / len(self.read)


def load_corpus(corpus: Path) -> list[Sample]:
    samples = []
    for line in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        entry = json.loads(line)
        gray = cv2.imread(str(corpus / entry["file"]), cv2.IMREAD_GRAYSCALE)
        if gray is None:
            raise SystemExit(f"cannot read {corpus / entry['file']}")
        samples.append(Sample(entry["file"], entry["expected"], entry.get("category", "-"), gray))
    return samples


def generated_samples() -> list[Sample]:
    """A few QR pictures made here: plain, turned, blurred, noisy, inverted (no corpus needed)."""
    code = qr_image("TGU-8F2K91", box=6)
    variants = {
        "plain": code,
        "rotated": rotate(code, 20),
        "blurred": blur(code, 5),
        "noisy": noise(code, 20),
        "inverted": invert(code),
    }
    return [Sample(f"generated-{name}", "TGU-8F2K91", name, gray) for name, gray in variants.items()]


def as_frame(gray: np.ndarray) -> np.ndarray:
    """Fit `gray` into a 640×480 frame: downscale if needed, never upscale, pad with neutral grey."""
    h, w = gray.shape
    f = min(FRAME_W / w, FRAME_H / h)
    if f < 1:
        w, h = min(FRAME_W, round(w * f)), min(FRAME_H, round(h * f))
        gray = cv2.resize(gray, (w, h), interpolation=cv2.INTER_AREA)
    frame = np.full((FRAME_H, FRAME_W), PAD_GREY, dtype=np.uint8)
    y, x = (FRAME_H - h) // 2, (FRAME_W - w) // 2
    frame[y : y + h, x : x + w] = gray
    return frame


def no_code_frame() -> np.ndarray:
    """A 640×480 scene without a QR code: what the camera sees while nobody presents one."""
    rng = np.random.default_rng(0)
    scene = cv2.GaussianBlur(rng.integers(0, 256, (FRAME_H, FRAME_W), dtype=np.uint8), (0, 0), 3)
    return cv2.add(scene, np.linspace(0, 60, FRAME_W, dtype=np.uint8)[None, :].repeat(FRAME_H, axis=0))


def run(decoder: QrDecoder, samples: Sequence[Sample], frames: Sequence[np.ndarray]) -> Result:
    decoder.decode(frames[0])  # warm-up: lazy initialisation inside the libraries
    read, ms = [], []
    for sample, frame in zip(samples, frames, strict=True):
        start = time.perf_counter()
        texts = decoder.decode(frame)
        ms.append(1000 * (time.perf_counter() - start))
        read.append(sample.expected in texts)
    return Result(read, ms)


def time_no_code(decoder: QrDecoder, repeat: int = 20) -> float:
    frame = no_code_frame()
    decoder.decode(frame)
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        decoder.decode(frame)
        times.append(1000 * (time.perf_counter() - start))
    return statistics.median(times)


def header(label: str) -> str:
    return f"{label:24} {'read':>9} {'rate':>8} {'med ms':>8} {'p95 ms':>8} {'no-code ms':>10}"


def row(label: str, result: Result, no_code_ms: float | None = None) -> str:
    extra = "" if no_code_ms is None else f"{no_code_ms:10.2f}"
    median, p95 = statistics.median(result.ms), float(np.percentile(result.ms, 95))
    read = f"{sum(result.read):4}/{len(result.read):<4}"
    return f"{label:24} {read} {result.rate:6.1f} % {median:8.2f} {p95:8.2f}{extra}"


def report_decoders(samples: Sequence[Sample], frames: Sequence[np.ndarray]) -> None:
    print(header("decoder"))
    results = {}
    for name in available_backends():
        backend = create_backend(name)
        results[name] = run(backend, samples, frames)
        print(row(name, results[name], time_no_code(backend)))
    union = [any(r.read[i] for r in results.values()) for i in range(len(samples))]
    print(f"{'any backend (union)':24} {sum(union):4}/{len(union):<4} {100 * sum(union) / len(union):6.1f} %")
    kiosk = KioskDecoder()
    result = run(kiosk, samples, frames)
    print(row("kiosk", result, time_no_code(kiosk)))
    report_categories(samples, result, results.get("zxing"))
    misses = [s.name for s, read in zip(samples, result.read, strict=True) if not read]
    print(f"\nkiosk misses ({len(misses)}): {', '.join(misses)}")


def report_categories(samples: Sequence[Sample], kiosk: Result, zxing: Result | None) -> None:
    print(f"\n{'category':32} {'images':>6} {'kiosk':>8} {'zxing':>8}")
    by_category: dict[str, list[int]] = defaultdict(list)
    for i, sample in enumerate(samples):
        by_category[sample.category].append(i)
    for category, indices in sorted(by_category.items()):
        k = 100 * sum(kiosk.read[i] for i in indices) / len(indices)
        z = "-" if zxing is None else f"{100 * sum(zxing.read[i] for i in indices) / len(indices):6.1f} %"
        print(f"{category:32} {len(indices):6} {k:6.1f} % {z:>8}")


def report_steps(samples: Sequence[Sample], frames: Sequence[np.ndarray]) -> None:
    """Each step alone, and how many images it adds after the kiosk's steps before it (after all of them
    for the steps the kiosk does not use)."""
    print(f"\n{header('step (alone)')}  adds")
    read_so_far = [False] * len(samples)
    for step in DEFAULT_STEPS:
        result = report_step(step, samples, frames, read_so_far)
        if result is not None:
            read_so_far = [c or r for c, r in zip(read_so_far, result.read, strict=True)]
    print("-- not in the kiosk's cascade:")
    for step in EXTRA_STEPS:
        report_step(step, samples, frames, read_so_far)


def report_step(
    step: Step, samples: Sequence[Sample], frames: Sequence[np.ndarray], read_before: Sequence[bool]
) -> Result | None:
    if step.backend not in available_backends():
        print(f"{step.name:24} (backend {step.backend} unavailable)")
        return None
    decoder = KioskDecoder(steps=[step])
    result = run(decoder, samples, frames)
    adds = sum(r and not b for r, b in zip(result.read, read_before, strict=True))
    print(f"{row(step.name, result, time_no_code(decoder))}  +{adds}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpus", type=Path, metavar="CORPUS_DIR", nargs="?")
    parser.add_argument("--size", choices=("native", "640x480", "both"), default="both")
    parser.add_argument("--steps", action="store_true", help="also time each cascade step and what it adds")
    add_quick(parser)
    args = parser.parse_args()
    if args.quick or args.corpus is None or not (args.corpus / "manifest.jsonl").is_file():
        print(f"no corpus at {args.corpus}: generated QR pictures" if not args.quick else "quick run")
        samples = generated_samples()
    else:
        samples = load_corpus(args.corpus)
    sizes = ("native", "640x480") if args.size == "both" else (args.size,)
    for size in sizes:
        frames = [s.gray if size == "native" else as_frame(s.gray) for s in samples]
        print(f"\n== {len(samples)} images, {size} ==")
        report_decoders(samples, frames)
        if args.steps:
            report_steps(samples, frames)


if __name__ == "__main__":
    main()
