"""Starting over with a new, empty store: the old one is moved aside whole, never deleted."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from lpj_desktop.paths import AppPaths


def set_aside_store(paths: AppPaths, *, now: datetime | None = None) -> Path:
    """Move the store file (with its WAL and shared-memory files) and the drafts into
    backups/set-aside-YYYYMMDD-HHMMSS/ and return that folder. The store must be closed.

    Nothing is deleted: a store set aside by mistake is put back by moving its file home.
    """
    stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
    target = paths.backups_dir / f"set-aside-{stamp}"
    target.mkdir(parents=True, exist_ok=False)
    for suffix in ("", "-wal", "-shm"):
        source = Path(f"{paths.database}{suffix}")
        if source.exists():
            shutil.move(str(source), str(target / source.name))
    if paths.drafts_dir.exists():
        shutil.move(str(paths.drafts_dir), str(target / "drafts"))
    return target
