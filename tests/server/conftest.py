"""Server fixtures: the app behind a TestClient or behind real HTTP (uvicorn in a thread on
127.0.0.1), users and logins. The databases themselves (`backend`, `db_url`: SQLite and a throwaway
PostgreSQL cluster) come from tests/server_databases.py."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from bench.pg_cluster import free_port
from sync.server.app import create_app
from sync.server.config import ServerConfig
from sync.server.db import Database
from tests.server.harness import ServerHarness


def test_config(url: str, **overrides: object) -> ServerConfig:
    """Cheap Argon2 (tests create many users); everything else as in production."""
    return ServerConfig(database_url=url, argon2_time_cost=1, argon2_memory_kib=1024).with_overrides(
        **overrides)


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = Database(db_url)
    yield db
    db.dispose()


@pytest.fixture
def harness(database: Database) -> Iterator[ServerHarness]:
    """The app on the test database behind a TestClient (HTTP semantics, no socket)."""
    config = test_config(str(database.url.render_as_string(hide_password=False)))
    app = create_app(config, database)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield ServerHarness(database, config, app, client)


class ThreadedServer:
    """uvicorn serving an app on 127.0.0.1 in a thread: real sockets, real HTTP."""

    def __init__(self, app: object) -> None:
        self.port = free_port()
        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port,  # type: ignore[arg-type]
                                                    log_level="warning", access_log=False))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ThreadedServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("uvicorn did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=20)


@pytest.fixture
def live_harness(database: Database) -> Iterator[ServerHarness]:
    """The app behind real HTTP on 127.0.0.1 (httpx clients, one connection pool per user)."""
    config = test_config(str(database.url.render_as_string(hide_password=False)))
    app = create_app(config, database)
    with ThreadedServer(app) as server, httpx.Client(base_url=server.base_url, timeout=60) as client:
        yield ServerHarness(database, config, app, client, base_url=server.base_url)
