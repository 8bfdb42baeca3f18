"""Opening the local SQLite store: connection settings, migrations, sessions."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from lpj_desktop.paths import AppPaths

# How long a write waits for another connection's write lock before SQLite gives up.
BUSY_TIMEOUT_MS = 5000
# SQLITE_BUSY and SQLITE_LOCKED, the primary codes of "another connection is writing".
_BUSY_CODES = (5, 6)


class StoreBusy(Exception):
    """Another connection (the sync) holds the store's write lock; nothing was written."""


def _is_busy(error: OperationalError) -> bool:
    code = getattr(error.orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in _BUSY_CODES


def _on_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a committed visit survives a power cut, not only an app crash; commits are small.
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA cache_size=-32000")  # 32 MB page cache
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def make_engine(db_file: Path) -> Engine:
    """An engine on `db_file` with WAL, foreign keys and durable commits."""
    db_file.parent.mkdir(parents=True, exist_ok=True)
    if not db_file.exists() and os.name == "posix":
        # Create the file readable by its owner only before SQLite opens it.
        fd = os.open(db_file, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    engine = create_engine(f"sqlite:///{db_file}", future=True)
    event.listen(engine, "connect", _on_connect)
    return engine


@dataclass
class Store:
    """An open local store: the engine and a session factory."""

    path: Path
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A session whose transaction commits at the end of the block, or rolls back on error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def quick_session(self, wait_ms: int = 100) -> Iterator[Session]:
        """`session()` for writes made on the UI thread: when another connection holds the write
        lock for longer than `wait_ms` (a first sync building an index holds it for seconds),
        it rolls back and raises StoreBusy instead of freezing the window meanwhile.

        The lock is taken at the first write, which the flush at the end of the block makes
        before the busy wait is set back; the commit after it waits for no one (WAL).
        """
        session = self.sessions()
        raw = session.connection().connection.dbapi_connection
        assert raw is not None
        raw.execute(f"PRAGMA busy_timeout={int(wait_ms)}")
        try:
            try:
                yield session
                session.flush()
            finally:
                # On the driver's connection: after a failed flush the session refuses statements,
                # and a pooled connection must not keep the short wait.
                raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            session.commit()
        except OperationalError as exc:
            session.rollback()
            if _is_busy(exc):
                raise StoreBusy(str(exc)) from exc
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def reader(self) -> Iterator[Session]:
        """A session for reading only (nothing is committed)."""
        session = self.sessions()
        try:
            yield session
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def open_store(paths: AppPaths, *, migrate: bool = True) -> Store:
    """Open (and create or upgrade) the store under `paths`.

    Raises `StoreTooNewError` for a database written by a newer app version, untouched, and
    `StoreDamaged` for a file SQLite cannot read.
    """
    paths.ensure()
    try:
        return _open(paths, migrate)
    except Exception as exc:
        from lpj_desktop.store.backups import StoreDamaged, is_damage

        if is_damage(exc):
            raise StoreDamaged(paths.database, str(getattr(exc, "orig", exc))) from exc
        raise


def _open(paths: AppPaths, migrate: bool) -> Store:
    engine = make_engine(paths.database)
    if migrate:
        # Imported here: Alembic takes a fifth of the app's start-up to import, and is not needed
        # when the caller knows the schema is current (lpj_desktop.app.store_is_current).
        from lpj_desktop.store.migrate import upgrade_store

        try:
            upgrade_store(engine, paths)
        except BaseException:
            engine.dispose()
            raise
    from lpj_desktop.store.indexes import LATER, ensure_indexes

    # A first sync killed midway leaves the indexes it set aside missing (store/indexes.py). Those
    # no first screen reads (LATER) and the visit tallies are built and counted in the background
    # (store/tallies.py start_tally_count: the app's start, after a sync), not before the window.
    try:
        with engine.begin() as conn:
            ensure_indexes(conn, skip=LATER)
    except BaseException:
        engine.dispose()
        raise
    return Store(paths.database, engine, sessionmaker(engine, expire_on_commit=False))
