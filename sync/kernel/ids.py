"""Record ids: UUIDv7 (time-ordered, generated offline on any device) and register-derived ids.

A company known by organisation number gets a UUIDv5 derived from that number, so the same
company imported or created offline on two laptops and on the server has one id everywhere and
can never be duplicated by sync.
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_NAMESPACE_ORGNR = uuid.UUID("6f1c3a52-7e0b-4d35-9a57-2b7f2d0c9e11")
_lock = threading.Lock()
_last_ms = 0
_counter = 0


def uuid7() -> str:
    """A new UUIDv7 as text. Monotonic within this process even when the clock stalls or steps back."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:  # 4096 ids in one millisecond: borrow the next millisecond
                ms += 1
                _counter = 0
        else:
            _counter = int.from_bytes(os.urandom(2), "big") & 0x3FF
        _last_ms = ms
        rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
        value = (ms & ((1 << 48) - 1)) << 80 | 0x7 << 76 | (_counter & 0xFFF) << 64 | 0b10 << 62 | rand_b
    return str(uuid.UUID(int=value))


def company_id_for_orgnr(orgnr: str) -> str:
    """The one id every replica gives the company with this organisation number."""
    return str(uuid.uuid5(_NAMESPACE_ORGNR, orgnr))
