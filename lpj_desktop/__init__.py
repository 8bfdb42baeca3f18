"""lpj-desktop: the apprenticeship-place hunter's offline-first desktop app."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("lpj-desktop")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"

APP_NAME = "lpj-desktop"
APP_AUTHOR = "lpj"
