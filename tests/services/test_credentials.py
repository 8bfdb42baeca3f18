"""The server token goes to the keyring, or the user is told there is none."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from lpj_desktop.services import credentials


class MemoryKeyring(KeyringBackend):
    """A keyring backend kept in memory: the OS keyrings cannot run on a CI machine."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.items:
            raise PasswordDeleteError(username)
        del self.items[(service, username)]


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def test_token_kept_and_forgotten(memory_keyring: MemoryKeyring) -> None:
    credentials.save_token("https://lpj.example.no/", "kari", "secret-token")
    assert credentials.load_token("https://lpj.example.no", "kari") == "secret-token"
    assert credentials.load_token("https://lpj.example.no", "ola") is None
    credentials.forget_token("https://lpj.example.no", "kari")
    assert credentials.load_token("https://lpj.example.no", "kari") is None
    credentials.forget_token("https://lpj.example.no", "kari")  # twice is fine


def test_no_keyring_is_said_in_words() -> None:
    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        with pytest.raises(credentials.KeyringUnavailable, match="ingen nøkkelring"):
            credentials.save_token("https://lpj.example.no", "kari", "secret-token")
        assert credentials.load_token("https://lpj.example.no", "kari") is None
    finally:
        keyring.set_keyring(before)
