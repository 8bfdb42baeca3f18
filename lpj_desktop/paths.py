"""One place for where things live on disk: data, logs, config (platformdirs), or --data-dir."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from platformdirs import PlatformDirs

from lpj_desktop import APP_AUTHOR, APP_NAME

DB_FILENAME = "lpj.sqlite3"


DEMO_FOLDER = "demo"


@dataclass(frozen=True, slots=True)
class AppPaths:
    data_dir: Path
    log_dir: Path
    config_dir: Path
    # The demo's own store (a folder inside the real data folder): trying the app never touches
    # the user's real store, which could then never sync.
    is_demo: bool = False

    def demo(self) -> AppPaths:
        """The demo store's paths beside these (settings and logs shared)."""
        if self.is_demo:
            return self
        return AppPaths(self.data_dir / DEMO_FOLDER, self.log_dir, self.config_dir, is_demo=True)

    def real(self) -> AppPaths:
        """The user's own store's paths (these, unless these are the demo's)."""
        if not self.is_demo:
            return self
        return AppPaths(self.data_dir.parent, self.log_dir, self.config_dir)

    @property
    def database(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def drafts_dir(self) -> Path:
        return self.data_dir / "drafts"

    @property
    def files_dir(self) -> Path:
        """Attached files, each named by its SHA-256 (lpj_desktop/store/blobs.py)."""
        return self.data_dir / "files"

    def ensure(self) -> AppPaths:
        """Create the folders, readable by this user only (the store holds personal data)."""
        for folder in (self.data_dir, self.log_dir, self.config_dir):
            folder.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                folder.chmod(0o700)
        return self


def app_paths(data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
    """Paths for this user; `data_dir` (from --data-dir or LPJ_DATA_DIR) puts everything under it."""
    chosen = data_dir or os.environ.get("LPJ_DATA_DIR")
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, log_dir=root / "logs", config_dir=root / "config")
    dirs = PlatformDirs(APP_NAME, APP_AUTHOR)
    return AppPaths(
        data_dir=Path(dirs.user_data_dir),
        log_dir=Path(dirs.user_log_dir),
        config_dir=Path(dirs.user_config_dir),
    )
