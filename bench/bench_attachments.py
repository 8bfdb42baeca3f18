"""Attached photos over a weak link (issue 23): photos attached in one go by the app's own service,
then uploaded by the app's own engine through a link paced to 1 Mbit/s and cut every 20 s (the
faulty proxy of tests/sync), to lpj-server on 127.0.0.1 (SQLite, in a thread).

    flock /tmp/cpu.lock python -m bench.bench_attachments [--photos 50] [--mb 3] [--kbit 1000]
        [--cut-every 20] [--runs 1]

Rows:

* attach: each photo's `prepare_file` + `attach_prepared` (read, strip, scale to 2560 px,
  thumbnail, file, record + outbox), seconds per photo: min / median / max. The photos are noise
  JPEGs of about `--mb` MB (noise does not compress: the worst case for the link).
* upload: `sync_files` rounds until nothing waits: the wall time, the files' payload (originals +
  thumbnails as stored), the bytes that went up the wire (counted by the proxy, cut-off bytes
  included), their ratio (target <= 1.15), the cuts, and whether every file on the server has
  the hash its record names.

Prints a table and os.getloadavg() before and after (the machine is shared: read the load).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests" / "sync"))
sys.path.insert(0, str(REPO))

from faulty_proxy import FaultyProxy  # noqa: E402
from live import LiveServer, make_client  # noqa: E402
from PIL import Image  # noqa: E402

from lpj_desktop.domain.enums import Channel  # noqa: E402
from lpj_desktop.domain.ladder import Outcome  # noqa: E402
from lpj_desktop.domain.visit_draft import VisitDraft  # noqa: E402
from lpj_desktop.services.attachments import attach_prepared, prepare_file  # noqa: E402
from lpj_desktop.services.companies import add_company_by_hand  # noqa: E402
from lpj_desktop.services.visits import record_visit  # noqa: E402
from lpj_desktop.store.blobs import LocalBlobs  # noqa: E402
from lpj_desktop.sync_client.engine import SyncEngine  # noqa: E402


def noise_photo(path: Path, mb: float) -> Path:
    """A JPEG of about `mb` MB that does not compress (random pixels), under 2560 px a side."""
    side = 1100
    while True:
        buf = io.BytesIO()
        Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buf, "JPEG", quality=85)
        if buf.tell() >= mb * 1024 * 1024 or side >= 2560:
            path.write_bytes(buf.getvalue())
            return path
        side = min(2560, int(side * (mb * 1024 * 1024 / buf.tell()) ** 0.5) + 8)


def run(args: argparse.Namespace, workdir: Path) -> dict[str, object]:
    server = LiveServer(workdir / "server" / "server.sqlite3")
    server.start()
    try:
        server.add_user("kari")
        kari = make_client(workdir, server, "kari")
        with kari.store.session() as s:
            company = add_company_by_hand(s, name="Alta Elektro AS", municipality_number="5601").id
            visit = record_visit(s, VisitDraft(company_id=company, occurred_at=datetime.now(UTC),
                                               channel=Channel.VISIT, outcome=Outcome.WANTS_INFORMATION),
                                 kari.user_id).visit.id
        blobs = LocalBlobs.beside(kari.store.path)
        sources = [noise_photo(workdir / f"IMG_{i:04d}.JPG", args.mb) for i in range(args.photos)]
        attach_times, attachments = [], []
        for source in sources:
            began = time.perf_counter()
            prepared = prepare_file(blobs, source)
            with kari.store.session() as s:
                attachments.append(attach_prepared(s, prepared, "visit", visit, author_id=kari.user_id))
            attach_times.append(time.perf_counter() - began)
        assert kari.engine.sync().finished
        payload = sum(a.size + (a.thumbnail_size or 0) for a in attachments)
        proxy = FaultyProxy(server.port, bytes_per_s=args.kbit * 1000 / 8, cut_every_s=args.cut_every)
        weak = SyncEngine(kari.store, server_url=proxy.url, token=kari.token, retries=0)
        began = time.perf_counter()
        rounds = cuts = 0
        try:
            while True:
                rounds += 1
                report = weak.sync_files(budget_s=60)
                cuts += report.cuts
                if report.waiting_files == 0:
                    break
                if rounds > 10_000:
                    raise RuntimeError("uploads never finished")
        finally:
            proxy.close()
        wall = time.perf_counter() - began
        stored = server.config.resolved_files_dir / "blobs"
        whole = all(
            hashlib.sha256((stored / d[:2] / d).read_bytes()).hexdigest() == d
            for a in attachments for d in (a.sha256, a.thumbnail_sha256) if d)
        return {"attach": attach_times, "wall": wall, "payload": payload, "wire": proxy.bytes_up,
                "cuts": cuts, "link_cuts": proxy.link_cuts, "rounds": rounds, "whole": whole}
    finally:
        server.stop()
        server.db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--photos", type=int, default=50)
    parser.add_argument("--mb", type=float, default=3.0)
    parser.add_argument("--kbit", type=float, default=1000.0)
    parser.add_argument("--cut-every", type=float, default=20.0)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    load_before = os.getloadavg()
    results = []
    for _ in range(args.runs):
        with tempfile.TemporaryDirectory(prefix="bench-attach-") as tmp:
            results.append(run(args, Path(tmp)))
    load_after = os.getloadavg()
    attach = [t for r in results for t in r["attach"]]  # type: ignore[attr-defined]
    print(f"{args.photos} photos of ~{args.mb} MB, link {args.kbit:.0f} kbit/s cut every "
          f"{args.cut_every:.0f} s, {args.runs} run(s)")
    print(f"{'row':<24}{'min':>12}{'median':>12}{'max':>12}")
    print(f"{'attach s/photo':<24}{min(attach):>12.3f}{statistics.median(attach):>12.3f}{max(attach):>12.3f}")
    for key, label in (("wall", "upload wall s"), ("payload", "payload bytes"), ("wire", "wire bytes up"),
                       ("cuts", "cuts seen by the app"), ("link_cuts", "link cuts")):
        values = [float(r[key]) for r in results]  # type: ignore[arg-type]
        print(f"{label:<24}{min(values):>12.0f}{statistics.median(values):>12.0f}{max(values):>12.0f}")
    ratios = [float(r["wire"]) / float(r["payload"]) for r in results]  # type: ignore[arg-type]
    print(f"{'wire / payload':<24}{min(ratios):>12.3f}{statistics.median(ratios):>12.3f}{max(ratios):>12.3f}"
          f"   (target <= 1.15)")
    print(f"all hashes match on the server: {all(bool(r['whole']) for r in results)}")
    print(f"load average before {load_before}, after {load_after}")


if __name__ == "__main__":
    main()
