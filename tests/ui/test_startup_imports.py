"""Start-up imports only what the first window needs (issue 22): a hunter's `lpj-desktop` is up
without the PDF and Excel libraries, the staff pages, the sync engine and its protocol, the update
checker's HTTP client or the keyring. Each of them cost tens of milliseconds of every start.

The app is started the way `lpj-desktop` starts (app.main) in a fresh interpreter, offscreen, on a
real store with a hunter profile; when it writes its ready file (the window shown, the first page
of companies painted) the child lists the modules it has imported.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lpj_desktop.paths import app_paths
from lpj_desktop.store.database import open_store
from tests.ui.conftest import seed

# Module name prefixes that must not be loaded when the first window is up.
HEAVY = (
    "reportlab", "openpyxl",  # PDF and Excel exports
    "requests", "urllib3",  # the update check's HTTP client
    "keyring",  # the sync token, read in the background after start-up
    "pydantic", "sync.protocol",  # the wire models
    "lpj_desktop.sync_client.engine", "lpj_desktop.sync_client.transport",
    "lpj_desktop.sync_client.records",
    "alembic",  # migrations: only when the store is not current
    "lpj_desktop.ui.staff.dashboard_page", "lpj_desktop.ui.staff.campaign_page",
    "lpj_desktop.ui.staff.history_page", "lpj_desktop.ui.staff.goals_page",
    "lpj_desktop.ui.staff.handover_page",
    "lpj_desktop.services.exports", "lpj_desktop.importers",
)

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

ready = Path(sys.argv[2])
app = QApplication(sys.argv[:1])


def poll():
    if ready.exists():
        print("MODULES " + " ".join(sorted(sys.modules)), flush=True)
        app.quit()
    else:
        QTimer.singleShot(10, poll)


QTimer.singleShot(10, poll)
from lpj_desktop.app import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _modules_at_ready(data_dir: Path, ready: Path) -> set[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LPJ_READY_FILE": str(ready)}
    out = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), str(ready)], env=env,
                         capture_output=True, text=True, timeout=120)
    line = next((x for x in out.stdout.splitlines() if x.startswith("MODULES ")), None)
    assert line is not None, f"the app never said it was ready:\n{out.stdout}\n{out.stderr}"
    return set(line.split()[1:])


def test_a_hunters_start_up_leaves_heavy_modules_unimported(tmp_path: Path) -> None:
    paths = app_paths(tmp_path / "data")
    store = open_store(paths)
    seed(store)
    store.close()
    modules = _modules_at_ready(paths.data_dir, tmp_path / "ready")
    assert "lpj_desktop.ui.main_window" in modules and "PySide6.QtWidgets" in modules
    loaded = sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert loaded == [], f"imported at start-up: {loaded}"
