"""Sync: the wire protocol, the client engine and the central server.

`sync.entities` and `sync.protocol` are the contract both sides import; `lpj_desktop.sync_client` has no Qt;
`sync.server` never imports the desktop UI.
"""

from importlib.metadata import PackageNotFoundError, version

try:  # the app and the server ship as one distribution today; either name is the version
    __version__ = version("lpj-desktop")
except PackageNotFoundError:  # a checkout on sys.path, not installed
    try:
        __version__ = version("lpj-server")
    except PackageNotFoundError:
        __version__ = "0.0.0"

PROTOCOL_VERSION = 1
