"""Campaign letters for 8,000 target companies: the print PDF through the real service, and the
window's longest stalls while a person opens the "Brev" window, looks at the preview and makes the
letters from it.

Targets (issue 24): the print PDF in under 20 s; no stall of the UI thread over 50 ms.

The store is built by bench/make_store.py (realistic companies: register-like names, real
municipalities and SN2007 codes, street addresses, contacts, hunters); its 2020 campaign has 8,000
targets. Each timed service run makes the print PDF and marks the targets "letter sent" with a new
date (so every run writes 8,000 changes and their outbox rows, as a real run does).

The stalls are measured in the app's own main window on that store (its local user made staff),
started as `lpj-desktop` starts it, sync status bar and all: in each window run the campaign page's
"Brev …" opens the window, the preview is moved to three other companies, and "Lag brevene" makes
the print PDF; a 2 ms heartbeat timer on the UI thread gives the longest gap of each phase (the
making phase lasts until the result is shown and the page and status bar have caught up).
`--trace` names what the UI thread (and the other threads) did in each gap over 30 ms
(bench/stall_trace.py).

    python -m bench.bench_letters [--runs 3] [--window-runs N] [--trace] [--companies 20000]
                                  [--data-dir DIR]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import date, timedelta
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sqlalchemy import text  # noqa: E402

from bench.make_store import build_store  # noqa: E402
from lpj_desktop.domain.letters import Language, default_body  # noqa: E402
from lpj_desktop.paths import app_paths  # noqa: E402
from lpj_desktop.services.letters import LetterDraft, LetterRequest, Output, produce_letters  # noqa: E402
from lpj_desktop.store.database import Store, open_store  # noqa: E402

TARGET_SECONDS = 20.0
TARGET_STALL_MS = 50.0


def _campaign(store: Store, targets: int) -> str:
    with store.reader() as s:
        row = s.execute(
            text(
                "SELECT campaign_id, count(*) AS n FROM campaign_target GROUP BY campaign_id "
                "HAVING n = :n ORDER BY campaign_id LIMIT 1"), {"n": targets}).first()
    if row is None:
        raise SystemExit(f"no campaign with {targets} targets in the store")
    return str(row[0])


def _draft() -> LetterDraft:
    return LetterDraft(name="Bench", language=Language.BOKMAL, subject="Kan {bedrift} ta inn en lærling?",
                       body=default_body(Language.BOKMAL), organisation="Opplæringskontoret Nord",
                       interest_address="https://okn.no/laerling", sender_name="Siri Stab",
                       sender_phone="77 00 00 00", sender_email="post@okn.no")


def time_service(store: Store, campaign_id: str, out: Path, runs: int) -> list[tuple[float, int, int]]:
    """(seconds, letters, pages) of each run of the print PDF through produce_letters."""
    rows = []
    for run in range(runs):
        # Double-sided, as the window makes it unless told otherwise (a blank back after each
        # one-page letter: twice the pages).
        request = LetterRequest(campaign_id, _draft(), frozenset({Output.PRINT_PDF}), out / f"run{run}",
                                date(2026, 12, 1) + timedelta(days=run), duplex=True)
        started = time.perf_counter()
        result = produce_letters(store, request)
        rows.append((time.perf_counter() - started, result.printed, result.pages))
        print(f"  run {run + 1}: {rows[-1][0]:6.2f} s  {result.printed:,} letters, {result.pages:,} pages, "
              f"marked {result.marked_letter:,}", flush=True)
    return rows


def _staff_window_profile(store: Store) -> None:
    """The store's local user made staff (set up, so the window opens on its pages): the Brev window
    is staff's."""
    from lpj_desktop.domain.enums import Role
    from lpj_desktop.services.profile import get_profile, is_set_up, set_profile

    with store.session() as s:
        if not is_set_up(s):
            set_profile(s, display_name="Siri Stab", organisation="Opplæringskontoret Nord")
        get_profile(s).role = Role.STAFF.value


def _shown(dialog) -> bool:  # type: ignore[no-untyped-def]
    """The Brev window shows its targets and a letter in the preview."""
    return dialog.preview_company.count() > 0 and bool(dialog.preview_text().strip())


def _making(phase: list[str], progress, _value: int) -> None:  # type: ignore[no-untyped-def]
    phase[0] = f"making: {progress.format()}"


@dataclass
class StallRun:
    """The longest gaps (ms) of the UI thread's heartbeat in one run from the window, by phase."""

    open_ms: float  # "Brev …" pressed until the window shows the template and the preview
    preview_ms: float  # three other target companies chosen for the preview, one after another
    produce_ms: float  # "Lag brevene" until the result is shown and the window has caught up
    seconds: float  # "Lag brevene" until the result is shown
    p99_ms: float
    ticks: int

    @property
    def worst(self) -> float:
        return max(self.open_ms, self.preview_ms, self.produce_ms)


def measure_stalls(data_dir: Path, campaign_id: str, out: Path, runs: int,
                   trace: bool = False) -> list[StallRun]:
    """`runs` times, in the app's own main window on the store (as `lpj-desktop` starts it, with
    its sync status bar and pages): the campaign page's "Brev …" opens the window, the preview is
    moved to three other companies, and the letters are made with "Lag brevene". A 2 ms heartbeat
    on the UI thread measures the longest gap of each phase."""
    from PySide6.QtCore import QEventLoop, QTimer

    from bench.gui_run import heartbeat, idle, start_window, wait_until

    store = open_store(app_paths(data_dir))
    try:
        _staff_window_profile(store)
    finally:
        store.close()
    app, session, window = start_window(app_paths(data_dir))
    window.show_page("staff.campaigns")
    page = window.staff_pages["staff.campaigns"]
    wait_until(app, lambda: page.campaign_id() is not None, what="the campaign list")
    page.select_campaign(campaign_id)
    idle(app, 1.0)
    tracer = None
    if trace:
        from bench.stall_trace import StallTrace

        tracer = StallTrace(threshold_ms=TARGET_STALL_MS * 0.6, label=lambda: phase[0])
    rows: list[StallRun] = []
    phase = [""]  # what the run is doing, for the trace
    for run in range(runs):
        # Collections of the cyclic garbage collector long enough to matter, and on which thread:
        # they hold the GIL, so one on any thread stalls the window.
        collections: list[tuple[float, int, str, int, int]] = []
        began = [0.0, -1.0]

        def collected(phase: str, info: dict[str, int], collections=collections, began=began) -> None:
            if phase == "start":
                # With --trace: how many objects the collection walks (counted before the clock starts).
                began[1] = len(gc.get_objects(info["generation"])) if trace else -1
                began[0] = time.perf_counter()
            elif (ms := (time.perf_counter() - began[0]) * 1000) >= 10:
                collections.append((ms, info["generation"], threading.current_thread().name, int(began[1]),
                                    info["collected"]))

        gc.callbacks.append(collected)
        if tracer is not None:
            tracer.start()
        beat, gaps = heartbeat()
        phases: list[float] = []

        # Open: "Brev …" until the template and the preview are shown.
        phase[0] = "opening"
        dialog = page.open_letters()
        assert dialog is not None
        wait_until(app, partial(_shown, dialog), timeout=60, what="the Brev window's preview")
        idle(app, 0.3)
        phases.append(max(gaps, default=0.0))
        gaps.clear()

        # The preview on three other target companies, as a person compares a few.
        phase[0] = "preview"
        for index in (1, 2, 3):
            seen = [False]
            dialog.previewed.connect(lambda seen=seen: seen.__setitem__(0, True))
            dialog.preview_company.setCurrentIndex(index % max(1, dialog.preview_company.count()))
            wait_until(app, lambda seen=seen: seen[0], timeout=30, what="the preview")
            idle(app, 0.2)
        phases.append(max(gaps, default=0.0))
        gaps.clear()

        # Produce: "Lag brevene" until the result is shown and the window has caught up.
        dialog.folder.setText(str(out / f"ui{run}"))
        facts = _draft()  # the sender facts a staff member fills in (else nothing is made: empty fields)
        for edit, value in ((dialog.organisation, facts.organisation),
                            (dialog.interest_address, facts.interest_address),
                            (dialog.sender_name, facts.sender_name),
                            (dialog.sender_phone, facts.sender_phone),
                            (dialog.sender_email, facts.sender_email)):
            edit.setText(value)
        dialog.outputs[Output.MAILING_CSV].setChecked(False)
        dialog.letter_date.setDate(dialog.letter_date.date().addDays(run + 1))  # each run marks anew
        loop = QEventLoop()
        results: list[object] = []
        dialog.produced.connect(results.append)
        dialog.produced.connect(loop.quit)
        QTimer.singleShot(180_000, loop.quit)
        started = time.perf_counter()
        phase[0] = "making"
        dialog.progress.valueChanged.connect(partial(_making, phase, dialog.progress))
        dialog.produce()
        loop.exec()
        seconds = time.perf_counter() - started
        phase[0] = "the result shown; the page and the status bar catch up"
        idle(app, 1.0)  # the campaign page and the sync status catch up
        phases.append(max(gaps, default=0.0))
        all_gaps = list(gaps)
        beat.stop()
        gc.callbacks.remove(collected)
        if tracer is not None:
            tracer.stop()
        made = results[0] if results else None
        if made is None or getattr(made, "cancelled", True) or getattr(made, "held_for_empty", True):
            raise SystemExit(f"the letters were not made from the window: {dialog.status.text()!r}")
        dialog.close()
        idle(app, 0.5)
        row = StallRun(phases[0], phases[1], phases[2], seconds,
                       statistics.quantiles(all_gaps, n=100)[98] if len(all_gaps) > 1 else 0.0,
                       len(all_gaps))
        rows.append(row)
        print(f"  window run {run + 1}: open {row.open_ms:6.1f} ms, preview {row.preview_ms:6.1f} ms, "
              f"making {row.produce_ms:6.1f} ms (longest gaps; {row.seconds:.1f} s, p99 {row.p99_ms:.1f} ms)",
              flush=True)
        for ms, generation, thread, walked, freed in sorted(collections, reverse=True)[:3]:
            print(f"    garbage collection of generation {generation}: {ms:.1f} ms on {thread}"
                  + (f" ({walked:,} objects, {freed:,} freed)" if walked >= 0 else ""))
        if tracer is not None:
            tracer.report(limit=5)
    session.close()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--companies", type=int, default=20_000)
    ap.add_argument("--targets", type=int, default=8_000, help="the campaign of this many targets")
    ap.add_argument("--data-dir", help="an existing bench store (else one is built in a temp folder)")
    ap.add_argument("--window-runs", type=int, help="runs from the window (default: --runs)")
    ap.add_argument("--trace", action="store_true",
                    help="name what the UI thread did during each gap over 30 ms (bench/stall_trace.py)")
    args = ap.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="lpj-bench-letters-"))
    data_dir = Path(args.data_dir) if args.data_dir else tmp / "store"
    if not args.data_dir:
        t0 = time.perf_counter()
        build_store(data_dir, companies=args.companies, visits=args.companies)
        print(f"store: {args.companies:,} companies built in {time.perf_counter() - t0:.1f} s", flush=True)
    store = open_store(app_paths(data_dir))
    try:
        campaign_id = _campaign(store, args.targets)
        load_before = os.getloadavg()
        rows = time_service(store, campaign_id, tmp / "out", args.runs)
        load_after = os.getloadavg()
        secs = sorted(r[0] for r in rows)
    finally:
        store.close()
    stalls = measure_stalls(data_dir, campaign_id, tmp / "out", args.window_runs or args.runs, args.trace)
    load_end = os.getloadavg()

    print()
    print(f"{'what':34} {'min':>7} {'median':>7} {'max':>7}  target")
    print(f"{f'print PDF, {rows[0][1]:,} letters (s)':34} {secs[0]:7.2f} {statistics.median(secs):7.2f} "
          f"{secs[-1]:7.2f}  < {TARGET_SECONDS:.0f} s  ({rows[0][1]:,} letters, {rows[0][2]:,} pages)")
    def spread(values: list[float], fmt: str = "7.1f") -> str:
        ordered = sorted(values)
        return (f"{ordered[0]:{fmt}} {statistics.median(ordered):{fmt}} {ordered[-1]:{fmt}}")

    print(f"{'from the Brev window (s)':34} {spread([r.seconds for r in stalls], '7.2f')}")
    for label, values in (("UI longest stall: opening (ms)", [r.open_ms for r in stalls]),
                          ("UI longest stall: preview (ms)", [r.preview_ms for r in stalls]),
                          ("UI longest stall: making (ms)", [r.produce_ms for r in stalls]),
                          ("UI longest stall: worst (ms)", [r.worst for r in stalls])):
        print(f"{label:34} {spread(values)}  < {TARGET_STALL_MS:.0f} ms")
    print(f"{'':34} over {len(stalls)} window runs; p99 gap {max(r.p99_ms for r in stalls):.1f} ms")
    print(f"load average (1/5/15 min): before {'/'.join(f'{x:.2f}' for x in load_before)}, after the "
          f"service runs {'/'.join(f'{x:.2f}' for x in load_after)}, at the end "
          f"{'/'.join(f'{x:.2f}' for x in load_end)}; {os.cpu_count()} CPUs")
    print(f"files in {tmp}")


if __name__ == "__main__":
    main()
