"""Start `lpj-desktop` on the 200k-company / 1M-visit store, to an interactive window; and its memory.

Targets (issue 22): under 1.5 s; resident memory under 300 MB.

Each run spawns the real console entry point, `.venv/bin/lpj-desktop --data-dir D`, in a fresh
process (offscreen Qt), with LPJ_READY_FILE set: the app writes that file once its main window is
shown and the first page of companies has been painted (app.py `_announce_ready`). The clock runs
from just before the spawn until the file appears. Peak resident memory (VmHWM) is read from
/proc at that moment, then the process is ended.

The window's settings file is removed first (the other GUI benches close the window on a company,
and the app reopens where it was left): every run opens on the company list.

Warm: the store and the installed packages are in the page cache (a second start of the day).
Cold: `echo 3 > /proc/sys/vm/drop_caches` before each run (the first start after a reboot);
needs root, skipped otherwise.

    python -m bench.bench_app_start [--runs 7] [--cold-runs 3]
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))


def entry_point() -> Path:
    """The installed `lpj-desktop` script next to this interpreter (what a person runs)."""
    script = Path(sys.executable).parent / "lpj-desktop"
    if not script.exists():
        raise SystemExit(f"{script} not found: pip install -e . in this venv first")
    return script


def peak_rss_mb(pid: int) -> float:
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def one_start(data_dir: Path, *, timeout: float = 60.0) -> tuple[float, float, int]:
    """Seconds from spawn to the ready file, peak RSS (MB) then, and the rows on screen."""
    ready = Path(tempfile.mkdtemp(prefix="lpj-ready-")) / "ready"
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "LPJ_READY_FILE": str(ready)}
    started = time.perf_counter()
    proc = subprocess.Popen([str(entry_point()), "--data-dir", str(data_dir)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while not ready.exists():
            if proc.poll() is not None:
                said = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                raise SystemExit(f"lpj-desktop ended ({proc.returncode}) before it was ready:\n{said}")
            if time.perf_counter() - started > timeout:
                raise SystemExit(f"lpj-desktop not ready after {timeout} s")
            time.sleep(0.002)
        elapsed = time.perf_counter() - started
        rss = peak_rss_mb(proc.pid)
        # The file is written in one call after the paint; give it a moment to be complete.
        time.sleep(0.05)
        rows = int(ready.read_text().strip() or 0)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    return elapsed, rss, rows


def row(label: str, values: list[float], fmt: str, target: str) -> str:
    return (f"{label:<44}{len(values):>5}{min(values):>9{fmt}}{statistics.median(values):>9{fmt}}"
            f"{max(values):>9{fmt}}  {target}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="warm starts")
    parser.add_argument("--cold-runs", type=int, default=3, help="starts after dropping the page cache")
    args = parser.parse_args(argv)
    from bench.gui_store import ensure_store

    paths = ensure_store()
    data_dir = paths.data_dir
    # The window opens where it was closed: the other GUI benches leave it on the busiest company.
    # This row is the company list's first page, so start from the settings of a first start.
    (paths.config_dir / "lpj-desktop.ini").unlink(missing_ok=True)
    one_start(data_dir)  # warms the cache and settles the store (WAL, first-run settings)
    warm = [one_start(data_dir) for _ in range(args.runs)]
    cold: list[tuple[float, float, int]] = []
    for _ in range(args.cold_runs):
        if not drop_caches():
            print("(cold runs skipped: cannot drop the page cache without root)")
            break
        cold.append(one_start(data_dir))
    size_mb = paths.database.stat().st_size / 1e6
    print(f"\nlpj-desktop --data-dir {data_dir} ({size_mb:.0f} MB store), offscreen; "
          f"{warm[0][2]} company rows on the first page; load {os.getloadavg()[0]:.2f}\n")
    print(f"{'measure':<44}{'runs':>5}{'min':>9}{'median':>9}{'max':>9}  target")
    print(row("start to interactive window, warm (s)", [w[0] for w in warm], ".2f", "< 1.5"))
    if cold:
        print(row("start to interactive window, cold (s)", [c[0] for c in cold], ".2f", "(no target)"))
    print(row("peak resident memory at ready (MB)", [w[1] for w in warm + cold], ".0f", "< 300"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
