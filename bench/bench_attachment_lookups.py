"""The server's lookups of attachment records (sync/server/attachment_records.py) on a database
that holds many: what an upload's start, a file's arrival and a parent's erasure each cost.

    flock /tmp/cpu.lock python -m bench.bench_attachment_lookups [--attachments 10000]
        [--visits 200000] [--runs 5] [--sqlite]

The records are loaded by COPY (PostgreSQL, a throwaway durable cluster from bench/pg_cluster.py)
or executemany (SQLite, `--sqlite`) as the server stores them, and ANALYZEd: `--visits` visits of
one organisation (the table a quota scan must not walk), and `--attachments` attachments on
them, each with a file and a thumbnail of its own, then the lookups are timed by calling them as
the routes and the push do:

* quota: `organisation_usage` (every upload's start, unless the server holds the file already);
* naming: `unreferenced([digest])` (every upload's end and every released file);
* parent: `attachments_of("visit", id)` (each erased visit or contact, under the write lock),
  and 200 of them in a row as one push erasing 200 visits runs them.

Prints min–median–max over `--runs` and the load average.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from bench.pg_cluster import PgCluster
from sync.kernel.ids import uuid7
from sync.server.attachment_records import attachments_of, organisation_usage, unreferenced
from sync.server.db import Database
from sync.server.migrate import upgrade
from sync.server.models import Record

ORG = "00000000-0000-7000-8000-000000000001"
HUNTER = "00000000-0000-7000-8000-000000000002"


def rows(attachments: int, visits: int) -> tuple[list[dict[str, Any]], list[str], list[str]]:
    """The records as the server stores them; (rows, visit ids with files, digests)."""
    now = datetime.now(UTC)
    out: list[dict[str, Any]] = []
    visit_ids = [uuid7() for _ in range(visits)]
    seq = 0
    for vid in visit_ids:
        seq += 1
        out.append({"entity": "visit", "record_id": vid, "seq": seq, "version": 1, "org_id": ORG,
                    "owner_id": HUNTER, "fields": json.dumps({"company_id": uuid7(), "hunter_id": HUNTER,
                                                              "notes": "Snakket med daglig leder."}),
                    "field_meta": "{}", "created_at": now, "updated_at": now, "deleted": False})
    digests: list[str] = []
    parents: list[str] = []
    for i in range(attachments):
        seq += 1
        digest = hashlib.sha256(f"original {i}".encode()).hexdigest()
        thumb = hashlib.sha256(f"thumbnail {i}".encode()).hexdigest()
        digests.append(digest)
        parent = visit_ids[i % len(visit_ids)]
        parents.append(parent)
        fields = {"parent_entity": "visit", "parent_id": parent, "author_id": HUNTER, "sha256": digest,
                  "size": 1_500_000 + i, "media_type": "image/jpeg", "file_name": f"IMG_{i:05d}.jpg",
                  "caption": None, "width": 2560, "height": 1920, "thumbnail_sha256": thumb,
                  "thumbnail_size": 14_000}
        out.append({"entity": "attachment", "record_id": uuid7(), "seq": seq, "version": 1,
                    "org_id": ORG, "owner_id": HUNTER,
                    "fields": json.dumps(fields, separators=(",", ":")), "field_meta": "{}",
                    "created_at": now, "updated_at": now, "deleted": False})
    return out, parents, digests


def load(db: Database, records: list[dict[str, Any]]) -> None:
    with db.writer() as s:
        conn = s.connection()
        if db.is_postgres:
            columns = list(records[0])
            cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            with cursor.copy(f"COPY records ({', '.join(columns)}) FROM STDIN") as copy:
                for row in records:
                    # COPY takes naive UTC, as the server's own bulk_insert gives it.
                    copy.write_row([v.replace(tzinfo=None) if isinstance(v, datetime) else v
                                    for v in (row[c] for c in columns)])
        else:
            for start in range(0, len(records), 5000):
                conn.execute(insert(Record), records[start:start + 5000])
    with db.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE records" if db.is_postgres else "ANALYZE")
        conn.commit()


def timed(fn: Any, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        out.append(time.perf_counter() - began)
    return out


def mmm(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return f"{min(ms):9.2f} {statistics.median(ms):9.2f} {max(ms):9.2f} ms"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--attachments", type=int, default=10_000)
    p.add_argument("--visits", type=int, default=200_000)
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--sqlite", action="store_true", help="SQLite instead of PostgreSQL")
    args = p.parse_args()
    cluster = None
    tmp = tempfile.TemporaryDirectory(prefix="lpj-lookups-")
    try:
        if args.sqlite:
            url = f"sqlite:///{Path(tmp.name) / 'server.sqlite3'}"
        else:
            cluster = PgCluster(durable=True).start()
            url = cluster.create_database("lpj")
        db = Database(url)
        upgrade(db)
        records, parents, digests = rows(args.attachments, args.visits)
        began = time.perf_counter()
        load(db, records)
        loaded = time.perf_counter() - began
        load_before = os.getloadavg()
        some = parents[:: max(1, len(parents) // args.runs)][: args.runs]

        def quota() -> None:
            with db.reader() as s:
                assert organisation_usage(s, ORG) > 0

        def naming() -> None:
            with db.reader() as s:
                assert unreferenced(s, [digests[len(digests) // 2]]) == []

        def parent() -> None:
            with db.reader() as s:
                assert attachments_of(s, "visit", some[0])

        def erase_200() -> None:
            with db.reader() as s:
                for vid in parents[:200]:
                    attachments_of(s, "visit", vid)

        table = [("quota (organisation_usage)", timed(quota, args.runs)),
                 ("naming (unreferenced, 1 file)", timed(naming, args.runs)),
                 ("parent (attachments_of, 1 visit)", timed(parent, args.runs)),
                 ("push erasing 200 visits' lookups", timed(erase_200, args.runs))]
        print(f"\n{'SQLite' if args.sqlite else 'PostgreSQL'}: {args.attachments:,} attachments on "
              f"{args.visits:,} visits of one organisation (loaded in {loaded:.0f} s), {args.runs} runs")
        print(f"{'lookup':36} {'min':>9} {'median':>9} {'max':>9}")
        for name, values in table:
            print(f"{name:36} {mmm(values)}")
        print(f"load average before {' '.join(f'{x:.2f}' for x in load_before)}, after "
              f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        db.engine.dispose()
        db.write_engine.dispose()
    finally:
        if cluster is not None:
            cluster.stop()
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
