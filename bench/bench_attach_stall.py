"""Fifty 3 MB photos attached in one go to a visit on the busiest company (issue 23).

Targets: the visit is saved at once; while the photos are attached the window never stalls more
than 50 ms. Store: the GUI bench store (200,000 companies, 1,000,000 visits; bench/gui_store.py),
its busiest company (~25,000 visits) open, as a hunter has it after a meeting there.

What a person does, through the app's own window (started as `lpj-desktop` starts it): Ctrl+N on
the company, a visit typed and saved with Ctrl+Enter (timed: Ctrl+Enter → the visit on top of the
timeline); then, with that visit chosen in the timeline, fifty photos given to the attach form (as
when they are dropped on the page or chosen in the file picker, which is the system's) and
Ctrl+Enter in the form. From that key until the fiftieth file is in the company's strip, a 2 ms
heartbeat on the UI thread records the longest gap between its ticks: the stall. The photos are
generated once (noise-textured JPEGs of about 3 MB, 4000 × 3000, so every one is scaled and its
metadata stripped as a real one is) in /tmp/lpj-bench-photos.

What the bench adds to the store (the visit, its attachments, their outbox rows) is removed after
each run, so the other benches see the store as before.

    python -m bench.bench_attach_stall [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.gui_run import heartbeat, idle, start_window, wait_until  # noqa: E402

PHOTOS = Path("/tmp/lpj-bench-photos")
COUNT = 50
BUSIEST = """
SELECT c.id, c.orgnr, c.name FROM company c
JOIN (SELECT company_id, count(*) AS n FROM visit WHERE deleted_at IS NULL
      GROUP BY company_id ORDER BY n DESC LIMIT 1) v ON v.company_id = c.id
"""


def photos() -> list[Path]:
    """Fifty distinct JPEGs of about 3 MB (made once)."""
    import random

    from PIL import Image, ImageFilter

    PHOTOS.mkdir(exist_ok=True)
    out = []
    for i in range(COUNT):
        path = PHOTOS / f"IMG_{4000 + i}.jpg"
        if not path.exists():
            rng = random.Random(i)
            small = Image.effect_noise((1000, 750), 60 + rng.random() * 20).convert("RGB")
            tint = Image.new("RGB", small.size, (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
            image = Image.blend(small, tint, 0.4).resize((4000, 3000)).filter(ImageFilter.DETAIL)
            image.save(path, "JPEG", quality=92)
        out.append(path)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import text

    from bench.gui_store import ensure_store
    from lpj_desktop.ui.attachments.attach_queue import Source

    files = photos()
    sizes = [p.stat().st_size for p in files]
    paths = ensure_store()
    app, session, w = start_window(paths)
    with w.store.reader() as s:
        company_id, _orgnr, name = s.execute(text(BUSIEST)).one()
    page = w.company_page
    rows: list[tuple[float, float, float, int]] = []
    try:
        for run in range(args.runs):
            w.open_company(company_id)
            wait_until(app, lambda: page.company_id == company_id and page.timeline_model.rowCount() > 0)
            idle(app, 0.5)
            # The visit: typed and saved as a person does (the window given the keyboard back, as a
            # window manager does once the previous run's form has closed).
            w.activateWindow()
            idle(app, 0.2)
            QTest.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
            wait_until(app, lambda: w.visit_dialog is not None and w.visit_dialog.isVisible(),
                       what="the form")
            dialog = w.visit_dialog
            assert dialog is not None
            dialog.outcome.setFocus()
            while dialog.outcome.currentData() != "wants_information":
                QTest.keyClick(dialog.outcome, Qt.Key.Key_Down)
            QTest.keyClicks(dialog.notes, f"Møte om lærlinger, bilder fra verkstedet ({run + 1})")
            before = page.timeline_model.rowCount()
            started = time.perf_counter()
            QTest.keyClick(dialog.notes, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            wait_until(app, lambda before=before: page.timeline_model.rowCount() > before
                       and page.timeline_model.entries[0].kind == "visit", what="the saved visit")
            saved_ms = (time.perf_counter() - started) * 1000
            visit_id = page.timeline_model.entries[0].record_id
            page.timeline.setCurrentIndex(page.timeline_model.index(0))
            page.timeline.setFocus()
            idle(app, 0.3)
            # The photos, into the attach form, attached with Ctrl+Enter.
            form = page.files.attach([Source(p.name, path=p) for p in files])
            assert form is not None and form.request().parent_id == visit_id
            strip_before = page.files.model.rowCount()
            # A control first: the same heartbeat with the window idle for 10 s. On a shared machine
            # the operating system itself leaves the UI thread waiting now and then; this says how
            # long, so the stall below can be read against it.
            beat, gaps = heartbeat()
            idle(app, 10.0)
            beat.stop()
            idle_stall = max(gaps)
            beat, gaps = heartbeat()
            profile = None
            if os.environ.get("LPJ_BENCH_PROFILE"):
                import cProfile

                profile = cProfile.Profile()
                profile.enable()
            started = time.perf_counter()
            QTest.keyClick(form.caption, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            wait_until(app, lambda n=strip_before: page.files.model.rowCount() >= n + COUNT, timeout=600,
                       what="fifty files in the strip")
            total_s = time.perf_counter() - started
            beat.stop()
            if profile is not None:
                import pstats

                profile.disable()
                pstats.Stats(profile).sort_stats("cumulative").print_stats(25)
            rows.append((saved_ms, max(gaps), total_s, idle_stall))
            _clean(w.store, visit_id)
            idle(app, 0.5)
    finally:
        session.close()
    kept = sum((PHOTOS / p.name).stat().st_size for p in files)
    print(f"\n{name}: the busiest company; {COUNT} photos of {min(sizes) / 1e6:.1f}–"
          f"{max(sizes) / 1e6:.1f} MB ({kept / 1e6:.0f} MB); load {os.getloadavg()[0]:.2f}\n")
    print(f"{'run':>4}{'visit saved ms':>16}{'longest stall ms':>18}{'idle control ms':>17}"
          f"{'50 attached s':>15}{'s/photo':>9}")
    for i, (saved, stall, total, idle_stall) in enumerate(rows, 1):
        print(f"{i:>4}{saved:>16.1f}{stall:>18.1f}{idle_stall:>17.1f}{total:>15.1f}{total / COUNT:>9.3f}")
    stalls = sorted(r[1] for r in rows)
    print(f"\nlongest stall min–median–max: {stalls[0]:.1f} / {stalls[len(stalls) // 2]:.1f} / "
          f"{stalls[-1]:.1f} ms  (target < 50)")
    return 0


def _clean(store, visit_id: str) -> None:  # type: ignore[no-untyped-def]
    """Take out what the run added: the visit, its follow-up, its files and their outbox rows."""
    from sqlalchemy import text

    from lpj_desktop.store.blobs import LocalBlobs

    with store.session() as s:
        hashes = [r[0] for r in s.execute(text(
            "SELECT sha256 FROM attachment WHERE parent_id = :v UNION "
            "SELECT thumbnail_sha256 FROM attachment WHERE parent_id = :v"), {"v": visit_id})]
        ids = [r[0] for r in s.execute(text("SELECT id FROM attachment WHERE parent_id = :v"),
                                       {"v": visit_id})]
        for aid in ids:
            s.execute(text("DELETE FROM outbox WHERE record_id = :a"), {"a": aid})
            s.execute(text("DELETE FROM attachment_upload WHERE attachment_id = :a"), {"a": aid})
        s.execute(text("DELETE FROM attachment WHERE parent_id = :v"), {"v": visit_id})
        s.execute(text("DELETE FROM outbox WHERE record_id = :v"), {"v": visit_id})
        s.execute(text("DELETE FROM followup WHERE visit_id = :v"), {"v": visit_id})
        s.execute(text("DELETE FROM visit WHERE id = :v"), {"v": visit_id})
    blobs = LocalBlobs.beside(store.path)
    for digest in hashes:
        if digest:
            blobs.path(digest).unlink(missing_ok=True)
    shutil.rmtree(blobs.root / "tmp", ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
