"""Adapters to thermal printers: the ticket layout rendered as ESC/POS bytes or as a picture."""

import os

from kiosk.paths import data_dir

# python-escpos parses its capability file on import (about 0.2 s) and caches the result in a new
# temporary folder each time unless told where: a folder of the kiosk's own keeps the cache between starts.
_cache = data_dir() / "cache"
try:
    _cache.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", str(_cache))
except OSError:
    pass
