"""Saving a visit on a company with ~800 visits: from Ctrl+Enter to the timeline showing it on top.

Target (issue 22): under 50 ms. Store: 200,000 companies, 1,000,000 visits (bench/gui_store.py).

The company is the one whose visit count is nearest 800, chosen by SQL (not the first by id). The
app's own window is started as `lpj-desktop` starts it (AppSession), the company is opened, and for
each sample the form is opened with Ctrl+N and filled with key events (outcome by arrow keys, notes,
next step and its date typed). The clock starts when Ctrl+Enter is sent and stops when the
timeline's first visit line is the new visit and the timeline has been painted. Between samples the
app idles a second, as a person would. Each run adds its visits to that company (the store grows
by `--visits` visits per run; the company nearest 800 is chosen again each time).

    python -m bench.bench_save_visit [--visits 20]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.gui_run import header, idle, line, start_window, wait_until  # noqa: E402

NEAREST_800 = """
SELECT company_id, count(*) AS n FROM visit WHERE deleted_at IS NULL
GROUP BY company_id ORDER BY abs(count(*) - 800), company_id LIMIT 1
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--visits", type=int, default=20, help="visits to save (samples)")
    args = parser.parse_args(argv)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import text

    from bench.gui_store import ensure_store
    from lpj_desktop.domain.when import today
    from lpj_desktop.ui.roles import ROLE_KIND

    paths = ensure_store()
    app, session, w = start_window(paths)
    with w.store.reader() as s:
        company_id, n_visits = s.execute(text(NEAREST_800)).one()
    w.open_company(company_id)
    idle(app, 0.5)
    timeline = w.company_page.timeline
    model = timeline.model()

    def top_visit_text() -> str:
        for r in range(min(model.rowCount(), 50)):
            index = model.index(r)
            if index.data(ROLE_KIND) == "visit":
                return str(index.data())
        return ""

    ctrl = Qt.KeyboardModifier.ControlModifier
    times: list[float] = []
    for i in range(args.visits):
        QTest.keyClick(w, Qt.Key.Key_N, ctrl)  # Ctrl+N: a new visit for the company in view
        wait_until(app, lambda: w.visit_dialog is not None and w.visit_dialog.isVisible(), what="the form")
        d = w.visit_dialog
        d.outcome.setFocus()
        while d.outcome.currentData() != "follow_up_agreed":
            QTest.keyClick(d.outcome, Qt.Key.Key_Down)
        marker = f"Bench-besøk {i} {time.time_ns()}"
        QTest.keyClicks(d.notes, f"{marker}: daglig leder vil ha mer informasjon.")
        QTest.keyClicks(d.next_step, "Ring tilbake")
        d.next_step_on.line.clear()
        QTest.keyClicks(d.next_step_on.line, (today() + timedelta(days=3)).strftime("%d.%m.%Y"))
        app.processEvents()
        started = time.perf_counter()
        QTest.keyClick(d.notes, Qt.Key.Key_Return, ctrl)
        wait_until(app, lambda m=marker: top_visit_text().startswith(m) or m in top_visit_text(),
                   timeout=10, what="the new visit on top of the timeline")
        timeline.viewport().repaint()
        times.append((time.perf_counter() - started) * 1000)
        assert not d.isVisible(), "the form should close on a good save"
        idle(app, 1.0)
    session.close()
    print(f"\ncompany {company_id} with {n_visits} visits (nearest 800); store {paths.database}; "
          f"load {os.getloadavg()[0]:.2f}\n")
    print(header())
    print(line("Ctrl+Enter → new visit on top of timeline (ms)", times, "< 50"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
