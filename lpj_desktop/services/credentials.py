"""Where the server token is kept: the OS keyring (Keychain, Credential Manager, Secret Service).

The token never goes into a plain file. When the machine has no usable keyring backend the caller
is told so (`KeyringUnavailable`) and keeps the token in memory for the session only.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import keyring.backend

# keyring (35 ms to import, and its backends probe the desktop) is imported when a token is first
# read or written, which the sync does in the background after the window is up.

log = logging.getLogger(__name__)

SERVICE = "lpj-desktop"


class KeyringUnavailable(Exception):
    """No keyring backend can store secrets here; the message says so in words."""


def _account(server_url: str, username: str) -> str:
    return f"{username}@{server_url.rstrip('/')}"


def _usable_backend() -> keyring.backend.KeyringBackend:
    import keyring

    backend = keyring.get_keyring()
    # keyring's "fail" and "null" backends are what it picks when nothing real exists.
    module = type(backend).__module__
    if module.startswith(("keyring.backends.fail", "keyring.backends.null")) or backend.priority <= 0:
        raise KeyringUnavailable(
            "Denne maskinen har ingen nøkkelring (passordlager) som appen kan bruke. "
            "Du er logget inn til appen lukkes, og må logge inn igjen neste gang."
        )
    return backend


def save_token(server_url: str, username: str, token: str) -> None:
    """Keep `token` in the keyring; raises `KeyringUnavailable` when there is none."""
    from keyring.errors import KeyringError

    backend = _usable_backend()
    try:
        backend.set_password(SERVICE, _account(server_url, username), token)
    except KeyringError as e:
        raise KeyringUnavailable(f"Nøkkelringen tok ikke imot innloggingen: {e}") from e


def load_token(server_url: str, username: str) -> str | None:
    """The kept token, or None when there is none or no keyring (logged, not raised)."""
    from keyring.errors import KeyringError

    try:
        return _usable_backend().get_password(SERVICE, _account(server_url, username))
    except KeyringUnavailable:
        return None
    except KeyringError as e:
        log.warning("could not read the token from the keyring: %s", e)
        return None


def forget_token(server_url: str, username: str) -> None:
    """Remove the kept token (logout). Nothing kept is not an error."""
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        _usable_backend().delete_password(SERVICE, _account(server_url, username))
    except (KeyringUnavailable, PasswordDeleteError):
        return
    except KeyringError as e:
        log.warning("could not remove the token from the keyring: %s", e)
