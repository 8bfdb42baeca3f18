"""Shared fixtures: real SQLite stores in temporary folders, the shared reference data."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from lpj_desktop.paths import AppPaths, app_paths  # noqa: E402
from lpj_desktop.store.database import Store, open_store  # noqa: E402

# Server databases (SQLite and a throwaway PostgreSQL cluster) for the server and sync tests.
pytest_plugins = ["tests.server_databases"]

REPO = Path(__file__).resolve().parent.parent
# shared/ sits beside the repo; worktrees are one level deeper, so look upwards for it.
SHARED_DATA = next((p / "shared" / "data" for p in REPO.parents if (p / "shared" / "data").is_dir()),
                   REPO.parent / "shared" / "data")
# The app ships a byte-identical copy of the real 211-row sample as its demo data, so a clone with
# no shared/ beside it (a CI checkout elsewhere) still tests against the real rows.
_SHIPPED_SAMPLE = REPO / "resources" / "demo" / "enheter-troms-finnmark.csv"
BRREG_SAMPLE = next((f for f in (SHARED_DATA / "brreg" / "enheter-troms-finnmark.csv", _SHIPPED_SAMPLE)
                     if f.exists()), _SHIPPED_SAMPLE)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return app_paths(tmp_path / "data")


@pytest.fixture
def store(paths: AppPaths) -> Iterator[Store]:
    s = open_store(paths)
    yield s
    s.close()


@pytest.fixture
def brreg_sample() -> Path:
    if not BRREG_SAMPLE.exists():
        pytest.fail(f"reference data missing: {BRREG_SAMPLE} (and no shared/ beside the repo)")
    return BRREG_SAMPLE
