"""Staff view benchmarks on a 1,000,000-visit store. Prints a table.

    python bench/bench_staff.py /tmp/lpj-bench            # builds the store first if the folder is new

Targets: any filter change < 200 ms to an updated table (first page), dashboard figures < 1 s,
campaign PDF (10,000 targets) < 5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlalchemy import func, select  # noqa: E402

from lpj_desktop.paths import app_paths  # noqa: E402
from lpj_desktop.services.figures import FigureScope, dashboard, load_dashboard  # noqa: E402
from lpj_desktop.services.history import VisitHistoryQuery, history_page  # noqa: E402
from lpj_desktop.store.database import open_store  # noqa: E402
from lpj_desktop.store.models import CampaignTarget, User, Visit  # noqa: E402


def timed(fn: Callable[[], object], repeat: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--ui", action="store_true", help="also time the Qt history model (offscreen)")
    args = parser.parse_args()
    from staff_store import CAMPAIGN_ID, PLAIN_CAMPAIGN_ID, add_plain_campaign, build
    if not (args.data_dir / "lpj.sqlite3").exists():
        build(args.data_dir)
    add_plain_campaign(args.data_dir / "lpj.sqlite3")
    store = open_store(app_paths(args.data_dir))
    rows: list[tuple[str, str, float, float, str]] = []
    with store.reader() as s:
        n_visits = s.scalar(select(func.count()).select_from(Visit))
        campaign_id = CAMPAIGN_ID
        hunter, team = s.execute(select(User.id, User.team).limit(1)).one()
        filters = {
            "no filter": VisitHistoryQuery(),
            "one hunter": VisitHistoryQuery(hunter_ids={hunter}),
            "team": VisitHistoryQuery(team=team),
            "county 56 (incl. 54xx)": VisitHistoryQuery(counties={"56"}),
            "municipality Vardø 5634": VisitHistoryQuery(municipalities={"5634"}),
            "channel video": VisitHistoryQuery(channels={"video"}),
            "outcome contract signed": VisitHistoryQuery(outcomes={"contract_signed"}),
            "trade Elektrikerfaget": VisitHistoryQuery(trade="Elektrikerfaget"),
            "campaign": VisitHistoryQuery(campaign_id=campaign_id),
            "stage approved": VisitHistoryQuery(stages={"approved"}),
            "period Mar 2022": VisitHistoryQuery(date_from=date(2022, 3, 1), date_to=date(2022, 3, 31)),
            "text 'Bedrift 4711'": VisitHistoryQuery(text="Bedrift 4711"),
            "rare: Vardø+video+contract": VisitHistoryQuery(municipalities={"5634"}, channels={"video"},
                                                            outcomes={"contract_signed"}),
            "hunter+outcome+2023": VisitHistoryQuery(hunter_ids={hunter}, outcomes={"approved"},
                                                     date_from=date(2023, 1, 1), date_to=date(2023, 12, 31)),
        }
        for name, query in filters.items():
            ms, page = timed(lambda q=query: history_page(s, q))
            rows.append(("history first page", name, ms, 200, f"{len(page)} rows"))  # type: ignore[arg-type]
        first = history_page(s, VisitHistoryQuery())
        ms, _ = timed(lambda: history_page(s, VisitHistoryQuery(), first[-1].cursor))
        rows.append(("history next page", "no filter", ms, 200, "fetchMore"))
        from lpj_desktop.reports.campaign_pdf import write_campaign_report
        from lpj_desktop.store.models import Campaign
        for cid, label in ((PLAIN_CAMPAIGN_ID, "plain"), (CAMPAIGN_ID, "busy")):
            campaign = s.get(Campaign, cid)
            targets = s.scalar(select(func.count()).select_from(CampaignTarget).where(
                CampaignTarget.campaign_id == cid))
            scope = FigureScope.for_campaign(campaign)
            ms, dash = timed(lambda sc=scope: load_dashboard(store, sc))
            rows.append(("dashboard figures", f"{label} campaign, {targets:,} targets", ms, 1000,
                         f"{dash.figures.contacts:,} campaign visits, {len(dash.goals)} goals"))  # type: ignore[attr-defined]
            ms, _ = timed(lambda sc=scope: dashboard(s, sc))
            rows.append(("dashboard figures", f"{label}, one thread", ms, 1000, "sequential reads"))
            out = Path(tempfile.mkdtemp()) / "rapport.pdf"
            ms, _ = timed(lambda c=cid, o=out: write_campaign_report(store, c, o), repeat=2)
            rows.append(("campaign PDF", f"{label}, {targets:,} targets (figures+render)", ms, 5000,
                         f"{out.stat().st_size // 1024} KB"))
        ms, dash2 = timed(lambda: load_dashboard(store, FigureScope(date(2025, 1, 1), date(2025, 11, 30))),
                          repeat=1)
        rows.append(("dashboard figures", "no campaign: all of Jan–Nov 2025", ms, 1000,
                     f"{dash2.figures.contacts:,} visits (not a target; for scale)"))  # type: ignore[attr-defined]
    if args.ui:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from lpj_desktop.ui.staff.history_model import HistoryModel
        app = QApplication.instance() or QApplication([])
        model = HistoryModel(store)
        for name in ("no filter", "county 56 (incl. 54xx)", "rare: Vardø+video+contract", "campaign"):
            ms, _ = timed(lambda n=name: (model.set_query(filters[n]), app.processEvents()))
            rows.append(("Qt model set_query", name, ms, 200, f"{model.rowCount()} rows shown"))
    store.close()
    print(f"\nstore: {args.data_dir}  visits: {n_visits:,}  (median of runs, ms)\n")
    print(f"{'what':<22} {'case':<34} {'ms':>9} {'target':>7}  ok   note")
    print("-" * 100)
    for what, case, ms, target, note in rows:
        print(f"{what:<22} {case:<34} {ms:>9.1f} {target:>7.0f}  {'yes' if ms < target else 'NO ':<4} {note}")


if __name__ == "__main__":
    main()
