"""A push commits under the write lock without waiting for the disk, so that fifty pushes do not
flush one after another under it; its answer, and every pull page that moves a cursor, waits
until what it shows is on disk. PostgreSQL only (SQLite's commits are durable already)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import text

from tests.server.harness import ServerHarness, mutation, new_id


@pytest.fixture
def durable(harness: ServerHarness) -> Iterator[ServerHarness]:
    """The test cluster commits without waiting (it holds nothing worth a flush); this database
    waits, as a deployed one does."""
    if not harness.db.is_postgres:
        pytest.skip("PostgreSQL's log and its flush")
    with harness.db.connect() as connection:
        name = connection.exec_driver_sql("SELECT current_database()").scalar_one()
        connection.exec_driver_sql(f'ALTER DATABASE "{name}" SET synchronous_commit = on')
        # The WAL writer flushes commits that did not wait within this delay; long, so that
        # only the answers' own wait can have flushed them.
        connection.exec_driver_sql("ALTER SYSTEM SET wal_writer_delay = '10s'")
        connection.exec_driver_sql("SELECT pg_reload_conf()")
    harness.db.engine.dispose()  # new connections take the database's setting
    try:
        yield harness
    finally:
        with harness.db.connect() as connection:
            connection.exec_driver_sql("ALTER SYSTEM RESET wal_writer_delay")
            connection.exec_driver_sql("SELECT pg_reload_conf()")


def _behind(harness: ServerHarness) -> int:
    """Bytes of the log written but not yet flushed."""
    with harness.db.connect() as connection:
        return int(connection.execute(text(
            "SELECT pg_current_wal_insert_lsn() - pg_current_wal_flush_lsn()")).scalar_one())


def _commit_without_waiting(harness: ServerHarness) -> None:
    """Commit as a push does (sync.server.one_trip): the log is then ahead of the disk."""
    with harness.db.connect() as connection:
        connection.exec_driver_sql("BEGIN")
        connection.exec_driver_sql("SELECT set_config('synchronous_commit', 'off', true)")
        connection.exec_driver_sql("UPDATE server_meta SET value = value")
        connection.exec_driver_sql("COMMIT")


def test_a_push_commits_without_waiting_but_its_answer_waits(durable: ServerHarness) -> None:
    kari = durable.new_user("kari")
    _commit_without_waiting(durable)
    assert _behind(durable) > 0
    durable.db.make_durable()
    assert _behind(durable) == 0
    # A push through the route: answered, and everything it committed is flushed.
    kari.push([mutation(1, "create", "company", new_id(), name="Nordkapp Rør AS")])
    assert _behind(durable) == 0


def test_a_pull_that_moves_on_waits_for_the_disk(durable: ServerHarness) -> None:
    kari, ola = durable.new_user("kari"), durable.new_user("ola")
    ola.pull_all()
    kari.push([mutation(1, "create", "company", new_id(), name="Hammerfest Bygg AS")])
    _commit_without_waiting(durable)  # another push committed, its answer not yet sent
    assert _behind(durable) > 0
    assert len(ola.pull_all()) == 1  # Kari's company
    assert _behind(durable) == 0
