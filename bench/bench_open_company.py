"""Opening the busiest company (~25,000 visits) from the company list, as a person does.

Target (issue 22): under 150 ms, no crash. Store: 200,000 companies, 1,000,000 visits with one
company of ~25,000 (bench/gui_store.py), chosen here by SQL: the most visits.

The app's own window is started as `lpj-desktop` starts it (AppSession). The company's org.nr. is
typed into the search field and the list's first page awaited (not timed); Down moves into the list.
The clock starts when Enter is sent to the list row and stops when the company page is in view with
the company's name and the first page of its timeline, painted. Between samples another company is
opened (untimed) and Ctrl+1 goes back to the list, so each timed open is a change of company.

    python -m bench.bench_open_company [--runs 20]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.gui_run import header, idle, line, start_window, wait_until  # noqa: E402

BUSIEST = """
SELECT c.id, c.orgnr, c.name, v.n FROM company c
JOIN (SELECT company_id, count(*) AS n FROM visit WHERE deleted_at IS NULL
      GROUP BY company_id ORDER BY n DESC LIMIT 2) v ON v.company_id = c.id
ORDER BY v.n DESC
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from sqlalchemy import text

    from bench.gui_store import ensure_store
    from lpj_desktop.ui.timeline_model import PAGE

    paths = ensure_store()
    app, session, w = start_window(paths)
    with w.store.reader() as s:
        (company_id, orgnr, name, n_visits), (other_id, *_rest) = s.execute(text(BUSIEST)).all()
    page = w.company_page
    lst = w.company_list
    QTest.keyClicks(lst.search, orgnr)
    wait_until(app, lambda: lst.model.rowCount() == 1 and lst.current_company_id() == company_id,
               what="the search to show the busiest company")
    times: list[float] = []
    shown_rows = 0
    for _ in range(args.runs):
        w.open_company(other_id)  # untimed: the page shows another company before each open
        QTest.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # back to the list
        wait_until(app, lambda: w.stack.currentWidget() is lst, what="the list")
        lst.table.setFocus()
        idle(app, 0.3)
        started = time.perf_counter()
        QTest.keyClick(lst.table, Qt.Key.Key_Return)
        wait_until(app, lambda: w.stack.currentWidget() is page and page.company_id == company_id
                   and page.timeline_model.rowCount() >= PAGE, what="the company page and its timeline")
        w.repaint()
        times.append((time.perf_counter() - started) * 1000)
        shown_rows = page.timeline_model.rowCount()
        assert page.title.text() == name
    session.close()
    print(f"\n{name} ({orgnr}): {n_visits:,} visits, the most in the store; {shown_rows} timeline rows "
          f"read on open; load {os.getloadavg()[0]:.2f}\n")
    print(header())
    print(line("Enter on the list row → company page shown (ms)", times, "< 150"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
