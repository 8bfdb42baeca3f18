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

import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Connection, Engine, create_engine, event, exc, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from sqlalchemy.sql import ClauseElement, Executable

# Any constant; names this application's lock among other users of a shared PostgreSQL.
WRITE_LOCK_KEY = 0x4C504A53  # "LPJS"
# A pooled PostgreSQL connection idle longer than this is checked with a ping before use.
PING_AFTER_SECONDS = 5.0


class Database:
    """The server's database: `reader()` and `writer()` transactions as ORM sessions."""

    def __init__(self, url: str, *, pool_size: int = 10, echo: bool = False,
                 ping_after: float = PING_AFTER_SECONDS) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        self.is_postgres = self.url.get_backend_name() == "postgresql"
        if self.is_sqlite:
            if self.url.database and self.url.database != ":memory:":
                Path(self.url.database).parent.mkdir(parents=True, exist_ok=True)
            self.engine = _sqlite_engine(url, immediate=False, echo=echo)
            self.write_engine = _sqlite_engine(url, immediate=True, echo=echo)
        else:
            self.engine = create_engine(url, pool_size=pool_size, max_overflow=2 * pool_size, echo=echo)
            _ping_when_idle(self.engine, ping_after)
            self.write_engine = self.engine
        # Each statement its own transaction: no BEGIN and COMMIT round trips around a read
        # that needs no snapshot across statements (READ COMMITTED gives none anyway).
        self._autocommit_engine = (self.engine if self.is_sqlite
                                   else self.engine.execution_options(isolation_level="AUTOCOMMIT"))

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A read transaction. Objects stay usable after it ends (they are not expired)."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    def connect(self) -> Connection:
        """A Core connection whose every statement commits by itself on PostgreSQL (on SQLite
        it reads in one transaction, rolled back at close). For the lookups every request makes:
        no ORM session to set up and tear down."""
        return self._autocommit_engine.connect()

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

    def make_durable(self) -> None:
        """Wait until everything committed so far is on disk (and wherever the database's
        `synchronous_commit` says).

        A push commits under the write lock without waiting for the disk (`one_trip`): held
        through each commit's flush, the lock made fifty pushes of a burst flush one after
        another. What it wrote is visible at once, in sequence order as before, but no answer
        may hand it out until it is durable: a crash could lose it after a laptop was told. So
        every answer that shows what was committed (a push's, a pull's that moves the cursor,
        a snapshot's, where the server stands with a client) calls this first. A transaction
        of its own writes one small log record (a logical message: no table, no lock) and
        commits with the database's setting; its flush covers every commit before it, and the
        flushes of concurrent requests go together. SQLite's commits are durable already.
        """
        if not self.is_postgres:
            return
        with self.connect() as connection:
            connection.exec_driver_sql("SELECT pg_logical_emit_message(true, 'lpj', '')")

    def dispose(self) -> None:
        self.engine.dispose()
        if self.write_engine is not self.engine:
            self.write_engine.dispose()


_DRIVER_SQL: dict[tuple[int, str], str] = {}


def driver_rows(executor: Session | Connection, statement: Executable,
                params: dict[str, Any]) -> list[tuple[Any, ...]]:
    """The rows of a statement built once (a module constant), run through the driver's own
    cursor on PostgreSQL, in `executor`'s transaction; through SQLAlchemy on SQLite.

    For the few statements every request runs: SQLAlchemy's execution and result set-up cost
    0.3-0.5 ms of Python each, several times what psycopg and PostgreSQL need. The rows come
    as the driver returns them: PostgreSQL timestamps without time zone are naive (UTC).
    """
    connection = executor.connection() if isinstance(executor, Session) else executor
    dialect = connection.dialect
    if dialect.name != "postgresql":
        return [tuple(row) for row in connection.execute(statement, params)]
    key = (id(statement), dialect.name)
    sql = _DRIVER_SQL.get(key)
    if sql is None:
        sql = _DRIVER_SQL[key] = str(cast(ClauseElement, statement).compile(dialect=dialect))
    with connection.connection.dbapi_connection.cursor() as cursor:  # type: ignore[union-attr]
        cursor.execute(sql, params)
        return cursor.fetchall()  # type: ignore[no-any-return]


def _ping_when_idle(engine: Engine, idle_seconds: float) -> None:
    """Check a pooled connection before use only when it has been idle a while.

    SQLAlchemy's pool_pre_ping pings at every checkout: a round trip more for every request.
    A connection used moments ago is as good as a ping; one idle for longer may have been
    closed by a restart of PostgreSQL, and is replaced before a request fails on it. (A
    connection that breaks mid-request still fails that request; the pool then replaces all
    connections older than the failure.)
    """

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: Any) -> None:
        record.info["checked_in"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        checked_in = record.info.get("checked_in")
        if checked_in is not None and time.monotonic() - checked_in < idle_seconds:
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except Exception as error:
            if isinstance(error, engine.dialect.loaded_dbapi.Error) and \
                    engine.dialect.is_disconnect(error, dbapi_connection, None):
                raise exc.DisconnectionError() from error  # the pool connects anew and retries
            raise


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
