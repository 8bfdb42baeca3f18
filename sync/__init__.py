"""Sync: the wire protocol, the client engine and the central server.

`sync.entities` and `sync.protocol` are the contract both sides import; `sync.client` has no Qt;
`sync.server` never imports the desktop UI.
"""

PROTOCOL_VERSION = 1
