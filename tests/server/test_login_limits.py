"""Password guessing is slowed per account and per client address, however many tries arrive at
once and on whichever worker: each try is counted in the database before its password is checked.

Two apps on one database, each behind its own uvicorn and with its own connection pool, stand
for two workers. Every password check is counted (the hasher's verify is wrapped) and made as slow
as a production Argon2 check, which is the window a race needs. The clock is held still, so the
first wait (1 s) cannot run out while a burst is still arriving.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from sync.protocol import API_PREFIX
from sync.server.app import create_app
from sync.server.auth import Passwords
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.login_limits import LoginLimits, address_key
from sync.server.migrate import alembic_config, current_revision, head_revision, upgrade
from sync.server.models import LoginAddressAttempts, LoginAttempts
from sync.server.users import create_user
from tests.server.conftest import ThreadedServer
from tests.server.conftest import test_config as server_config
from tests.server.harness import PASSWORD

# About what one Argon2id check costs with the production settings (64 MiB, 3 passes).
CHECK_SECONDS = 0.05
BURST = 40


@dataclass
class Workers:
    db: Database
    config: ServerConfig
    urls: list[str]
    now: datetime
    apps: list[Any]
    checked: list[str] = field(default_factory=list)

    def user(self, username: str) -> None:
        create_user(self.db, Passwords(self.config), username, PASSWORD, role="hunter",
                    organisation="Opplæringskontoret Nord")

    def login(self, username: str, password: str, worker: int = 0) -> int:
        r = httpx.post(self.urls[worker] + API_PREFIX + "/auth/login", timeout=60,
                       json={"username": username, "password": password, "client_id": "c"})
        return r.status_code

    def set_clock(self, now: datetime) -> None:
        self.now = now
        for app in self.apps:
            app.state.auth.clock = lambda: now

    def burst(self, tries: list[tuple[str, str]]) -> list[int]:
        """All `tries` (user name, password) at once, spread over both workers; their statuses."""
        barrier = threading.Barrier(len(tries))

        def one(i: int) -> int:
            barrier.wait()
            return self.login(*tries[i], worker=i % len(self.urls))

        with ThreadPoolExecutor(len(tries)) as pool:
            return list(pool.map(one, range(len(tries))))

    def account_failures(self, username: str) -> int:
        with self.db.reader() as s:
            return s.scalar(select(LoginAttempts.failures).where(LoginAttempts.username == username)) or 0

    def address_failures(self) -> int:
        with self.db.reader() as s:
            return sum(s.scalars(select(LoginAddressAttempts.failures)))


@pytest.fixture
def workers(database: Database, db_url: str) -> Iterator[Workers]:
    config = server_config(db_url)
    other_db = Database(db_url)
    apps = [create_app(config, database), create_app(config, other_db)]
    w = Workers(database, config, [], datetime.now(UTC), apps)
    lock = threading.Lock()
    for app in apps:
        passwords = app.state.auth.passwords
        real = passwords.verify

        def counted(stored_hash: str, password: str, real: Any = real) -> bool:
            with lock:
                w.checked.append(password)
            time.sleep(CHECK_SECONDS)
            return bool(real(stored_hash, password))

        passwords.verify = counted  # burn() (unknown names) checks through it too
    w.set_clock(w.now)
    with ThreadedServer(apps[0]) as first, ThreadedServer(apps[1]) as second:
        w.urls = [first.base_url, second.base_url]
        yield w
    other_db.dispose()


def test_parallel_guesses_at_one_account_check_only_the_free_failures(workers: Workers) -> None:
    workers.user("kari")
    free = workers.config.login_free_failures
    codes = workers.burst([("kari", f"guess {i}") for i in range(BURST)])
    assert len(workers.checked) == free, f"{len(workers.checked)} passwords checked at once"
    assert sorted(codes) == [401] * free + [429] * (BURST - free)
    assert workers.account_failures("kari") == free
    assert workers.login("kari", PASSWORD) == 429  # the right one waits its turn too
    assert len(workers.checked) == free


def test_parallel_guesses_from_one_address_at_many_accounts_are_limited(workers: Workers) -> None:
    free = workers.config.login_address_free_failures
    assert free > workers.config.login_free_failures  # an office shares one address
    for i in range(BURST // 2):
        workers.user(f"u{i}")
    # One guess per name, half of them unknown names: the per-account limit never bites.
    tries = [(f"u{i}" if i < BURST // 2 else f"ghost{i}", "Sommer2024!") for i in range(BURST)]
    assert BURST > free
    codes = workers.burst(tries)
    assert len(workers.checked) == free, f"{len(workers.checked)} passwords checked at once"
    assert sorted(codes) == [401] * free + [429] * (BURST - free)
    assert workers.address_failures() == free
    assert max(workers.account_failures(name) for name, _ in tries) == 1


def test_a_success_clears_the_account_count_but_not_the_address_count(workers: Workers) -> None:
    workers.user("kari")
    free, address_free = workers.config.login_free_failures, workers.config.login_address_free_failures
    assert [workers.login("kari", "wrong", worker=i % 2) for i in range(free - 1)] == [401] * (free - 1)
    assert workers.login("kari", PASSWORD, worker=1) == 200
    assert workers.account_failures("kari") == 0
    # Cleared: the account has all its free failures again.
    assert [workers.login("kari", "wrong") for _ in range(free)] == [401] * free
    assert workers.login("kari", "wrong") == 429
    # The address counted all those failures; successes from it cost it nothing.
    assert workers.address_failures() == 2 * free - 1
    workers.user("ola")
    assert [workers.login("ola", PASSWORD, worker=i % 2) for i in range(address_free)] == [200] * address_free
    assert workers.address_failures() == 2 * free - 1
    left = address_free - workers.address_failures()
    assert [workers.login(f"ghost{i}", "wrong") for i in range(left)] == [401] * left
    assert workers.login("ola", PASSWORD) == 429  # the address waits now, even for a right password
    # After its window the address starts again (and the wait is long over).
    workers.set_clock(workers.now + timedelta(seconds=workers.config.login_address_window_seconds + 1))
    assert workers.login("ola", PASSWORD) == 200
    assert workers.login("ghost", "wrong") == 401 and workers.address_failures() == 1


def test_address_keys_and_pruning(database: Database) -> None:
    assert address_key("203.0.113.7") == "203.0.113.7"
    assert address_key("::ffff:203.0.113.7") == "203.0.113.7"
    # One IPv6 host usually has a whole /64: its addresses count as one.
    assert address_key("2001:db8:1:2:aaaa::1") == address_key("2001:db8:1:2::99") == "2001:db8:1:2::/64"
    assert address_key("2001:db8:1:3::1") != address_key("2001:db8:1:2::1")
    assert address_key(None) is None and address_key("testclient") == "testclient"

    config = ServerConfig(database_url="unused")
    limits = LoginLimits(database, config)
    now = datetime.now(UTC)
    window = timedelta(seconds=config.login_address_window_seconds)
    with database.writer(sequenced=False) as s:
        s.add_all([
            LoginAddressAttempts(address="old", failures=3, last_failed_at=now - 2 * window),
            LoginAddressAttempts(address="old but waiting", failures=40, last_failed_at=now - 2 * window,
                                 blocked_until=now + timedelta(seconds=60)),
            LoginAddressAttempts(address="recent", failures=3, last_failed_at=now - window / 2),
        ])
    assert limits.prune(now) == 1
    with database.reader() as s:
        assert set(s.scalars(select(LoginAddressAttempts.address))) == {"old but waiting", "recent"}


def test_the_migration_adds_the_address_table_to_an_existing_database(
        backend: str, tmp_path: Any, request: pytest.FixtureRequest) -> None:
    if backend == "sqlite":
        url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_cluster").create_database(f"old_{time.monotonic_ns()}")
    db = Database(url)
    try:
        with db.write_engine.begin() as conn:  # a database as the previous release left it
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "s0003")
        with db.write_engine.begin() as conn:
            conn.execute(text("INSERT INTO login_attempts (username, failures) VALUES ('kari', 3)"))
        assert upgrade(db) == "s0003"
        with db.engine.connect() as conn:
            assert "login_address_attempts" in inspect(conn).get_table_names()
        with db.reader() as s:
            assert s.get(LoginAttempts, "kari").failures == 3  # kept
        # Up to the newest schema, whatever came after s0004 (s0005: attachment columns).
        assert current_revision(db) == head_revision()
    finally:
        db.dispose()
