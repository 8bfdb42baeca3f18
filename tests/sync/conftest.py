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
