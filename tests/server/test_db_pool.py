"""Pooled PostgreSQL connections: pinged only after being idle, and replaced when dead."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import exc, text

from sync.server.db import Database


@contextmanager
def _pool_and_killer(db_url: str, ping_after: float) -> Iterator[tuple[Database, Database]]:
    """A one-connection pool that pings after `ping_after` s idle, and a second database handle
    to kill its connection with, as a restart of PostgreSQL would."""
    if not db_url.startswith("postgresql"):
        pytest.skip("SQLite has no server connection to lose")
    db = Database(db_url, pool_size=1, ping_after=ping_after)
    killer = Database(db_url, pool_size=1)
    try:
        yield db, killer
    finally:
        db.dispose()
        killer.dispose()


def _kill_other_backends(db: Database) -> int:
    with db.engine.connect() as conn:
        killed = conn.execute(text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()")).scalar_one()
    return int(killed)


def _pooled_connection_used(db: Database) -> None:
    with db.connect() as connection:  # as every push and pull first uses the pool
        assert connection.execute(text("SELECT 1")).scalar_one() == 1


def test_a_connection_idle_past_the_ping_time_is_checked_and_replaced(db_url: str) -> None:
    with _pool_and_killer(db_url, ping_after=0.2) as (db, killer):
        _pooled_connection_used(db)
        assert _kill_other_backends(killer) >= 1
        time.sleep(0.4)
        _pooled_connection_used(db)  # pinged, found dead, replaced: no error
        with db.reader() as s:
            assert s.execute(text("SELECT 2")).scalar_one() == 2


def test_a_connection_used_moments_ago_is_not_pinged(db_url: str) -> None:
    """No ping round trip under load: the dead connection is only found by the request's own
    statement (which fails once; the pool then starts afresh)."""
    with _pool_and_killer(db_url, ping_after=3600) as (db, killer):
        _pooled_connection_used(db)
        assert _kill_other_backends(killer) >= 1
        with pytest.raises(exc.OperationalError):
            _pooled_connection_used(db)
        _pooled_connection_used(db)  # the pool replaced the dead connection
