"""Sync benchmarks against a real server on 127.0.0.1 (SQLite server database, uvicorn thread).

    python bench/bench_sync.py [--visits 10000]

Measures: N visits recorded offline pushed in one `sync()`; the other laptop's first sync
(snapshot) of them. Prints a table. (First sync of 200k companies + 1M visits needs a seeded
server database: not done here yet.)
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "sync"))

from live import LiveServer, make_client  # noqa: E402

from lpj_desktop.domain.enums import Channel  # noqa: E402
from lpj_desktop.domain.ids import company_id_for_orgnr  # noqa: E402
from lpj_desktop.domain.ladder import Outcome  # noqa: E402
from lpj_desktop.domain.orgnr import with_check_digit  # noqa: E402
from lpj_desktop.domain.visit_draft import VisitDraft  # noqa: E402
from lpj_desktop.services.visits import record_visit  # noqa: E402
from lpj_desktop.store.models import Company  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=10_000)
    parser.add_argument("--companies", type=int, default=500)
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        server = LiveServer(tmp / "server.sqlite3")
        server.start()
        try:
            server.add_user("kari")
            server.add_user("ola")
            kari = make_client(tmp, server, "kari")
            ola = make_client(tmp, server, "ola")
            orgnrs = [n for n in (with_check_digit(f"9{i:07d}") for i in range(args.companies * 2)) if n]
            ids = []
            with kari.store.session() as s:
                for orgnr in orgnrs[:args.companies]:
                    cid = company_id_for_orgnr(orgnr)
                    s.add(Company(id=cid, orgnr=orgnr, name=f"Bedrift {orgnr}", source="brreg"))
                    ids.append(cid)
            rng = random.Random(1)
            t = time.perf_counter()
            with kari.store.session() as s:
                for _ in range(args.visits):
                    record_visit(s, VisitDraft(company_id=rng.choice(ids), occurred_at=datetime.now(UTC),
                                               channel=Channel.VISIT, outcome=rng.choice(list(Outcome)),
                                               notes="Snakket med daglig leder."), kari.user_id)
            rows.append((f"record {args.visits:,} visits offline (one transaction)",
                         f"{time.perf_counter() - t:.2f} s", ""))
            t = time.perf_counter()
            report = kari.engine.sync()
            push_s = time.perf_counter() - t
            rows.append((f"sync: push {report.pushed:,} mutations, pull {report.pulled:,}",
                         f"{push_s:.2f} s", "< 3 s" if args.visits == 10_000 else ""))
            t = time.perf_counter()
            report = ola.engine.sync()
            rows.append((f"other laptop's first sync (snapshot {report.pulled:,} records)",
                         f"{time.perf_counter() - t:.2f} s", ""))
        finally:
            server.stop()
    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'time':>9}  target")
    print(f"{'-' * width}  {'-' * 9}  ------")
    for what, took, target in rows:
        print(f"{what:<{width}}  {took:>9}  {target}")


if __name__ == "__main__":
    main()
