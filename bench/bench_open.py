"""Opening the store and running migrations on an up-to-date database.

    python bench/bench_open.py [--data-dir DIR] [--runs 20]

Warm: open_store + close repeated in one process (what each open costs once modules are loaded).
Cold: in a fresh Python process, the first open_store (reads the migration scripts, checks the
revision) and, apart, the import of the store and Alembic modules (start-up cost of the process,
not of opening). Target (issue 2): < 100 ms for open + migrate.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

COLD = """
import sys, time
t = time.perf_counter()
from lpj_desktop.paths import app_paths
from lpj_desktop.store.database import open_store
import lpj_desktop.store.migrate
t1 = time.perf_counter()
open_store(app_paths(sys.argv[1])).close()
t2 = time.perf_counter()
print((t1 - t) * 1000, (t2 - t1) * 1000)
"""


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, help="an existing store (default: a fresh demo store)")
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)

    from lpj_desktop.paths import app_paths
    from lpj_desktop.store.database import open_store

    data_dir = args.data_dir
    if data_dir is None:
        from lpj_desktop.services.demo import load_demo

        data_dir = Path(tempfile.mkdtemp(prefix="lpj-bench-open-"))
        store = open_store(app_paths(data_dir))
        load_demo(store)
        store.close()
    paths = app_paths(data_dir)
    open_store(paths).close()  # bring it up to date once; every run below finds nothing to do

    warm: list[float] = []
    for _ in range(args.runs):
        t = time.perf_counter()
        open_store(paths).close()
        warm.append((time.perf_counter() - t) * 1000)

    cold_imports: list[float] = []
    cold_open: list[float] = []
    for _ in range(max(3, args.runs // 4)):
        out = subprocess.run([sys.executable, "-c", COLD, str(data_dir)], capture_output=True, text=True,
                             check=True, cwd=REPO)
        imports, first_open = out.stdout.split()
        cold_imports.append(float(imports))
        cold_open.append(float(first_open))

    size_mb = paths.database.stat().st_size / 1e6
    print(f"\nOpen + migrate an up-to-date store ({paths.database}, {size_mb:.0f} MB)\n")
    print(f"{'measurement':<44}{'runs':>6}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}  target < 100 ms")
    for label, ms in (("warm: open_store + close, modules loaded", warm),
                      ("cold: first open_store in a new process", cold_open),
                      ("cold: importing store + Alembic modules", cold_imports)):
        print(f"{label:<44}{len(ms):>6}{statistics.median(ms):>9.1f}{_pct(ms, 95):>9.1f}{max(ms):>9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
