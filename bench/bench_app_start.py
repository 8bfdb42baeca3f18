"""From process start to an interactive main window on the 200k-company / 1M-visit store, and memory.

Target: under 1.5 s; resident memory under 300 MB. Runs the app in a fresh process each time
(offscreen Qt), timing until the window is shown and the first page of companies is on screen.

    python -m bench.bench_app_start [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time


def rss_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def child(data_dir: str) -> None:
    """What `lpj-desktop --data-dir` does up to the first frame, then report and leave."""
    marks = [("python up", time.perf_counter())]
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from lpj_desktop.app import open_app_store
    from lpj_desktop.paths import app_paths
    from lpj_desktop.ui.i18n import install_translations
    from lpj_desktop.ui.main_window import MainWindow

    marks.append(("imports", time.perf_counter()))
    app = QApplication(sys.argv[:1])
    marks.append(("qapplication", time.perf_counter()))
    install_translations(app, "nb")
    paths = app_paths(data_dir)
    store = open_app_store(paths)
    marks.append(("store open", time.perf_counter()))
    w = MainWindow(store, paths)
    marks.append(("window built", time.perf_counter()))
    w.show()

    def ready(_total: int) -> None:
        w.company_list.model.loaded.disconnect(ready)
        app.processEvents()
        marks.append(("first page shown", time.perf_counter()))
        print("PHASES " + " ".join(f"{n.replace(' ', '_')}={(t - marks[0][1]) * 1000:.0f}" for n, t in marks),
              flush=True)
        print(f"READY {time.perf_counter():.6f} {w.company_list.model.rowCount()} {rss_mb():.1f}", flush=True)
        # Scroll through a few pages and search, then report memory again.
        for _ in range(10):
            w.company_list.model.fetchMore()
        w.company_list.search.setText("fjord")
        QTimer.singleShot(1500, lambda: (print(f"RSS {rss_mb():.1f}", flush=True), app.quit()))

    w.company_list.model.loaded.connect(ready)
    app.exec()
    store.close()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--child")
    args = ap.parse_args()
    if args.child:
        child(args.child)
        return
    from bench.gui_store import ensure_store

    paths = ensure_store()
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    starts, rss_start, rss_after = [], [], []
    phases: list[list[str]] = []
    for _ in range(args.runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, "-m", "bench.bench_app_start", "--child", str(paths.data_dir)],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("PHASES"):
                phases.append(line.split()[1:])
            if line.startswith("READY"):
                starts.append(time.perf_counter() - t0)
                rss_start.append(float(line.split()[3]))
            elif line.startswith("RSS"):
                rss_after.append(float(line.split()[1]))
        proc.wait()
    print("in-process milestones (ms after the interpreter was up), last run: " + " ".join(phases[-1]))
    med = statistics.median
    print(f"{'measure':40} {'median':>10} {'max':>10} {'target':>10}")
    print(f"{'start to interactive window (s)':40} {med(starts):10.2f} {max(starts):10.2f} {'< 1.5':>10}")
    print(f"{'resident memory, first page (MB)':40} {med(rss_start):10.0f} {max(rss_start):10.0f} "
          f"{'< 300':>10}")
    print(
        f"{'resident memory, 11 pages + search (MB)':40} {statistics.median(rss_after):10.0f} "
        f"{max(rss_after):10.0f} {'< 300':>10}"
    )


if __name__ == "__main__":
    main()
