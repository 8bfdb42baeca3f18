"""Refuse to run on a Qt binding that corrupts Python's reference counts.

PySide6-Essentials 6.12.0 on CPython 3.11 drops a reference to `None` on every call of a method that
returns nothing. The app then aborts some thousands of calls later (`Fatal Python error:
none_dealloc`), in the middle of whatever the hunter was typing. pyproject.toml excludes that
release; this check catches the next one like it (an install pinned by hand, a newer release) at
start-up, where it costs nothing but a message, instead of in the field.
"""

from __future__ import annotations

import sys

# Enough calls to tell a leak (one reference per call) from the odd cached None.
_CALLS = 50


def binding_drops_references() -> bool:
    """True when calls into this PySide6 build lower None's reference count.

    Meaningless from Python 3.12 on, where None is immortal: answers False there.
    """
    if sys.version_info >= (3, 12):
        return False
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_CALLS):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _CALLS // 2


def binding_version() -> str:
    """The PySide6 version, for the message that names it."""
    import PySide6

    return PySide6.__version__
