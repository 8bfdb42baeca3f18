"""The slow-down of password guessing, per account and per client address, kept in the database.

Each login try is counted as failed *before* its password is checked, in a transaction that locks
the account's and the address's rows (PostgreSQL: row locks; SQLite: its single writer lock).
So tries made at the same moment, on any worker, see each other: after the free failures the
next try is refused with 429 without a password check, however many arrive at once. A try whose
password turns out right gives its count back (`succeeded`).

Per account (`login_attempts`, keyed by the lowered user name, known or not): after
`login_free_failures` failures each further try waits 1, 2, 4 … `login_max_delay_seconds`
seconds; a successful login clears the account's count. Per address (`login_address_attempts`,
IPv6 by its /64): the same after `login_address_free_failures` failures within
`login_address_window_seconds`, so that one password tried on many user names is slowed too. A
success from the address does not clear its count (one valid account must not reset it); rows
older than the window are pruned.
"""

from __future__ import annotations

import ipaddress
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.models import LoginAddressAttempts, LoginAttempts

# How often one process prunes old address rows; the table stays at about the addresses that
# failed within the window.
PRUNE_EVERY_SECONDS = 60.0
ADDRESS_KEY_LENGTH = 64


def address_key(host: str | None) -> str | None:
    """The key an address is counted under: IPv4 as it is, IPv6 as its /64 network (one host
    usually holds a whole /64, so single IPv6 addresses would be free for the taking)."""
    if not host:
        return None
    try:
        ip = ipaddress.ip_address(host)
    except ValueError:
        return host[:ADDRESS_KEY_LENGTH]  # not an IP (a test client's name): counted as given
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


@dataclass(frozen=True, slots=True)
class Reservation:
    """A try counted in advance: `wait` > 0 means refused (seconds to wait), nothing counted."""

    wait: int
    # The block this try set on its address, if any: a success lifts it again, unless another
    # try has moved it since.
    address_blocked_until: datetime | None = None


class LoginLimits:
    """Counts login tries in the database; see the module's docstring."""

    def __init__(self, db: Database, config: ServerConfig) -> None:
        self.db = db
        self.config = config
        self._prune_lock = threading.Lock()
        self._next_prune = 0.0

    def reserve(self, username: str, address: str | None, now: datetime) -> Reservation:
        """Count a try of `username` from `address` as failed, unless either must wait.

        Call before checking the password; on a right password call `succeeded`.
        """
        self._prune_now_and_then(now)
        try:
            return self._reserve(username, address, now)
        except _Refused as refused:
            return Reservation(refused.wait)

    def _reserve(self, username: str, address: str | None, now: datetime) -> Reservation:
        with self.db.writer(sequenced=False) as session:
            # Always the account first, then the address: two logins never wait for each
            # other's rows in opposite orders.
            account = _locked_row(session, LoginAttempts, LoginAttempts.username, username)
            place = (_locked_row(session, LoginAddressAttempts, LoginAddressAttempts.address, address)
                     if address else None)
            wait = max(_wait(account.blocked_until, now), _wait(place.blocked_until if place else None, now))
            if wait:
                # Rolled back: a refused try counts nowhere and leaves no empty rows behind.
                raise _Refused(wait)
            account.failures += 1
            account.last_failed_at = now
            account.blocked_until = self._block(account.failures, self.config.login_free_failures, now)
            if place is None:
                return Reservation(0)
            window = timedelta(seconds=self.config.login_address_window_seconds)
            if place.last_failed_at is not None and place.last_failed_at <= now - window:
                place.failures = 0  # the window has passed: this address starts again
            place.failures += 1
            place.last_failed_at = now
            place.blocked_until = self._block(place.failures, self.config.login_address_free_failures, now)
            return Reservation(0, place.blocked_until)

    def succeeded(self, session: Session, username: str, address: str | None,
                  reservation: Reservation) -> None:
        """The reserved try had the right password: clear the account's count and give the
        address its try back, in `session` (the transaction that issues the token)."""
        session.execute(delete(LoginAttempts).where(LoginAttempts.username == username))
        if not address:
            return
        place = session.scalar(select(LoginAddressAttempts).where(
            LoginAddressAttempts.address == address).with_for_update())
        if place is None:  # pruned meanwhile: nothing to give back
            return
        place.failures = max(0, place.failures - 1)
        mine = reservation.address_blocked_until
        if mine is not None and place.blocked_until == mine:
            place.blocked_until = None

    def prune(self, now: datetime) -> int:
        """Delete address rows that no longer count (older than the window, not blocked)."""
        cutoff = now - timedelta(seconds=self.config.login_address_window_seconds)
        with self.db.writer(sequenced=False) as session:
            result = session.execute(delete(LoginAddressAttempts).where(
                LoginAddressAttempts.last_failed_at <= cutoff,
                or_(LoginAddressAttempts.blocked_until.is_(None), LoginAddressAttempts.blocked_until <= now)))
            return int(result.rowcount or 0)  # type: ignore[attr-defined]

    def _prune_now_and_then(self, now: datetime) -> None:
        with self._prune_lock:
            if time.monotonic() < self._next_prune:
                return
            self._next_prune = time.monotonic() + PRUNE_EVERY_SECONDS
        # Its own transaction, before the try's: it never holds a row a reservation waits for
        # while itself waiting for one.
        self.prune(now)

    def _block(self, failures: int, free: int, now: datetime) -> datetime | None:
        # The last free failure starts the first wait, so the try after it is the first one
        # refused: exactly `free` passwords are checked.
        over = failures - free
        if over < 0:
            return None
        return now + timedelta(seconds=min(2 ** min(over, 30), self.config.login_max_delay_seconds))


class _Refused(Exception):
    def __init__(self, wait: int) -> None:
        super().__init__(f"wait {wait} s")
        self.wait = wait


def _wait(blocked_until: datetime | None, now: datetime) -> int:
    if blocked_until is None or blocked_until <= now:
        return 0
    return max(1, int((blocked_until - now).total_seconds() + 0.999))


def _locked_row(session: Session, model: Any, key_column: Any, key: str) -> Any:
    """The row of `key`, made if missing (with no failures), locked until the transaction ends."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    # ON CONFLICT DO NOTHING: two first tries of one key at once both go on to the row lock.
    session.execute(insert(model).values({key_column.key: key, "failures": 0})
                    .on_conflict_do_nothing(index_elements=[key_column]))
    return session.scalar(select(model).where(key_column == key).with_for_update()
                          .execution_options(populate_existing=True))
