"""The staff dashboard ("Tall og diagrammer") for the busiest campaign and for all visits.

Target (issue 22): under 1 s from choosing what to show to the figures on screen.

Store: a staff copy of the GUI bench store (200,000 companies, 1,000,000 visits, three summer
campaigns whose visits are a share of their summer's; bench/gui_store.py), with the local profile
made staff so the window has its staff pages. The campaign is the busiest one by SQL (most campaign
visits to its targets, then most targets), not the first or an ordinary one.

The app's own window is started as `lpj-desktop` starts it; Ctrl+Shift+D opens the dashboard page.
Each sample chooses the scope in the page's own "Vis" box (or sets the period and presses
"Oppdater"), and the clock runs until the page's `computed` signal (figures, funnel and charts
drawn) and a repaint: the page's own background work (`figures.load_dashboard`), not a copy of it.

Cases: the busiest campaign (its whole period); all visits of the store's whole history
(first visit to today: "Alle besøk i perioden" with the widest period); all visits of the busiest
calendar year; all visits of the page's default period (the last three months: the generated
visits end in October 2025, so this period holds only what the save-visit bench added).

    python -m bench.bench_staff_dashboard [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.gui_run import header, idle, line, start_window, wait_until  # noqa: E402

BUSIEST_CAMPAIGN = """
SELECT c.id, c.name,
       (SELECT count(*) FROM campaign_target t
        WHERE t.campaign_id = c.id AND t.deleted_at IS NULL) AS targets,
       (SELECT count(*) FROM visit v WHERE v.campaign_id = c.id AND v.deleted_at IS NULL) AS visits
FROM campaign c WHERE c.deleted_at IS NULL ORDER BY visits DESC, targets DESC LIMIT 1
"""


def staff_copy():  # type: ignore[no-untyped-def]
    """A copy of the GUI bench store whose local user is staff (made once per built store)."""
    from bench.gui_store import DEFAULT_DIR, ensure_store
    from lpj_desktop.paths import app_paths

    source = ensure_store()
    folder = Path(str(DEFAULT_DIR) + "-staff")
    stamp = folder / f".copied-{int(source.database.stat().st_mtime)}"
    if not stamp.exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        con = sqlite3.connect(source.database)
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.close()
        shutil.copy2(source.database, app_paths(folder).database)
        con = sqlite3.connect(app_paths(folder).database)
        con.execute("UPDATE local_profile SET role = 'staff'")
        con.commit()
        con.close()
        stamp.touch()
    return app_paths(folder)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    from PySide6.QtCore import QDate, Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import text

    paths = staff_copy()
    app, session, w = start_window(paths)
    with w.store.reader() as s:
        campaign_id, campaign_name, targets, campaign_visits = s.execute(text(BUSIEST_CAMPAIGN)).one()
        first_visit = s.execute(text("SELECT min(occurred_at) FROM visit")).scalar()
        all_visits = s.execute(text("SELECT count(*) FROM visit WHERE deleted_at IS NULL")).scalar()
        busiest_year, year_visits = s.execute(text(
            "SELECT substr(occurred_at, 1, 4) AS y, count(*) FROM visit WHERE deleted_at IS NULL "
            "GROUP BY y ORDER BY count(*) DESC LIMIT 1")).one()
    QTest.keyClick(w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = w.staff_pages["staff.dashboard"]
    wait_until(app, lambda: w.stack.currentWidget() is page, what="the dashboard page")
    done: list[float] = []
    page.computed.connect(lambda: done.append(time.perf_counter()))
    wait_until(app, lambda: bool(done), timeout=120, what="the first figures")  # its first choice
    all_index = page.scope_box.findData(None)
    campaign_index = page.scope_box.findData(campaign_id)

    def timed(trigger) -> float:  # type: ignore[no-untyped-def]
        idle(app, 0.3)
        done.clear()
        started = time.perf_counter()
        trigger()
        wait_until(app, lambda: bool(done), timeout=120, what="the figures")
        page.repaint()
        return (time.perf_counter() - started) * 1000

    def to_all_visits(start: date, end: date) -> None:
        """Untimed: "all visits" chosen in the box and the period set (the figures come on "Oppdater")."""
        if page.scope_box.currentIndex() != all_index:
            done.clear()
            page.scope_box.setCurrentIndex(all_index)
            wait_until(app, lambda: bool(done), timeout=120, what="the figures")
        page.date_from.setDate(QDate(start.year, start.month, start.day))
        page.date_to.setDate(QDate(end.year, end.month, end.day))

    cases: dict[str, list[float]] = {"campaign": [], "all": [], "year": [], "all91": []}
    today = date.today()
    first_day = date.fromisoformat(str(first_visit)[:10])
    for _ in range(args.runs):
        to_all_visits(today - timedelta(days=91), today)
        cases["campaign"].append(timed(lambda: page.scope_box.setCurrentIndex(campaign_index)))
        to_all_visits(first_day, today)
        cases["all"].append(timed(page.update_button.click))
        year = int(busiest_year)
        to_all_visits(date(year, 1, 1), date(year, 12, 31))
        cases["year"].append(timed(page.update_button.click))
        to_all_visits(today - timedelta(days=91), today)
        cases["all91"].append(timed(page.update_button.click))
    session.close()
    print(f"\nstore {paths.database}: {all_visits:,} visits since {first_day}; busiest campaign "
          f"«{campaign_name}»: {targets:,} targets, {campaign_visits:,} campaign visits; "
          f"load {os.getloadavg()[0]:.2f}\n")
    print(header())
    print(line("busiest campaign: choose → figures shown (ms)", cases["campaign"], "< 1000"))
    print(line(f"all visits {first_day}–{today}: Oppdater → shown (ms)", cases["all"], "< 1000"))
    print(line(f"all visits {busiest_year} ({year_visits:,}): Oppdater → shown", cases["year"], "< 1000"))
    print(line("all visits, last 91 days (page default; few visits)", cases["all91"], "< 1000"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
