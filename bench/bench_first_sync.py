"""First sync of a new laptop, end to end: PostgreSQL server (uvicorn workers) → the app's sync
engine → a fresh local SQLite store.

    pip install -e '.[bench]'
    python -m bench.bench_first_sync [--companies 200000 --visits 1000000] [--workers 2] [--runs 2]

Target (issue 22): 200,000 companies + 1,000,000 visits in under 30 s, end to end: a new laptop
(a fresh store, logged in as staff, who sees everything) calls `SyncEngine.sync()` with the app's
own transport, through a counting proxy (bench/counting_proxy.py) that counts the requests and
bytes. Each run is a new laptop against the same server. What the user waits for is `sync()`, from
the call to its return: the app is usable then, with every figure right (until the visit tallies
are counted, the staff figures count the visits). The visit indexes no first screen reads are
built and the tallies counted after it, in the background (store/indexes.py LATER,
store/tallies.py); that work is timed apart, on its own line, from the sync's return
to its end (the bench waits for it before the next run). Prints a table: the whole sync
(min–median–max over the runs), the background count (min–median–max), requests and bytes, how
often progress was reported and the longest gap between reports, the store's size afterwards,
and the client's peak memory; the snapshot logs its phases above it.
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import tempfile
import threading
import time
from pathlib import Path

import psutil

from bench.bench_server import ORG, PASSWORD, REPO, Server, cli, load_bulk
from bench.counting_proxy import CountingProxy
from bench.pg_cluster import PgCluster
from lpj_desktop.paths import app_paths
from lpj_desktop.store.database import open_store
from lpj_desktop.sync_client.api import SyncProgress
from lpj_desktop.sync_client.engine import SyncEngine


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--companies", type=int, default=200_000)
    p.add_argument("--visits", type=int, default=1_000_000)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--runs", type=int, default=2, help="new laptops synced one after the other")
    p.add_argument("--profile", metavar="FILE", help="write a cProfile of the client's sync to FILE")
    args = p.parse_args()
    # The snapshot logs its phases (records written, indexes built, stages).
    logging.basicConfig(format="  %(name)s: %(message)s")
    logging.getLogger("lpj_desktop.sync_client.snapshot").setLevel(logging.INFO)

    cluster = PgCluster(durable=True).start()
    server: Server | None = None
    rows: list[tuple[str, str, str]] = []
    try:
        url = cluster.create_database("lpj")
        env = {**os.environ, "LPJ_DATABASE_URL": url, "PYTHONPATH": str(REPO),
               "LPJ_ARGON2_TIME_COST": "1", "LPJ_ARGON2_MEMORY_KIB": "8192"}
        cli(env, "migrate")
        for name, role in (("staff", "staff"), ("hunter0", "hunter"), ("hunter1", "hunter")):
            cli(env, "create-user", name, "--role", role, "--org", ORG, stdin=PASSWORD + "\n")
        import psycopg

        with psycopg.connect(host="127.0.0.1", port=cluster.port, user="postgres", dbname="lpj") as conn:
            org_id, = conn.execute("SELECT id FROM organisations").fetchone()  # type: ignore[misc]
            hunters = [r[0] for r in conn.execute("SELECT id FROM users WHERE role = 'hunter'")]
        load = load_bulk(cluster, "lpj", org_id, hunters, args.companies, args.visits)
        server = Server(env, args.workers)

        proxy = CountingProxy.for_url(server.url).start()
        times: list[float] = []
        counts: list[float] = []
        for run in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                elapsed, counted, detail = one_first_sync(Path(tmp), server.url, proxy, args)
            times.append(elapsed)
            counts.append(counted)
            print(f"  run {run + 1}: sync() {elapsed:.1f} s, then in the background {counted:.1f} s "
                  f"({detail[0][2]}); load {os.getloadavg()[0]:.2f}")
        proxy.stop()
        total = args.companies + args.visits
        rows.append((f"first sync {args.companies:,} companies + {args.visits:,} visits",
                     f"{min(times):.1f}–{statistics.median(times):.1f}–{max(times):.1f} s",
                     f"{args.runs} runs; {total / statistics.median(times):,.0f} records/s; "
                     f"server load by COPY {load:.0f} s"))
        rows.append(("  then in the background: indexes left for later, tallies",
                     f"{min(counts):.1f}–{statistics.median(counts):.1f}–{max(counts):.1f} s",
                     "from sync()'s return to the count's end; the figures count the visits meanwhile"))
        rows += detail
    finally:
        if server:
            server.stop()
        cluster.stop()

    print(f"\nfirst sync: lpj-server on PostgreSQL ({args.workers} workers), app engine → proxy → "
          f"SQLite, {os.cpu_count()} cores; target < 30 s for 200k + 1M; load "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}\n")
    width = max(len(r[0]) for r in rows)
    for name, result, detail in rows:
        print(f"{name:{width}}  {result:>9}  {detail}")
    return 0


def one_first_sync(tmp: Path, server_url: str, proxy: CountingProxy,
                   args: argparse.Namespace) -> tuple[float, float, list[tuple[str, str, str]]]:
    """A new laptop's first sync through the proxy: seconds to sync()'s return, seconds from then
    to the end of the background count of the visit tallies, and detail rows."""
    paths = app_paths(tmp / "laptop")
    store = open_store(paths)
    login = SyncEngine.login(store, server_url, "staff", PASSWORD, device_name="bench")
    engine = SyncEngine(store, server_url=proxy.url, token=login.token)
    reports: list[float] = []
    last: list[SyncProgress] = []
    me = psutil.Process()
    peak = [me.memory_info().rss]
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            peak[0] = max(peak[0], me.memory_info().rss)
            time.sleep(0.2)

    def progress(p: SyncProgress) -> None:
        reports.append(time.perf_counter())
        last[:] = [p]

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    before = proxy.counts()
    began = time.perf_counter()
    if args.profile:
        import cProfile

        with cProfile.Profile() as prof:
            report = engine.sync(progress)
        prof.dump_stats(args.profile)
    else:
        report = engine.sync(progress)
    elapsed = time.perf_counter() - began
    count = engine.tally_count
    if count is None:
        raise SystemExit("the staff laptop's first sync started no count of the visit tallies")
    count.wait()
    if count.error is not None or not count.counted:
        raise SystemExit(f"the background count of the visit tallies failed: {count.error!r}")
    counted = time.perf_counter() - began - elapsed
    later = (f"indexes {count.index_seconds:.1f} s ({len(count.indexes)}), "
             f"tallies {count.seconds - count.index_seconds:.1f} s" if count.seconds is not None else "")
    counts = proxy.counts() - before
    stop.set()
    sampler.join()
    gaps = [b - a for a, b in zip([began, *reports], reports, strict=False)]
    db_mb = sum(f.stat().st_size for f in paths.data_dir.glob("*.sqlite3*")) / 1e6
    store.engine.dispose()
    kinds: dict[str, int] = {}
    for path in counts.paths:
        kinds[path] = kinds.get(path, 0) + 1
    return elapsed, counted, [
        ("background work", f"{counted:.1f} s", later),
        ("on the wire (counted at the proxy)", f"{counts.requests} req",
         f"{counts.connections} connection(s), {counts.bytes_up:,} B up, {counts.bytes_down / 1e6:,.0f} MB "
         f"down; " + ", ".join(f"{k.split('/api/v1')[-1]} ×{v}" for k, v in kinds.items())
         + f"; {report.pulled:,} records"),
        ("progress reports", f"{len(reports)}",
         f"longest gap {max(gaps or [0]):.2f} s; last {last[0] if last else None}"),
        ("local store afterwards", f"{db_mb:.0f} MB", f"client peak RSS {peak[0] / 1e6:.0f} MB"),
    ]


if __name__ == "__main__":
    raise SystemExit(main())
