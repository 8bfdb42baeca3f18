"""Server fixtures: migrated databases on SQLite and on a throwaway PostgreSQL cluster, the app
behind a TestClient or behind real HTTP (uvicorn in a thread on 127.0.0.1), users and logins.

Without PostgreSQL's initdb the PostgreSQL half is skipped locally and fails under CI=true.
"""

from __future__ import annotations

import itertools
import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient

from bench.pg_cluster import PgCluster, find_pg_bin, free_port
from sync.server.app import create_app
from sync.server.config import ServerConfig
from sync.server.db import Database
from sync.server.migrate import upgrade
from tests.server.harness import ServerHarness

BACKENDS = ["sqlite", "postgres"]
_counter = itertools.count()


def test_config(url: str, **overrides: object) -> ServerConfig:
    """Cheap Argon2 (tests create many users); everything else as in production."""
    return ServerConfig(database_url=url, argon2_time_cost=1, argon2_memory_kib=1024).with_overrides(
        **overrides)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PgCluster]:
    if find_pg_bin() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL (initdb) is required in CI: apt-get install postgresql")
        pytest.skip("PostgreSQL's initdb is not installed here")
    cluster = PgCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def pg_template(pg_cluster: PgCluster) -> str:
    """A migrated database that each test copies (CREATE DATABASE … TEMPLATE is fast)."""
    name = "lpj_template"
    db = Database(pg_cluster.create_database(name))
    upgrade(db)
    db.dispose()
    return name


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite-template") / "server.sqlite3"
    db = Database(f"sqlite:///{path}")
    upgrade(db)
    db.dispose()
    return path


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A freshly migrated, empty server database on the test's backend."""
    if backend == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        target = tmp_path / "server.sqlite3"
        shutil.copy(template, target)
        yield f"sqlite:///{target}"
        return
    cluster: PgCluster = request.getfixturevalue("pg_cluster")
    template = request.getfixturevalue("pg_template")
    name = f"t{os.getpid()}_{next(_counter)}"
    url = cluster.create_database(name, template=template)
    yield url
    cluster.drop_database(name)


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
