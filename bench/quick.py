"""`--quick`, which every bench takes: a few iterations, only to show the bench still runs (`make
bench-quick`, run by CI after the tests); its figures are not the README's."""

from __future__ import annotations

import argparse


def add_quick(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--quick", action="store_true", help="a few iterations, to check the bench still runs (CI)"
    )
