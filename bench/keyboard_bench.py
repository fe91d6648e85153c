"""Which letter keyboard is faster for names: ABC (alphabetical rows) or QWERTY. Taps and finger travel.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.keyboard_bench [--size 1024x768]

Lays out the name screen's real keyboard (ui/widgets/keyboard.py) for each order at the kiosk's size and
types a list of common Indonesian names as on a KTP (capitals, spaces) with one finger, starting at the
keyboard's middle: taps (equal for both: one per character), and travel from key centre to key centre
in key widths and in centimetres on a 15.6-inch 1366-pixel-wide panel (about 0.025 cm per pixel). Travel
is the part a layout changes; the time to *find* a letter, which ABC shortens for a visitor who never
typed, is not measured here.
"""

from __future__ import annotations

import argparse
import math
import sys

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QPushButton

from bench.quick import add_quick
from ui.widgets.key_grid import SPACE, key_name
from ui.widgets.keyboard import LAYOUTS, Keyboard

NAMES = (
    "SITI AMINAH", "MUHAMMAD RIZKI", "AHMAD FAUZI", "NUR HIDAYAH", "BUDI SANTOSO", "DEWI LESTARI",
    "AGUS SETIAWAN", "SRI WAHYUNI", "RINA MARLINA", "HENDRA GUNAWAN", "PUTRI AYU", "WAYAN SUDARTA",
    "YOHANES PAULUS", "FITRI HANDAYANI", "JOKO SUSILO", "NI KETUT SARI", "ANDI PRATAMA", "KARTINI",
    "SUGENG RIYADI", "MARIA MAGDALENA", "IKHSAN MAULANA", "LIA AMALIA", "ZAINAL ARIFIN", "YUSUF HABIBIE",
)  # fmt: skip
CM_PER_PX = 34.5 / 1366  # a 15.6" 16:9 panel is about 34.5 cm wide


def key_centres(layout: str, width: int, height: int) -> dict[str, QPointF]:
    keyboard = Keyboard(layout)
    keyboard.resize(width, height)
    keyboard.show()
    QApplication.processEvents()
    centres = {}
    for char in {c for row in LAYOUTS[layout] for c in row} | {SPACE}:
        centres[char] = QPointF(keyboard.findChild(QPushButton, key_name(char)).geometry().center())
    keyboard.close()
    return centres


def measure(layout: str, width: int, height: int) -> tuple[int, float, float]:
    """(taps, travel in key widths, travel in px) for typing every name, one finger."""
    centres = key_centres(layout, width, height)
    first, second = LAYOUTS[layout][0][:2]
    key_width = (centres[second] - centres[first]).manhattanLength()  # neighbours: one key apart
    start = QPointF(width / 2, height / 2)
    taps, travel = 0, 0.0
    for name in NAMES:
        at = start
        for char in name:
            target = centres[char]
            travel += math.dist((at.x(), at.y()), (target.x(), target.y()))
            at = target
            taps += 1
    return taps, travel / key_width, travel


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="944x350", help="the keyboard's size in pixels (1024x768 screen)")
    add_quick(parser)  # the bench is quick already: --quick runs it all
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    QApplication.instance() or QApplication(sys.argv)
    print(f"{len(NAMES)} names, {sum(len(n) for n in NAMES)} characters, keyboard {width}x{height} px")
    print(f"{'layout':8} {'taps':>6} {'travel (keys)':>14} {'per char':>9} {'travel (m)':>11}")
    for layout in LAYOUTS:
        taps, keys, px = measure(layout, width, height)
        print(f"{layout:8} {taps:6d} {keys:14.1f} {keys / taps:9.2f} {px * CM_PER_PX / 100:11.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
