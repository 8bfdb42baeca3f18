"""lpj-desktop: the apprenticeship-place hunter's offline-first desktop app."""

import os
import sys

APP_NAME = "lpj-desktop"
APP_AUTHOR = "lpj"
_FALLBACK_VERSION = "0.1.0"  # a source tree or a frozen bundle without metadata


def _installed_version() -> str:
    """The installed distribution's version, from its .dist-info folder name on sys.path.

    What importlib.metadata.version("lpj-desktop") answers, without importing importlib.metadata
    (email, zipfile, csv: ~45 ms of every start-up, for one string); it is asked when the folder
    is not found where expected.
    """
    prefix = "lpj_desktop-"
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for name in names:
            if name.startswith(prefix) and name.endswith(".dist-info"):
                return name[len(prefix):-len(".dist-info")]
    try:
        from importlib.metadata import PackageNotFoundError, version
    except ImportError:  # pragma: no cover - the standard library always has it
        return _FALLBACK_VERSION
    try:
        return version("lpj-desktop")
    except PackageNotFoundError:
        return _FALLBACK_VERSION


__version__ = _installed_version()
