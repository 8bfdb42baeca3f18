"""The engine and the two kinds of transaction the server runs: readers and writers.

Writers that add changes take one write lock for their whole transaction (PostgreSQL: a
transaction-level advisory lock; SQLite: BEGIN IMMEDIATE, which is SQLite's single writer lock).
Change sequence numbers are handed out under that lock and the lock is released only after the
commit is visible, so changes become visible strictly in sequence order: whatever a reader sees is
a prefix of the sequence, and a pull cursor can never step past a change that a slower
transaction would still commit below it. docs/sync-protocol.md ("Why pulls never skip") has the
argument in full.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

# Any constant; names this application's lock among other users of a shared PostgreSQL.
WRITE_LOCK_KEY = 0x4C504A53  # "LPJS"


class Database:
    """The server's database: `reader()` and `writer()` transactions as ORM sessions."""

    def __init__(self, url: str, *, pool_size: int = 10, echo: bool = False) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.is_postgres = self.url.get_backend_name() == "postgresql"
        if self.is_sqlite:
            if self.url.database and self.url.database != ":memory:":
                Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
            self.engine = _sqlite_engine(url, immediate=False, echo=echo)
            self.write_engine = _sqlite_engine(url, immediate=True, echo=echo)
        else:
            self.engine = create_engine(
                url, pool_size=pool_size, max_overflow=2 * pool_size, pool_pre_ping=True, echo=echo
            )
            self.write_engine = self.engine

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read transaction. Objects stay usable after it ends (they are not expired)."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def writer(self, *, sequenced: bool = True) -> Iterator[Session]:
        """A write transaction, committed when the block ends without an exception.

        `sequenced` writers (those that change records and take change sequence numbers) hold the
        write lock until they commit; small bookkeeping writes (login attempts, tokens) do not.
        """
        with Session(self.write_engine, expire_on_commit=False) as session, session.begin():
            if sequenced:
                self.lock_writes(session)
            yield session

    def lock_writes(self, session: Session) -> None:
        """Take the write lock inside a `writer(sequenced=False)` transaction, until it ends.

        On SQLite the transaction holds it already (BEGIN IMMEDIATE).
        """
        if self.is_postgres:
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})

    def dispose(self) -> None:
        self.engine.dispose()
        if self.write_engine is not self.engine:
            self.write_engine.dispose()


def _sqlite_engine(url: str, *, immediate: bool, echo: bool) -> Engine:
    engine = create_engine(url, echo=echo, connect_args={"check_same_thread": False, "timeout": 30})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Take transaction control from the sqlite3 module so that BEGIN is ours to issue.
        dbapi_connection.isolation_level = None
        cur = dbapi_connection.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # IMMEDIATE takes the write lock at BEGIN: a deferred transaction that reads first and
        # then writes can fail at once with SQLITE_BUSY instead of waiting its turn.
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
