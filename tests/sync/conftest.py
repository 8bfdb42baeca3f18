"""Fixtures of the sync proofs: the real server (see live.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("sync.server.app", reason="the sync server is not on this branch")
sys.path.insert(0, str(Path(__file__).parent))

from live import LiveServer  # noqa: E402


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    live = LiveServer(tmp_path / "server" / "server.sqlite3")
    live.start()
    yield live
    live.stop()
    live.db.dispose()


@pytest.fixture
def any_server(tmp_path: Path, db_url: str) -> Iterator[LiveServer]:
    """The server on SQLite and on PostgreSQL (the test runs once on each)."""
    live = LiveServer(tmp_path / "server" / "unused.sqlite3", database_url=db_url)
    live.start()
    yield live
    live.stop()
    live.db.dispose()


@pytest.fixture
def restorable_server(tmp_path: Path, backend: str, db_url: str,
                      request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    """`any_server` whose `backup` and `restore` work on both databases (PostgreSQL: copies
    made with CREATE DATABASE … TEMPLATE on the test cluster)."""
    cluster = request.getfixturevalue("pg_cluster") if backend == "postgres" else None
    if cluster is None:
        live = LiveServer(Path(db_url.removeprefix("sqlite:///")))
    else:
        live = LiveServer(tmp_path / "server" / "unused.sqlite3", database_url=db_url, cluster=cluster)
    live.start()
    yield live
    live.stop()
    live.db.dispose()
    live.drop_copies()
