"""The layers are held by a tool, not by habit: import-linter's contracts in pyproject.toml (the
server and the contract import nothing of the desktop app; nothing below the views imports Qt; the
domain imports no SQL; views → services → store, never upwards)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).parent / "lint-imports"
    run = subprocess.run([str(lint), "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "broken" in run.stdout and "0 broken" in run.stdout


def test_views_open_no_transactions() -> None:
    """Views call services through services.use (read/write/quick_write) or the UI's retrying
    writer; none opens a session of the store itself."""
    opening = re.compile(r"\.(reader|writer|session|quick_session)\(\)")
    found = [
        f"{path.relative_to(REPO)}:{n}: {line.strip()}"
        for path in sorted((REPO / "lpj_desktop" / "ui").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if opening.search(line.split("#", 1)[0])
    ]
    assert found == []
