"""Python's cycle collector at a slower pace while an import reads, checks and writes.

An import of 26 000 rows makes hundreds of thousands of small objects (cells,
rows, towns, planned records) that all live until it ends. At the collector's
usual pace (a pass every 700 new objects) they are walked again and again,
about a quarter of the import's time, and nothing is freed: the import makes
no garbage cycles worth collecting early. The pace is restored when the last
import running ends, also when it fails or is cancelled.
"""

from __future__ import annotations

import contextlib
import gc
import threading
from collections.abc import Iterator

IMPORT_THRESHOLDS = (50_000, 20, 100)
"""The collector's thresholds during an import (Python's own are 700, 10, 10)."""

_lock = threading.Lock()
_running = 0
_usual: tuple[int, int, int] = gc.get_threshold()


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the body with the collector at :data:`IMPORT_THRESHOLDS` (see the module).

    Imports may overlap (the window's and a test's): the usual pace comes back when
    the last one ends, as it was before the first began.
    """
    global _running, _usual
    with _lock:
        if _running == 0:
            _usual = gc.get_threshold()
            gc.set_threshold(*IMPORT_THRESHOLDS)
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                gc.set_threshold(*_usual)
