"""Server schema upgrades (Alembic), on SQLite and PostgreSQL alike, and the first epoch."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from sync.server.db import Database
from sync.server.meta import ensure_epoch

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "server_alembic_version"


class DatabaseTooNewError(RuntimeError):
    """The database was migrated by a newer server; this one must not run against it."""


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = _script().get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn, opts={"version_table": VERSION_TABLE}).get_current_revision()


def upgrade(db: Database) -> str | None:
    """Bring the database to the newest schema; returns the revision it was at before."""
    before = current_revision(db)
    known = {rev.revision for rev in _script().walk_revisions()}
    if before is not None and before not in known:
        raise DatabaseTooNewError(
            f"the database is at schema {before}, which this lpj-server does not know: "
            "it was upgraded by a newer server. Install that version instead."
        )
    with db.write_engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    ensure_epoch(db)
    return before


def check_current(db: Database) -> None:
    """Refuse to serve a database that is not at this server's schema (run `migrate` first)."""
    current = current_revision(db)
    if current != head_revision():
        raise RuntimeError(
            f"the database schema is {current or 'empty'}, this server needs {head_revision()}: "
            "run `lpj-server migrate` first"
        )
