"""Python's cyclic garbage collector held off while a long background job builds many objects.

A job such as 8,000 campaign letters keeps a few hundred thousand objects alive until it ends (the
PDF's pages until the file is saved, the rows of 8,000 marks). Their allocation keeps triggering
full collections, and each walks all of them holding the GIL: the UI thread then stops for 40-200 ms
(measured by bench/bench_letters.py). The job makes no cycles worth collecting before it ends; what
it leaves is freed by reference counting when it returns, and the collector runs again as usual.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0  # jobs inside `collector_paused` now: the collector comes back after the last


@contextmanager
def collector_paused() -> Iterator[None]:
    """Hold the cyclic collector off for the block (process-wide; nests across threads). When
    something else turned the collector off (a test, a caller), it is left as it is."""
    global _holders
    with _lock:
        counted = _holders > 0 or gc.isenabled()
        if counted:
            _holders += 1
            gc.disable()
    try:
        yield
    finally:
        if counted:
            with _lock:
                _holders -= 1
                if _holders == 0:
                    gc.enable()
