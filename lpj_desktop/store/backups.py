"""Backup copies of the store, and getting back to one when the store is damaged.

A copy is taken before every schema upgrade (migrate.py) and once a day (`daily_backup`, run in
the background after start-up). A store that SQLite can no longer read ("database disk image is
malformed", "file is not a database": a disk fault, a copy taken mid-write) raises `StoreDamaged`
on opening; the app then offers the newest copy, saying from when it is.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lpj_desktop.paths import AppPaths

log = logging.getLogger(__name__)

DAILY_LABEL = "daily"
KEEP_DAILY = 5


class StoreDamaged(Exception):
    """The store file cannot be read by SQLite; nothing was changed in it."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path}: {detail}")
        self.path = path
        self.detail = detail


def is_damage(exc: BaseException) -> bool:
    """True for SQLite's "the file is broken" errors (not "locked" or "busy", which pass)."""
    orig = getattr(exc, "orig", exc)
    return isinstance(orig, sqlite3.DatabaseError) and not isinstance(orig, sqlite3.OperationalError)


@dataclass(frozen=True, slots=True)
class Backup:
    path: Path
    made_at: datetime  # when the copy was taken (UTC)


def backups(paths: AppPaths) -> list[Backup]:
    """The store's backup copies, newest first."""
    folder = paths.backups_dir
    if not folder.is_dir():
        return []
    found = [Backup(f, datetime.fromtimestamp(f.stat().st_mtime, UTC))
             for f in folder.glob(f"{paths.database.stem}-*.sqlite3")]
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def daily_backup(paths: AppPaths, *, now: datetime | None = None) -> Path | None:
    """Take a copy when the newest is more than a day old; keep the newest few daily copies."""
    from lpj_desktop.store.migrate import backup_database

    now = now or datetime.now(UTC)
    newest = backups(paths)
    if newest and now - newest[0].made_at < timedelta(days=1):
        return None
    copy = backup_database(paths.database, paths.backups_dir, DAILY_LABEL)
    daily = [b for b in backups(paths) if f"-{DAILY_LABEL}-" in b.path.name]
    for old in daily[KEEP_DAILY:]:
        old.path.unlink(missing_ok=True)
    log.info("daily backup copy at %s", copy)
    return copy


def restore_backup(paths: AppPaths, backup: Backup) -> Path:
    """Put `backup` in place of the (closed) store; the damaged store is moved aside, not deleted.
    Returns the folder it was moved to."""
    from lpj_desktop.store.set_aside import set_aside_store

    folder = set_aside_store(paths)
    shutil.copy2(backup.path, paths.database)
    log.warning("store restored from %s; the damaged one is in %s", backup.path, folder)
    return folder
