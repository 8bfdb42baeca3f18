"""Applying Enhetsregisteret's update feed on the server, and the laptop sync that brings it.

    python -m bench.bench_register_feed [--runs 3] [--changes 100000] [--companies 50000]

Issue 24: "Applying 100,000 register changes on the server: at least 20,000 changes/s on
PostgreSQL; the changed companies reach a laptop with its next ordinary sync."

* A throwaway PostgreSQL cluster (fsync on), the server's schema, one organisation with a hunter
  who owns a tenth of the companies, and `--companies` register companies in Troms and Finnmark
  on the server (written as pushes write them: `RecordBatch`).
* A feed of `--changes` updates in the API's own form (HAL pages of 1,000, `includeChanges`
  JSON Patches), saved as files: new employee counts, names, addresses, web/e-mail/phone,
  industry codes, new units (Ny), bankruptcies, dissolutions and deletions (Sletting), about
  two per company.
* apply: `lpj-server import-register-feed`'s work, timed from reading the files to the commit
  (`read_pages` + `import_pages`), each run on a fresh copy of the seeded database. changes/s =
  updates applied / that time. Target ≥ 20,000 changes/s.
* laptop: a laptop that synced before the feed (its first sync, not timed) runs its next
  ordinary `sync()` against the server (2 uvicorn workers) after the import: timed from call to
  return, with the records it pulled.

Prints min–median–max over the runs and the machine's load (os.getloadavg).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.pg_cluster import PgCluster  # noqa: E402

PAGE = 1000
MUNICIPALITIES = [("5501", "TROMSØ"), ("5503", "HARSTAD"), ("5530", "SENJA"), ("5601", "ALTA"),
                  ("5603", "HAMMERFEST"), ("5605", "SØR-VARANGER"), ("5520", "BARDU"),
                  ("5636", "NESSEBY")]
BASE = "https://data.brreg.no/enhetsregisteret/api"


def load() -> str:
    return "load " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def mmm(values: list[float], unit: str, digits: int = 0) -> str:
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{low:,.{digits}f}–{mid:,.{digits}f}–{high:,.{digits}f} {unit}"


def orgnrs(count: int, first: int) -> list[str]:
    from sync.kernel.orgnr import with_check_digit

    out: list[str] = []
    n = first
    while len(out) < count:
        nr = with_check_digit(f"{n:08d}")
        n += 1
        if nr:
            out.append(nr)
    return out


def seed(url: str, companies: list[str]) -> str:
    """The schema, a hunter, and the register companies; returns the hunter's id."""
    from bench.bench_server import ORG, PASSWORD  # psutil: only the bench, not the tests, needs it
    from sync.kernel.ids import company_id_for_orgnr
    from sync.server.auth import Passwords
    from sync.server.config import ServerConfig
    from sync.server.db import Database
    from sync.server.merge import ALL_FIELDS
    from sync.server.meta import ensure_epoch
    from sync.server.migrate import upgrade
    from sync.server.records import RecordBatch, RecordState
    from sync.server.users import create_user

    db = Database(url)
    upgrade(db)
    ensure_epoch(db)
    config = ServerConfig(database_url=url, argon2_time_cost=1, argon2_memory_kib=8192)
    kari = create_user(db, Passwords(config), "kari", PASSWORD, role="hunter", organisation=ORG,
                       team="Nord").id
    rng = random.Random(1)
    now = datetime.now(UTC)
    with db.writer() as session:
        batch = RecordBatch(session)
        for i, orgnr in enumerate(companies):
            number, place = MUNICIPALITIES[i % len(MUNICIPALITIES)]
            fields: dict[str, Any] = {
                "orgnr": orgnr, "source": "register", "name": f"BEDRIFT {orgnr} AS", "legal_form": "AS",
                "industry_code": "43.210", "employees": rng.randint(0, 40),
                "business_address": f"Storgata {i % 90 + 1}", "business_postcode": "9008",
                "business_city": place, "municipality_number": number, "municipality_name": place.title(),
                "county_number": number[:2], "is_subunit": False, "registered_on": "2012-03-01",
                "bankrupt": False, "under_liquidation": False, "forced_dissolution": False,
                "lb_status": "unknown", "approved_trades": [], "interest_trades": [], "tags": [],
            }
            if i % 10 == 0:
                fields.update(owner_id=kari, lb_status="potential", hunter_notes="Vil ha lærling")
            state = batch.add(RecordState(
                entity="company", record_id=company_id_for_orgnr(orgnr), version=1, org_id=None,
                owner_id=None, _fields=fields, _field_meta={ALL_FIELDS: [1, "seed", kari]},
                created_at=now, updated_at=now))
            batch.set_orgnr(state, orgnr)
        batch.flush()
    db.dispose()
    return kari


def make_feed(folder: Path, companies: list[str], changes: int) -> None:
    """`changes` updates as the API pages them, ids rising from 1,000,001 with small gaps."""
    rng = random.Random(2)
    new_units = iter(orgnrs(changes, 70_000_000))
    start_at = datetime(2026, 11, 2, 5, tzinfo=UTC)
    entries: list[dict[str, Any]] = []
    update_id = 1_000_000
    for n in range(changes):
        update_id += rng.choice((1, 1, 1, 2))
        roll = rng.random()
        orgnr = rng.choice(companies)
        kind = "Endring"
        if roll < 0.35:
            ops = [{"op": "replace", "path": "/antallAnsatte", "value": rng.randint(0, 60)}]
        elif roll < 0.55:
            ops = [{"op": "replace", "path": "/navn", "value": f"NYTT NAVN {update_id} AS"}]
        elif roll < 0.70:
            ops = [{"op": "replace", "path": "/forretningsadresse/adresse", "value": [f"Havnegata {n % 70}"]},
                   {"op": "replace", "path": "/forretningsadresse/postnummer", "value": "9600"},
                   {"op": "replace", "path": "/forretningsadresse/poststed", "value": "HAMMERFEST"}]
        elif roll < 0.80:
            ops = [{"op": "add", "path": "/hjemmeside", "value": f"www.bedrift{update_id}.no"},
                   {"op": "add", "path": "/epostadresse", "value": f"post@bedrift{update_id}.no"}]
        elif roll < 0.88:
            ops = [{"op": "replace", "path": "/naeringskode1",
                    "value": {"kode": "41.200", "beskrivelse": "Oppføring av bygninger"}}]
        elif roll < 0.91:
            ops = [{"op": "replace", "path": "/konkurs", "value": True},
                   {"op": "add", "path": "/konkursdato", "value": "2026-11-12"}]
        elif roll < 0.93:
            ops = [{"op": "replace", "path": "/underAvvikling", "value": True}]
        elif roll < 0.95:
            kind, ops = "Sletting", [{"op": "add", "path": "/slettedato", "value": "2026-11-12"}]
        else:
            kind, orgnr = "Ny", next(new_units)
            number, place = rng.choice(MUNICIPALITIES)
            ops = [{"op": "add", "path": "/navn", "value": f"NY BEDRIFT {orgnr} AS"},
                   {"op": "add", "path": "/organisasjonsform", "value": {"kode": "AS"}},
                   {"op": "add", "path": "/forretningsadresse",
                    "value": {"adresse": ["Nyveien 1"], "postnummer": "9510", "poststed": place,
                              "kommunenummer": number, "kommune": place}},
                   {"op": "add", "path": "/konkurs", "value": False}]
        when = start_at + timedelta(seconds=n * 7)
        entries.append({"oppdateringsid": update_id, "dato": when.isoformat().replace("+00:00", "Z"),
                        "organisasjonsnummer": orgnr, "endringstype": kind, "endringer": ops,
                        "_links": {"enhet": {"href": f"{BASE}/enheter/{orgnr}"}}})
    pages = (len(entries) + PAGE - 1) // PAGE
    first = entries[0]["oppdateringsid"]
    for p in range(pages):
        def href(k: int) -> dict[str, str]:
            return {"href": f"{BASE}/oppdateringer/enheter?oppdateringsid={first}&includeChanges=true"
                            f"&page={k}&size={PAGE}"}
        links = {"first": href(0), "self": href(p), "last": href(pages - 1)}
        if p + 1 < pages:
            links["next"] = href(p + 1)
        body = {"_embedded": {"oppdaterteEnheter": entries[p * PAGE:(p + 1) * PAGE]}, "_links": links,
                "page": {"size": PAGE, "totalElements": len(entries), "totalPages": pages, "number": p}}
        (folder / f"enheter-{first}-p{p:04d}.json").write_text(json.dumps(body, ensure_ascii=False))


def apply_once(url: str, folder: Path) -> tuple[float, float, Any]:
    """Read the files and apply them; (seconds reading, seconds in all, report)."""
    from sync.register_feed import read_pages
    from sync.server.db import Database
    from sync.server.register_feed import import_pages

    db = Database(url)
    try:
        started = time.perf_counter()
        pages = read_pages([folder])
        read = time.perf_counter() - started
        report = import_pages(db, pages)
        return read, time.perf_counter() - started, report
    finally:
        db.dispose()


def laptop_sync(cluster: PgCluster, folder: Path, tmp: Path) -> dict[str, Any]:
    """A laptop synced before the feed; the feed imported; its next ordinary sync timed."""
    from bench.bench_server import PASSWORD, Server
    from lpj_desktop.paths import app_paths
    from lpj_desktop.store.database import open_store
    from lpj_desktop.sync_client.engine import SyncEngine

    url = cluster.create_database("laptop", template="seed")
    env = {**os.environ, "LPJ_DATABASE_URL": url, "PYTHONPATH": str(REPO),
           "LPJ_ARGON2_TIME_COST": "1", "LPJ_ARGON2_MEMORY_KIB": "8192"}
    server = Server(env, 2)
    try:
        store = open_store(app_paths(tmp / "laptop"))
        login = SyncEngine.login(store, server.url, "kari", PASSWORD, device_name="bench")
        engine = SyncEngine(store, server_url=server.url, token=login.token)
        started = time.perf_counter()
        first = engine.sync()
        first_s = time.perf_counter() - started
        _, _, report = apply_once(url, folder)
        started = time.perf_counter()
        nxt = engine.sync()
        next_s = time.perf_counter() - started
        from sqlalchemy import func, select

        from lpj_desktop.store.models import Company, FollowUp, RegisterChange
        with store.reader() as s:
            flagged = s.scalar(select(func.count()).select_from(Company).where(
                (Company.bankrupt.is_(True)) | Company.deregistered_on.is_not(None)
                | Company.under_liquidation.is_(True))) or 0
            lines = s.scalar(select(func.count()).select_from(RegisterChange)) or 0
            followups = s.scalar(select(func.count()).select_from(FollowUp)) or 0
        store.close()
        return {"first_s": first_s, "first_pulled": first.pulled, "next_s": next_s, "pulled": nxt.pulled,
                "finished": nxt.finished, "written": report.records_written, "flagged": flagged,
                "lines": lines, "followups": followups}
    finally:
        server.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--changes", type=int, default=100_000)
    parser.add_argument("--companies", type=int, default=50_000)
    parser.add_argument("--no-laptop", action="store_true", help="skip the laptop sync row")
    args = parser.parse_args()

    cluster = PgCluster(durable=True).start()
    try:
        with tempfile.TemporaryDirectory(prefix="lpj-bench-feed-") as tmp_name:
            tmp = Path(tmp_name)
            companies = orgnrs(args.companies, 10_000_000)
            seed(cluster.create_database("seed"), companies)
            feed = tmp / "feed"
            feed.mkdir()
            make_feed(feed, companies, args.changes)
            size_mb = sum(f.stat().st_size for f in feed.iterdir()) / 1e6
            print(f"seeded {args.companies:,} companies; feed of {args.changes:,} updates in "
                  f"{len(list(feed.iterdir()))} pages ({size_mb:.0f} MB); {load()}")
            rates, totals, reads, report = [], [], [], None
            for run in range(args.runs):
                url = cluster.create_database(f"run{run}", template="seed")
                read, total, report = apply_once(url, feed)
                cluster.drop_database(f"run{run}")
                rates.append(report.changes / total)
                totals.append(total)
                reads.append(read)
                steps = ", ".join(f"{k} {v:.2f}" for k, v in report.steps.items())
                print(f"  run {run + 1}: {report.changes:,} updates in {total:.2f} s "
                      f"(reading {read:.2f} s; {steps}) = {report.changes / total:,.0f}/s; {load()}",
                      flush=True)
            assert report is not None
            print()
            print(f"{'row':34} {'min–median–max':32} note")
            print(f"{'apply: changes/s':34} {mmm(rates, '/s'):32} target ≥ 20,000/s")
            print(f"{'apply: seconds (files → commit)':34} {mmm(totals, 's', 2):32} "
                  f"reading JSON {mmm(reads, 's', 2)}")
            print(f"{'  what one run wrote':34} {report.records_written:,} records: "
                  f"{report.companies_changed:,} companies changed, {report.companies_new:,} new, "
                  f"{report.flagged:,} flagged, {report.followups:,} follow-ups, {report.timeline:,} "
                  f"timeline lines")
            if not args.no_laptop:
                lap = laptop_sync(cluster, feed, tmp)
                print(f"{'laptop: first sync (before feed)':34} {lap['first_s']:.2f} s, "
                      f"{lap['first_pulled']:,} records")
                print(f"{'laptop: next ordinary sync':34} {lap['next_s']:.2f} s, {lap['pulled']:,} "
                      f"records pulled (finished: {lap['finished']}); then holds {lap['flagged']:,} "
                      f"flagged, {lap['lines']:,} timeline lines, {lap['followups']:,} follow-ups")
            print(load())
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
