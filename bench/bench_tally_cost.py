"""What the visit tallies cost (issue 22; store/tallies.py): counting them afresh as a first sync
does at its end, building ix_visit_agreements, and the triggers' share of a pull writing visits.

Store: a copy of the GUI bench store (200,000 companies, 1,000,000 visits; bench/gui_store.py)
opened with this branch's schema. Every measured step runs in a transaction that is rolled back,
so each sample starts from the same store:

- the tallies counted from the visits (`rebuild_tallies`: what a first sync pays once at its end,
  and migration 0014 once per store);
- `CREATE INDEX ix_visit_agreements` (dropped and built again);
- a pull writing 10,000 new visits (the pull's own writer, `records.upsert_rows`: one executemany
  upsert) with the triggers and ix_visit_agreements, and without them (the store as before
  migration 0014); the same for 10,000 visits changed (outcome, time, hunter, places), as a sync
  after many corrections would.

    python -m bench.bench_tally_cost [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.gui_run import header, line  # noqa: E402

PULLED = 10_000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from bench.gui_store import DEFAULT_DIR, ensure_store
    from lpj_desktop.paths import app_paths
    from lpj_desktop.store import tallies
    from lpj_desktop.store.database import open_store
    from lpj_desktop.sync_client.records import ApplyStats, upsert_rows
    from sync.kernel.ids import uuid7

    source = ensure_store()
    folder = Path(str(DEFAULT_DIR) + "-tally-cost")
    if not (folder / ".copied").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        shutil.copy2(source.database, app_paths(folder).database)
        (folder / ".copied").touch()
    started = time.perf_counter()
    store = open_store(app_paths(folder))  # migrated to this branch's schema on the first run
    print(f"store opened (and migrated if it had to be) in {time.perf_counter() - started:.1f} s")

    with store.engine.connect() as conn:
        companies = [c for (c,) in conn.exec_driver_sql("SELECT id FROM company LIMIT 20000")]
        hunters = [h for (h,) in conn.exec_driver_sql("SELECT DISTINCT hunter_id FROM tally_hunter_day")]
        existing = [v for (v,) in conn.exec_driver_sql(
            f"SELECT id FROM visit WHERE deleted_at IS NULL ORDER BY random() LIMIT {PULLED}")]
        agreements_sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'ix_visit_agreements'").scalar_one()
    rng = random.Random(1)
    outcomes = ["wants_information", "follow_up_agreed", "place_offered", "not_reached", "approved"]
    t0 = datetime(2025, 3, 1, tzinfo=UTC)

    def fields(company: str) -> dict[str, object]:
        outcome = rng.choice(outcomes)
        when = t0 + timedelta(minutes=rng.randrange(300_000))
        return {"company_id": company, "hunter_id": rng.choice(hunters),
                "occurred_at": when.isoformat().replace("+00:00", "Z"),
                "channel": "phone", "outcome": outcome, "trades": ["Tømrerfaget"],
                "places": [{"trade": "Tømrerfaget", "count": 2}] if outcome == "place_offered" else []}

    new_rows = [(str(uuid7()), 1, "2025-12-01T10:00:00Z", fields(rng.choice(companies)))
                for _ in range(PULLED)]
    changed_rows = [(v, 9, "2025-12-01T10:00:00Z", fields(rng.choice(companies))) for v in existing]

    def timed(step: Callable[[Connection], None], *, without_triggers: bool = False) -> float:
        with store.engine.connect() as conn:
            conn.exec_driver_sql("BEGIN")
            if without_triggers:  # the store as it was before migration 0014
                tallies.suspend_tallies(conn)
                conn.exec_driver_sql("DROP INDEX ix_visit_agreements")
            started = time.perf_counter()
            step(conn)
            elapsed = (time.perf_counter() - started) * 1000
            conn.rollback()
        return elapsed

    def pull(rows: list[tuple[str, int, str, dict[str, object]]]) -> Callable[[Connection], None]:
        # In the measured transaction, not in a savepoint of it: with the store's in-memory temp
        # files, a savepoint's journal made 3,000 upserts take 2.6 s instead of 0.07 s.
        def write(conn: Connection) -> None:
            with Session(bind=conn) as s:
                upsert_rows(s, "visit", rows, ApplyStats())
                s.flush()
        return write

    def build_agreements(conn: Connection) -> None:
        conn.exec_driver_sql("DROP INDEX ix_visit_agreements")
        conn.exec_driver_sql(agreements_sql)

    cases: dict[str, list[float]] = {k: [] for k in (
        "rebuild", "agreements", "new", "new_bare", "changed", "changed_bare")}
    for _ in range(args.runs):
        cases["new"].append(timed(pull(new_rows)))
        cases["new_bare"].append(timed(pull(new_rows), without_triggers=True))
        cases["changed"].append(timed(pull(changed_rows)))
        cases["changed_bare"].append(timed(pull(changed_rows), without_triggers=True))
        cases["rebuild"].append(timed(tallies.rebuild_tallies))
        cases["agreements"].append(timed(build_agreements))
    store.close()
    print(f"\nstore {app_paths(folder).database}: 1,000,000 visits; load {os.getloadavg()[0]:.2f}\n")
    print(header())
    print(line("tallies counted afresh (first sync's end) (ms)", cases["rebuild"], ""))
    print(line("ix_visit_agreements built (ms)", cases["agreements"], ""))
    print(line(f"pull: {PULLED:,} new visits, with triggers (ms)", cases["new"], ""))
    print(line(f"pull: {PULLED:,} new visits, as before 0014 (ms)", cases["new_bare"], ""))
    print(line(f"pull: {PULLED:,} visits changed, with triggers (ms)", cases["changed"], ""))
    print(line(f"pull: {PULLED:,} visits changed, as before 0014 (ms)", cases["changed_bare"], ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
