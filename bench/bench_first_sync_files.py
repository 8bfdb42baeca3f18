"""A new laptop's first sync of a store with 10,000 attached photos moves thumbnails, not the
originals (issue 23): under 5 % of the originals' bytes.

    flock /tmp/cpu.lock python -m bench.bench_first_sync_files [--attachments 10000] [--runs 3]
        [--keep DIR] [--workers 2]

The server is lpj-server as deployed: its own processes (`--workers` uvicorn workers) on a
throwaway PostgreSQL cluster with fsync on (bench/pg_cluster.py), its files on disk.

Seeding, on the user's path: a hunter's laptop records visits on register companies with the
app's own service and attaches photos to them (85 %) and to the companies (15 %) by the app's
own `prepare_file` + `attach_prepared` (metadata stripped, scaled to 2560 px, thumbnail made),
then pushes them by `SyncEngine.sync()` and uploads every original and thumbnail by
`sync_files()`, in batches (the laptop's copies of uploaded originals are then deleted: the
server holds them, and this disk holds one copy). The photos are generated, each different:
a scene of shapes at a quarter of the size, scaled up, with sensor grain over it; 1600×1200 to
2560×1920, landscape and portrait, so that the originals the app keeps are about 0.5–3 MB and the
thumbnails (320 px) about 10–15 KB, as a phone's photos and their thumbnails are.
`--keep DIR` keeps the seeded server (a pg_dump and the files) in DIR and reuses it next time;
`--seed-only` only seeds (it takes most of an hour for 10,000 photos: run it niced, outside the
CPU lock, and the measured runs under it).

Each run: a NEW laptop (a fresh store, staff: sees every attachment) logs in, then
`SyncEngine.sync()` (the first sync: snapshot) and `sync_files()` as the app calls it after a
sync, again until the laptop has every thumbnail (each call is one sync's worth: the app calls
it once per sync), all through bench/counting_proxy.py, which counts requests and bytes. Printed
per run and as min–median–max: the originals' total bytes, the bytes moved (both ways, headers
included), their ratio (target < 5 %), the thumbnails' own bytes, time, requests by route,
`sync_files` calls needed, whether any original was fetched, and the load average.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.bench_server import ORG, PASSWORD, Server, cli  # noqa: E402
from bench.counting_proxy import CountingProxy, Counts  # noqa: E402
from bench.pg_cluster import PgCluster  # noqa: E402

BATCH = 500
SIZES = ((1600, 1200), (2048, 1536), (2560, 1920))


# --- photos ------------------------------------------------------------------------------------


def photo_bytes(seed: int) -> bytes:
    """A camera JPEG (quality 92) no other seed gives: shapes at a quarter of the size, scaled
    up (edges and colour areas, what a thumbnail keeps), with grain at full size (what makes
    an original big), the grain's strength and the size picked by the seed."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    rng = random.Random(seed)
    w, h = rng.choice(SIZES)
    if rng.random() < 0.3:
        w, h = h, w
    sw, sh = w // 4, h // 4
    top, bottom = (tuple(rng.randrange(256) for _ in range(3)) for _ in range(2))
    scene = Image.composite(Image.new("RGB", (sw, sh), top), Image.new("RGB", (sw, sh), bottom),
                            Image.linear_gradient("L").resize((sw, sh)))
    draw = ImageDraw.Draw(scene)
    for _ in range(rng.randrange(80, 300)):
        x, y = rng.randrange(sw), rng.randrange(sh)
        x2, y2 = x + rng.randrange(4, sw // 3), y + rng.randrange(4, sh // 3)
        colour = tuple(rng.randrange(256) for _ in range(3))
        kind = rng.random()
        if kind < 0.5:
            draw.rectangle((x, y, x2, y2), fill=colour)
        elif kind < 0.8:
            draw.ellipse((x, y, x2, y2), fill=colour)
        else:
            draw.line((x, y, x2, y2), fill=colour, width=rng.randrange(1, 6))
    scene = scene.filter(ImageFilter.GaussianBlur(0.8)).resize((w, h), Image.Resampling.BICUBIC)
    grain = Image.effect_noise((w, h), rng.uniform(6, 48)).convert("RGB")
    out = io.BytesIO()
    ImageChops.add(scene, grain, scale=1.0, offset=-128).save(out, "JPEG", quality=92)
    return out.getvalue()


def _prepare(args: tuple[str, str, int]) -> Any:
    """In a worker process: a photo written as a camera would, then the app's prepare_file."""
    from lpj_desktop.services.attachments import prepare_file
    from lpj_desktop.store.blobs import LocalBlobs

    root, scratch, seed = args
    path = Path(scratch) / f"IMG_{seed:05d}.JPG"
    path.write_bytes(photo_bytes(seed))
    try:
        return prepare_file(LocalBlobs(Path(root)), path)
    finally:
        path.unlink(missing_ok=True)


# --- the server ----------------------------------------------------------------------------------


class Rig:
    """The cluster, the server's environment and its files folder."""

    def __init__(self, files: Path) -> None:
        self.cluster = PgCluster(durable=True).start()
        self.url = self.cluster.create_database("lpj")
        self.files = files
        self.env = {**os.environ, "LPJ_DATABASE_URL": self.url, "LPJ_FILES_DIR": str(files),
                    "PYTHONPATH": str(REPO), "LPJ_ARGON2_TIME_COST": "1", "LPJ_ARGON2_MEMORY_KIB": "8192"}

    def psql_args(self) -> list[str]:
        return ["-h", "127.0.0.1", "-p", str(self.cluster.port), "-U", "postgres"]

    def dump(self, to: Path) -> None:
        with open(to, "wb") as out:
            subprocess.run([str(self.cluster.bin / "pg_dump"), *self.psql_args(), "-Fc", "lpj"],
                           stdout=out, check=True)

    def restore(self, source: Path) -> None:
        with open(source, "rb") as dump:
            subprocess.run([str(self.cluster.bin / "pg_restore"), *self.psql_args(), "-d", "lpj",
                            "--no-owner"], stdin=dump, check=True)
        with self._connect() as conn:
            conn.execute("VACUUM ANALYZE")

    def _connect(self) -> Any:
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.cluster.port, user="postgres",
                               dbname="lpj", autocommit=True)

    def originals(self) -> tuple[int, int, int]:
        """(attachments, the originals' bytes, the thumbnails' bytes) the server holds."""
        with self._connect() as conn:
            row = conn.execute(
                "SELECT count(*), sum((fields::jsonb->>'size')::bigint), "
                "sum(coalesce((fields::jsonb->>'thumbnail_size')::bigint, 0)) FROM records "
                "WHERE entity = 'attachment' AND NOT deleted").fetchone()
        assert row is not None
        return int(row[0]), int(row[1] or 0), int(row[2] or 0)

    def stop(self) -> None:
        self.cluster.stop()


def open_laptop(data_dir: Path, server_url: str, username: str) -> tuple[Any, str, str]:
    from lpj_desktop.paths import app_paths
    from lpj_desktop.store.database import open_store
    from lpj_desktop.sync_client.engine import SyncEngine

    store = open_store(app_paths(data_dir))
    login = SyncEngine.login(store, server_url, username, PASSWORD, device_name=username)
    return store, login.token, login.user.id


def seed(rig: Rig, server: Server, work: Path, attachments: int) -> dict[str, Any]:
    """A hunter's laptop attaches `attachments` photos and uploads them all; what it made."""
    from lpj_desktop.domain.enums import Channel
    from lpj_desktop.domain.ladder import Outcome
    from lpj_desktop.domain.visit_draft import VisitDraft
    from lpj_desktop.services.attachments import attach_prepared
    from lpj_desktop.services.visits import record_visit
    from lpj_desktop.store.blobs import LocalBlobs
    from lpj_desktop.store.models import Company
    from lpj_desktop.sync_client.engine import SyncEngine
    from sync.kernel.ids import company_id_for_orgnr
    from sync.kernel.orgnr import with_check_digit

    began = time.perf_counter()
    store, token, kari = open_laptop(work / "seeder", server.url, "kari")
    engine = SyncEngine(store, server_url=server.url, token=token)
    engine.sync()
    blobs = LocalBlobs.beside(store.path)
    scratch = work / "scratch"
    scratch.mkdir(exist_ok=True)
    rng = random.Random(23)
    companies: list[str] = []
    with store.session() as s:
        n = 70_000_000
        while len(companies) < max(40, attachments // 25):
            orgnr = with_check_digit(f"{n:08d}")
            n += 1
            if orgnr:
                cid = company_id_for_orgnr(orgnr)
                s.add(Company(id=cid, orgnr=orgnr, name=f"Bedrift {orgnr} AS", source="register",
                              municipality_number="5601"))
                companies.append(cid)
    outcomes = [Outcome.WANTS_INFORMATION, Outcome.FOLLOW_UP_AGREED, Outcome.NOT_INTERESTED]
    made = 0
    upload_s = 0.0
    when = datetime.now(UTC) - timedelta(days=600)
    with ProcessPoolExecutor(max_workers=2) as pool:
        while made < attachments:
            count = min(BATCH, attachments - made)
            jobs = [(str(blobs.root), str(scratch), made + i) for i in range(count)]
            prepared = list(pool.map(_prepare, jobs, chunksize=8))
            with store.session() as s:
                visit_id: str | None = None
                left = 0
                for p in prepared:
                    if rng.random() < 0.15:
                        attach_prepared(s, p, "company", rng.choice(companies), author_id=kari)
                        continue
                    if left == 0:  # a new visit with one to six photos
                        when += timedelta(hours=rng.randrange(1, 8))
                        visit_id = record_visit(s, VisitDraft(
                            company_id=rng.choice(companies), occurred_at=when, channel=Channel.VISIT,
                            outcome=rng.choice(outcomes), notes="Omvisning i verkstedet."),
                            kari).visit.id
                        left = rng.randrange(1, 7)
                    assert visit_id is not None
                    attach_prepared(s, p, "visit", visit_id, author_id=kari)
                    left -= 1
            assert engine.sync().finished
            t = time.perf_counter()
            while (report := engine.sync_files(budget_s=600)).waiting_files:
                if report.error:
                    raise RuntimeError(f"seeding: uploads stopped: {report.error}")
            upload_s += time.perf_counter() - t
            for p in prepared:  # the server has them; this disk keeps one copy
                blobs.remove(p.sha256)
            made += count
            print(f"  seeded {made:,} attachments in {time.perf_counter() - began:.0f} s "
                  f"(uploads {upload_s:.0f} s); load {os.getloadavg()[0]:.2f}", file=sys.stderr)
    store.engine.dispose()
    shutil.rmtree(work / "seeder", ignore_errors=True)
    return {"seconds": time.perf_counter() - began, "upload_seconds": upload_s}


# --- a new laptop's first sync -------------------------------------------------------------------


def first_sync(work: Path, server: Server, proxy: CountingProxy, max_calls: int,
               profile: str | None = None) -> dict[str, Any]:
    from sqlalchemy import select

    from lpj_desktop.store.blobs import LocalBlobs
    from lpj_desktop.store.models import Attachment
    from lpj_desktop.sync_client.engine import SyncEngine

    store, token, _ = open_laptop(work, server.url, "leder")
    engine = SyncEngine(store, server_url=proxy.url, token=token)
    before = proxy.counts()
    began = time.perf_counter()
    report = engine.sync()
    sync_s = time.perf_counter() - began
    assert report.finished, report
    after_sync = proxy.counts()
    blobs = LocalBlobs.beside(store.path)
    with store.reader() as s:
        rows = s.execute(select(Attachment.sha256, Attachment.thumbnail_sha256)
                         .where(Attachment.deleted_at.is_(None))).all()
    calls = 0
    files_began = time.perf_counter()
    profiler = None
    if profile:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    while True:
        calls += 1
        files = engine.sync_files()
        if files.error:
            raise RuntimeError(f"sync_files: {files.error}")
        if all(blobs.has(t) for _sha, t in rows if t) or calls >= max_calls:
            break
    files_s = time.perf_counter() - files_began
    if profiler is not None and profile:
        profiler.disable()
        profiler.dump_stats(profile)
    counts = proxy.counts() - before
    have = sum(1 for _sha, t in rows if t and blobs.has(t))
    originals_here = sum(1 for sha, _t in rows if blobs.has(sha))
    store.engine.dispose()
    return {"sync_s": sync_s, "files_s": files_s, "total_s": sync_s + files_s, "calls": calls,
            "counts": counts, "sync_counts": after_sync - before, "attachments": len(rows),
            "thumbnails": have, "originals_here": originals_here}


def routes(c: Counts) -> str:
    kinds: Counter[str] = Counter()
    for path in c.paths:
        method, _, rest = path.partition(" ")
        parts = rest.removeprefix("/api/v1").split("/")
        if len(parts) > 3 and parts[1] == "attachments":
            parts[2] = "{id}"
        kinds[f"{method} {'/'.join(parts)}"] += 1
    return ", ".join(f"{k} ×{v:,}" for k, v in kinds.most_common())


def mmm(values: list[float], fmt: str = "{:.1f}") -> str:
    return "–".join(fmt.format(v) for v in (min(values), statistics.median(values), max(values)))


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--attachments", type=int, default=10_000)
    p.add_argument("--runs", type=int, default=3, help="new laptops, one after the other")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--keep", type=Path, help="keep the seeded server here, and reuse it if it is")
    p.add_argument("--seed-only", action="store_true",
                   help="seed the server into --keep and stop (seeding is no measurement: it may "
                        "run niced, outside the CPU lock)")
    p.add_argument("--profile", metavar="FILE", help="write a cProfile of the laptop's sync_files to FILE")
    p.add_argument("--max-calls", type=int, default=100,
                   help="sync_files calls a laptop may take to get every thumbnail")
    args = p.parse_args()
    if args.seed_only and args.keep is None:
        p.error("--seed-only needs --keep DIR")
    work = Path(tempfile.mkdtemp(prefix="lpj-first-files-"))
    keep: Path | None = args.keep
    seeded = keep is not None and (keep / "seed.json").exists()
    files = (keep / "files") if keep is not None else (work / "files")
    rig = Rig(files)
    server = None
    try:
        cli(rig.env, "migrate")
        if seeded:
            assert keep is not None
            info = json.loads((keep / "seed.json").read_text())
            with rig._connect() as conn:  # the dump brings its own tables
                conn.execute("DROP SCHEMA public CASCADE")
                conn.execute("CREATE SCHEMA public")
            rig.restore(keep / "lpj.dump")
            cli(rig.env, "migrate")
            print(f"reusing the seeded server in {keep} ({info})", file=sys.stderr)
        else:
            cli(rig.env, "create-user", "kari", "--role", "hunter", "--org", ORG, stdin=PASSWORD + "\n")
            cli(rig.env, "create-user", "leder", "--role", "staff", "--org", ORG, stdin=PASSWORD + "\n")
        server = Server(rig.env, args.workers)
        if not seeded:
            info = seed(rig, server, work, args.attachments)
            if keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                rig.dump(keep / "lpj.dump")
                (keep / "seed.json").write_text(json.dumps(info))
        if args.seed_only:
            return 0
        count, originals, thumbnails = rig.originals()
        disk = sum(f.stat().st_size for f in (files / "blobs").rglob("*") if f.is_file())
        print(f"server: {count:,} attachments, originals {originals / 1e9:.2f} GB, thumbnails "
              f"{thumbnails / 1e6:.1f} MB, files on disk {disk / 1e9:.2f} GB; seeding took "
              f"{info['seconds']:.0f} s (uploads {info['upload_seconds']:.0f} s)", file=sys.stderr)
        proxy = CountingProxy.for_url(server.url).start()
        results = []
        load_before = os.getloadavg()
        try:
            for run in range(args.runs):
                r = first_sync(work / f"laptop{run}", server, proxy, args.max_calls, args.profile)
                shutil.rmtree(work / f"laptop{run}", ignore_errors=True)
                c: Counts = r["counts"]
                r["moved"] = c.bytes_total
                r["ratio"] = c.bytes_total / originals
                results.append(r)
                print(f"  run {run + 1}: sync {r['sync_s']:.1f} s + files {r['files_s']:.1f} s "
                      f"({r['calls']} sync_files calls); {c.requests:,} requests, {c.connections} "
                      f"connection(s), {c.bytes_up / 1e6:.1f} MB up, {c.bytes_down / 1e6:.1f} MB down; "
                      f"ratio {r['ratio']:.2%}; thumbnails {r['thumbnails']:,}/{r['attachments']:,}; "
                      f"originals fetched {r['originals_here']}; {routes(c)}; "
                      f"load {os.getloadavg()[0]:.2f}", file=sys.stderr)
        finally:
            proxy.stop()
        load_after = os.getloadavg()
    finally:
        if server is not None:
            server.stop()
        rig.stop()
        shutil.rmtree(work, ignore_errors=True)
    print(f"\nfirst sync of a store with {count:,} attachments: lpj-server on PostgreSQL "
          f"({args.workers} workers), a new laptop (staff) → counting proxy; {args.runs} runs")
    print(f"originals on the server        {originals:,} B ({originals / 1e9:.2f} GB); thumbnails "
          f"{thumbnails:,} B ({thumbnails / originals:.2%})")
    moved = [float(r["moved"]) for r in results]
    print(f"bytes moved (both ways)        {mmm([m / 1e6 for m in moved])} MB")
    print(f"moved / originals              {mmm([r['ratio'] * 100 for r in results], '{:.2f}')} %"
          f"   (target < 5 %)")
    print(f"time: sync()                   {mmm([r['sync_s'] for r in results])} s")
    print(f"time: sync_files() until done  {mmm([r['files_s'] for r in results])} s")
    print(f"time: both                     {mmm([r['total_s'] for r in results])} s")
    print(f"sync_files() calls needed      {mmm([float(r['calls']) for r in results], '{:.0f}')}")
    print(f"requests                       {mmm([float(r['counts'].requests) for r in results], '{:.0f}')}"
          f"   ({routes(results[-1]['counts'])})")
    print(f"thumbnails on the laptop       {min(r['thumbnails'] for r in results):,} of {count:,}; "
          f"originals fetched: {max(r['originals_here'] for r in results)}")
    print(f"load average before {' '.join(f'{x:.2f}' for x in load_before)}, after "
          f"{' '.join(f'{x:.2f}' for x in load_after)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
