"""Schema upgrades at start-up: Alembic, a backup copy first, and refusal of newer databases."""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from lpj_desktop.paths import AppPaths

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class StoreTooNewError(RuntimeError):
    """The database was written by a newer version of the app; we must not touch it."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            f"The database {path} was made by a newer version of lpj-desktop (schema {revision}). "
            "Install the newest version of the app to open it; the file has not been changed."
        )
        self.path = path
        self.revision = revision


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


def known_revisions() -> set[str]:
    return {rev.revision for rev in _script().walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_database(db_file: Path, backups_dir: Path, label: str) -> Path:
    """Copy the database with SQLite's online backup (consistent even in WAL mode)."""
    backups_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = backups_dir / f"{db_file.stem}-{label}-{stamp}.sqlite3"
    src = sqlite3.connect(db_file)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    if os.name == "posix":
        target.chmod(0o600)
    return target


def upgrade_store(engine: Engine, paths: AppPaths) -> Path | None:
    """Bring the store to the newest schema. Returns the backup made before an upgrade, if any."""
    current = current_revision(engine)
    head = head_revision()
    if current == head:
        return None
    if current is not None and current not in known_revisions():
        raise StoreTooNewError(paths.database, current)
    backup = None
    if current is not None:
        backup = backup_database(paths.database, paths.backups_dir, f"before-{head}")
        log.info("store upgrade %s -> %s, backup at %s", current, head, backup)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return backup
