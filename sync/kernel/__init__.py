"""The small kernel both ends share without the desktop app: ids (UUIDv7, a company's id from its
orgnr), the orgnr check, and values to and from their JSON wire form. The server installs with this
and the contract alone (no Qt, no keyring, no PDF library)."""
