"""Handing over 5,000 companies and 2,000 follow-ups (issue 24, part 3): the service on a realistic
staff store, then the push through the app's own sync engine to lpj-server as deployed (its own
processes, 2 uvicorn workers, on a throwaway PostgreSQL cluster with fsync on), then the one
ordinary sync that brings it to a receiving hunter's laptop.

    python -m bench.bench_handover [--runs 3] [--companies 30000] [--visits 150000]

Set-up (not timed): the staff laptop's store is built by bench/make_store.py (register companies
all over Norway weighted towards Troms and Finnmark, visits, contacts, notes, follow-ups, campaigns
with target lists). 5,000 of its companies in Troms and Finnmark are given to the hunter Kari and
2,000 open follow-ups on them are made for her; those are sent to the server through the outbox,
so it holds them as it would in use. Two receiving hunters (Siri and Per) each have a laptop that
has made its first sync.

Each run (timed): `hand_over(Kari → Siri, Per)` through services.use.write (the real service,
committed), the staff laptop's `sync()` (push and the pull after it), and Siri's next `sync()`.
Then the batch is undone (`undo_handover`, also timed) and synced everywhere, so every run starts
from the same state. Prints min–median–max over the runs and the machine's load.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.bench_server import cpu_seconds  # noqa: E402
from bench.bench_sync import engine_for, load, mmm, open_laptop, rig  # noqa: E402
from bench.make_store import build_store  # noqa: E402

COMPANIES = 5_000
FOLLOWUPS = 2_000


def _say(msg: str) -> None:
    print(f"  {msg}; {load()}", file=sys.stderr, flush=True)


def prepare_staff_store(store: Any, kari: str) -> tuple[int, int]:
    """Give Kari 5,000 of the built store's companies (Troms and Finnmark first) and 2,000 open
    follow-ups on them, and queue them for the server (as if they had been made in the app)."""
    from sqlalchemy import select, update

    from lpj_desktop.services import changes
    from lpj_desktop.store.models import Company, FollowUp

    with store.session() as s:
        ids = list(s.scalars(select(Company.id).where(Company.county_number.in_(("55", "56")))
                             .order_by(Company.id).limit(COMPANIES)))
        if len(ids) < COMPANIES:
            ids += list(s.scalars(select(Company.id).where(Company.id.not_in(ids))
                                  .order_by(Company.id).limit(COMPANIES - len(ids))))
        for start in range(0, len(ids), 900):
            s.execute(update(Company).where(Company.id.in_(ids[start:start + 900])).values(owner_id=kari))
        companies = list(s.scalars(select(Company).where(Company.owner_id == kari)))
        for company in companies:
            changes.requeue(s, company, "create")
        followups = [FollowUp(company_id=ids[i * 5 % len(ids)], assignee_id=kari,
                              title="Ring tilbake om læreplass", due_on=date(2026, 12, 1 + i % 28))
                     for i in range(FOLLOWUPS)]
        changes.create_all(s, followups)
        return len(companies), len(followups)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--runs", type=int, default=3)
    p.add_argument("--companies", type=int, default=30_000, help="companies in the staff store")
    p.add_argument("--visits", type=int, default=150_000, help="visits in the staff store")
    p.add_argument("--workers", type=int, default=2)
    args = p.parse_args(argv)

    from sqlalchemy import func, select

    from lpj_desktop.services.handover import hand_over, undo_handover
    from lpj_desktop.services.use import write
    from lpj_desktop.store.models import Company

    hand, push, pull, undo, undo_push = [], [], [], [], []
    # CPU seconds during the staff push: this process (the laptop's engine), lpj-server's
    # processes, PostgreSQL's: where the push's time goes.
    push_cpu: list[tuple[float, float, float]] = []
    pushed = pulled = 0
    with tempfile.TemporaryDirectory() as tmp_name, rig(args.workers) as r:
        tmp = Path(tmp_name)
        r.user("stab", role="staff")
        for name in ("kari", "siri", "per"):
            r.user(name)
        staff_store, staff_token, _staff_id = open_laptop(tmp / "stab", r.server.url, "stab")
        staff = engine_for(staff_store, r.server.url, staff_token)
        staff.sync()  # users into the store
        t = time.perf_counter()
        summary = build_store(tmp / "stab", companies=args.companies, visits=args.visits)
        _say(f"staff store built in {time.perf_counter() - t:.1f} s: {summary.companies:,} companies, "
             f"{summary.visits:,} visits, {summary.followups:,} follow-ups, "
             f"{summary.campaign_targets:,} campaign targets")
        kari_store, _kari_token, kari = open_laptop(tmp / "kari", r.server.url, "kari")
        kari_store.close()
        n_companies, n_followups = prepare_staff_store(staff_store, kari)
        report = staff.sync()
        assert report.finished and report.rejected == 0, report
        _say(f"server holds Kari's {n_companies:,} companies and {n_followups:,} follow-ups "
             f"({report.pushed:,} pushed)")
        laptops = {}
        for name in ("siri", "per"):
            store, token, user_id = open_laptop(tmp / name, r.server.url, name)
            engine = engine_for(store, r.server.url, token)
            assert engine.sync().finished
            laptops[name] = (store, engine, user_id)
        siri_store, siri, siri_id = laptops["siri"]
        per_id = laptops["per"][2]

        for run in range(args.runs):
            t = time.perf_counter()
            done = write(staff_store, hand_over, kari, [siri_id, per_id])
            hand.append(time.perf_counter() - t)
            assert (done.companies, done.followups) == (COMPANIES, FOLLOWUPS), done
            before = (time.process_time(), cpu_seconds([r.server.proc.pid]),
                      cpu_seconds([r.cluster.postmaster_pid()]))
            t = time.perf_counter()
            report = staff.sync()
            push.append(time.perf_counter() - t)
            push_cpu.append((time.process_time() - before[0], cpu_seconds([r.server.proc.pid]) - before[1],
                             cpu_seconds([r.cluster.postmaster_pid()]) - before[2]))
            assert report.finished and report.rejected == 0, report
            pushed = report.pushed
            t = time.perf_counter()
            report = siri.sync()
            pull.append(time.perf_counter() - t)
            assert report.finished, report
            pulled = report.pulled
            with siri_store.reader() as s:
                got = s.scalar(select(func.count()).select_from(Company).where(Company.owner_id == siri_id))
            assert got == done.shares[0].companies, (got, done.shares)
            _say(f"run {run + 1}: hand over {hand[-1]:.2f} s, push {push[-1]:.2f} s ({pushed:,} mutations; "
                 "CPU s: laptop {:.2f}, lpj-server {:.2f}, PostgreSQL {:.2f}), ".format(*push_cpu[-1])
                 + f"Siri's sync {pull[-1]:.2f} s ({pulled:,} changes)")
            t = time.perf_counter()
            back = write(staff_store, undo_handover, done.batch_id)
            undo.append(time.perf_counter() - t)
            assert back.companies == COMPANIES and not back.not_undone, back
            t = time.perf_counter()
            assert staff.sync().rejected == 0
            undo_push.append(time.perf_counter() - t)
            for _store, engine, _uid in laptops.values():
                engine.sync()
        for store, _engine, _uid in laptops.values():
            store.close()
        staff_store.close()

    total = [h + p for h, p in zip(hand, push, strict=True)]
    rows = [
        ("hand_over(): 5,000 companies + 2,000 follow-ups → 2 hunters (service, committed)", mmm(hand)),
        (f"staff laptop sync(): push {pushed:,} mutations + pull", mmm(push)),
        ("  CPU in it: the laptop's engine", mmm([c[0] for c in push_cpu])),
        ("  CPU in it: lpj-server (2 workers)", mmm([c[1] for c in push_cpu])),
        ("  CPU in it: PostgreSQL", mmm([c[2] for c in push_cpu])),
        ("handover + push together (target < 5 s)", mmm(total)),
        (f"receiving laptop's next sync(): {pulled:,} changes pulled", mmm(pull)),
        ("undo_handover() of the batch (service, committed)", mmm(undo)),
        ("staff laptop sync() after the undo", mmm(undo_push)),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"\nbench_handover: {args.runs} runs, staff store {args.companies:,} companies / "
          f"{args.visits:,} visits, server: lpj-server ×{args.workers} workers on PostgreSQL (fsync on)")
    print(f"{'what'.ljust(width)}  min–median–max")
    for what, figure in rows:
        print(f"{what.ljust(width)}  {figure}")
    print(load())
    return 0


if __name__ == "__main__":
    sys.exit(main())
