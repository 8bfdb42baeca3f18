"""Sync benchmarks against a real server on 127.0.0.1.

    python bench/bench_sync.py [--visits 10000] [--postgres]

Measures: N visits recorded offline pushed in one `sync()`; the other laptop's first sync
(snapshot) of them. Prints a table. By default the server runs on SQLite in a thread of this
process (so it shares Python's lock with the app); `--postgres` runs it as in production: its
own processes (2 uvicorn workers) on a throwaway PostgreSQL cluster. The first sync of 200k
companies + 1M visits is bench/bench_first_sync.py.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "sync"))

from live import LiveServer, make_client  # noqa: E402

from lpj_desktop.domain.enums import Channel  # noqa: E402
from lpj_desktop.domain.ladder import Outcome  # noqa: E402
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft  # noqa: E402
from lpj_desktop.services.visits import record_visit  # noqa: E402
from lpj_desktop.store.models import Company  # noqa: E402
from sync.kernel.ids import company_id_for_orgnr  # noqa: E402
from sync.kernel.orgnr import with_check_digit  # noqa: E402


@dataclass
class Laptop:
    store: Any
    engine: Any
    user_id: str


@contextmanager
def thread_server(tmp: Path) -> Iterator[Callable[[str], Laptop]]:
    """The server on SQLite in a uvicorn thread of this process (the tests' LiveServer)."""
    server = LiveServer(tmp / "server.sqlite3")
    server.start()
    try:
        def laptop(name: str) -> Laptop:
            server.add_user(name)
            client = make_client(tmp, server, name)
            return Laptop(client.store, client.engine, client.user_id)

        yield laptop
    finally:
        server.stop()


@contextmanager
def process_server(tmp: Path) -> Iterator[Callable[[str], Laptop]]:
    """lpj-server in its own processes (2 workers) on PostgreSQL, as deployed."""
    from bench.bench_server import ORG, PASSWORD, Server, cli
    from bench.pg_cluster import PgCluster
    from lpj_desktop.paths import app_paths
    from lpj_desktop.store.database import open_store
    from sync.client.engine import SyncEngine

    cluster = PgCluster(durable=True).start()
    server = None
    try:
        env = {**os.environ, "LPJ_DATABASE_URL": cluster.create_database("lpj"), "PYTHONPATH": str(REPO),
               "LPJ_ARGON2_TIME_COST": "1", "LPJ_ARGON2_MEMORY_KIB": "8192"}
        cli(env, "migrate")
        server = Server(env, 2)

        def laptop(name: str) -> Laptop:
            cli(env, "create-user", name, "--role", "hunter", "--org", ORG, stdin=PASSWORD + "\n")
            store = open_store(app_paths(tmp / name))
            login = SyncEngine.login(store, server.url, name, PASSWORD, device_name=name)
            return Laptop(store, SyncEngine(store, server_url=server.url, token=login.token), login.user.id)

        yield laptop
    finally:
        if server is not None:
            server.stop()
        cluster.stop()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=10_000)
    parser.add_argument("--companies", type=int, default=500)
    parser.add_argument("--postgres", action="store_true",
                        help="server in its own processes on PostgreSQL (as deployed)")
    args = parser.parse_args()
    rows: list[tuple[str, str, str]] = []
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        with (process_server if args.postgres else thread_server)(tmp) as laptop:
            kari = laptop("kari")
            ola = laptop("ola")
            orgnrs = [n for n in (with_check_digit(f"9{i:07d}") for i in range(args.companies * 2)) if n]
            ids = []
            with kari.store.session() as s:
                for orgnr in orgnrs[:args.companies]:
                    cid = company_id_for_orgnr(orgnr)
                    s.add(Company(id=cid, orgnr=orgnr, name=f"Bedrift {orgnr}", source="register"))
                    ids.append(cid)
            rng = random.Random(1)
            t = time.perf_counter()
            with kari.store.session() as s:
                for _ in range(args.visits):
                    outcome = rng.choice(list(Outcome))
                    places = [PlaceOffer("Tømrerfaget", 1)] if outcome is Outcome.PLACE_OFFERED else []
                    record_visit(s, VisitDraft(company_id=rng.choice(ids), occurred_at=datetime.now(UTC),
                                               channel=Channel.VISIT, outcome=outcome, places=places,
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
    width = max(len(r[0]) for r in rows)
    print(f"{'what':<{width}}  {'time':>9}  target")
    print(f"{'-' * width}  {'-' * 9}  ------")
    for what, took, target in rows:
        print(f"{what:<{width}}  {took:>9}  {target}")


if __name__ == "__main__":
    main()
