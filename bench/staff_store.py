"""A big generated store for the staff benchmarks: 1,000,000 visits, 100,000 companies, a campaign of
10,000 targets. Written with plain sqlite3 bulk inserts on a store migrated by the app itself.

(bench/make_store.py from the importer work will replace this once it lands; the shape is the same.)

    python bench/staff_store.py /tmp/lpj-bench --visits 1000000
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lpj_desktop.domain import regions  # noqa: E402
from lpj_desktop.domain.codelists import trades  # noqa: E402
from lpj_desktop.domain.ladder import LADDER, Outcome  # noqa: E402
from lpj_desktop.paths import app_paths  # noqa: E402
from lpj_desktop.store.database import open_store  # noqa: E402
from sync.kernel.ids import company_id_for_orgnr, uuid7  # noqa: E402
from sync.kernel.orgnr import with_check_digit  # noqa: E402

CHANNELS = ["visit", "phone", "video", "email", "letter", "event"]
CHANNEL_W = [35, 35, 8, 12, 5, 5]
OUTCOME_W = [18, 22, 20, 14, 9, 6, 7, 4]
CAMPAIGN_ID = "0190a000-0000-7000-8000-00000000c001"  # busy: a fifth of all visits go to its targets
PLAIN_CAMPAIGN_ID = "0190a000-0000-7000-8000-00000000c002"  # targets visited as often as any company


def _ts(dt: datetime) -> str:
    return dt.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def build(data_dir: Path, n_visits: int = 1_000_000, n_companies: int = 100_000, n_hunters: int = 40,
          n_targets: int = 10_000, seed: int = 7) -> Path:
    """Create the store under `data_dir` (must not exist yet). Returns the database path."""
    rnd = random.Random(seed)
    paths = app_paths(data_dir)
    open_store(paths).close()  # migrated by the app, so the schema is exactly the app's
    db = sqlite3.connect(paths.database)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=OFF")
    now = _ts(datetime.now(UTC))
    t0 = time.perf_counter()

    teams = ["Nord-Troms", "Tromsø", "Sør-Troms", "Vest-Finnmark", "Øst-Finnmark", "Indre Finnmark"]
    first = ["Kari", "Ola", "Aslak", "Inger", "Per", "Sara", "Nils", "Marit", "Jon", "Elle", "Hans", "Anne"]
    last = ["Nordmann", "Hansen", "Sara", "Olsen", "Johansen", "Eira", "Berg", "Pedersen", "Utsi", "Isaksen"]
    hunters = []
    for i in range(n_hunters):
        hid = str(uuid.UUID(int=(0x0190A000_0000_7000_8000_000000000000 + i + 1)))
        hunters.append(hid)
        db.execute("INSERT INTO app_user (id,name,organisation,team,role,created_at,updated_at) "
                   "VALUES (?,?,?,?,?,?,?)",
                   (hid, f"{first[i % len(first)]} {last[(i * 7) % len(last)]} {i + 1}",
                    "Opplæringskontoret Nord", teams[i % len(teams)], "hunter", now, now))

    munis = [m for m in regions.municipalities_in({"55", "56"})]
    old_by_new = {v: k for k, v in regions.renumbering().items()}
    trade_names = [t.name for t in trades()]
    companies: list[tuple[str, str]] = []  # (id, municipality number)
    rows = []
    n = 80_000_000
    while len(rows) < n_companies:
        n += 1
        nr = with_check_digit(f"{n:08d}")
        if not nr:
            continue
        m = rnd.choice(munis)
        stored = old_by_new.get(m.number, m.number) if rnd.random() < 0.3 else m.number  # pre-2024 rows
        cid = company_id_for_orgnr(nr)
        companies.append((cid, stored))
        status = rnd.choices(["unknown", "potential", "approved_no_apprentices", "approved_with_apprentices"],
                             [60, 20, 8, 12])[0]
        name = f"Bedrift {len(rows) + 1} AS"
        rows.append((cid, nr, "register", name, stored, m.name, stored[:2], 0, 0, 0, 0, status,
                     json.dumps(rnd.sample(trade_names, 2) if status.startswith("approved") else []),
                     "[]", "[]", rnd.choice(hunters), now, now))
    db.executemany(
        "INSERT INTO company (id,orgnr,source,name,municipality_number,municipality_name,county_number,"
        "is_subunit,bankrupt,under_liquidation,forced_dissolution,lb_status,approved_trades,"
        "interest_trades,tags,owner_id,created_at,updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows)
    print(f"companies: {len(rows):,} in {time.perf_counter() - t0:.1f} s", flush=True)

    db.execute("INSERT INTO campaign (id,name,organisation,starts_on,ends_on,letters_sent,social_views,"
               "link_clicks,created_at,updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
               (CAMPAIGN_ID, "Læreplassjeger 2025", "Opplæringskontoret Nord", "2025-06-01", "2025-10-31",
                8000, 412000, 5300, now, now))
    targets = rnd.sample(companies, min(n_targets, len(companies) // 2))
    db.executemany("INSERT INTO campaign_target (id,campaign_id,company_id,letter_sent_on,added_from,"
                   "created_at,updated_at) VALUES (?,?,?,?,?,?,?)",
                   [(uuid7(), CAMPAIGN_ID, cid, "2025-06-02", "filter", now, now) for cid, _ in targets])

    start = datetime(2021, 1, 1, tzinfo=UTC)
    span = (datetime(2025, 11, 30, tzinfo=UTC) - start).total_seconds()
    target_ids = [c for c, _ in targets]
    batch = []
    best: dict[str, int] = {}
    t1 = time.perf_counter()
    for i in range(n_visits):
        # A fifth of the visits go to campaign targets in the campaign period: it is a busy campaign.
        if i % 5 == 0:
            cid = rnd.choice(target_ids)
            when = datetime(2025, 6, 1, 7, tzinfo=UTC) + timedelta(seconds=rnd.random() * 152 * 86400)
        else:
            cid = rnd.choice(companies)[0]
            when = start + timedelta(seconds=rnd.random() * span)
        outcome = rnd.choices(LADDER, OUTCOME_W)[0]
        discussed = rnd.sample(trade_names, rnd.choice((0, 1, 1, 2)))
        places = []
        if outcome.rank >= Outcome.PLACE_OFFERED.rank:
            trade = discussed[0] if discussed else rnd.choice(trade_names)
            places = [{"trade": trade, "count": rnd.choice((1, 1, 1, 2, 3))}]
        best[cid] = max(best.get(cid, -1), outcome.rank)
        batch.append((uuid7(), cid, rnd.choice(hunters), _ts(when), rnd.choices(CHANNELS, CHANNEL_W)[0],
                      json.dumps(discussed), outcome.value, json.dumps(places), "Generert besøk", now, now))
        if len(batch) == 50_000:
            db.executemany("INSERT INTO visit (id,company_id,hunter_id,occurred_at,channel,trades,outcome,"
                           "places,notes,created_at,updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", batch)
            batch.clear()
            print(f"  visits {i + 1:,} ({time.perf_counter() - t1:.0f} s)", flush=True)
    if batch:
        db.executemany("INSERT INTO visit (id,company_id,hunter_id,occurred_at,channel,trades,outcome,"
                       "places,notes,created_at,updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)", batch)
    db.executemany("UPDATE company SET stage=? WHERE id=?", [(LADDER[r].value, c) for c, r in best.items()])
    goals = []
    for hid in hunters:
        goals.append((uuid7(), "hunter", hid, "2025-06-01", "2025-10-31", 2200, 600, 150, now, now))
    for team in teams:
        goals.append((uuid7(), "team", team, "2025-06-01", "2025-10-31", 15000, 4000, 1000, now, now))
    db.executemany("INSERT INTO goal (id,scope,subject,period_start,period_end,visits,agreements,places,"
                   "created_at,updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)", goals)
    db.commit()
    db.execute("ANALYZE")
    db.commit()
    db.close()
    add_plain_campaign(paths.database, n_targets)
    print(f"store ready in {time.perf_counter() - t0:.0f} s: {paths.database}", flush=True)
    return paths.database


def add_plain_campaign(db_file: Path, n_targets: int = 10_000, seed: int = 11) -> None:
    """A second campaign of 10,000 random companies with no extra visits: the ordinary case."""
    rnd = random.Random(seed)
    db = sqlite3.connect(db_file)
    if db.execute("SELECT 1 FROM campaign WHERE id=?", (PLAIN_CAMPAIGN_ID,)).fetchone():
        db.close()
        return
    now = _ts(datetime.now(UTC))
    ids = [r[0] for r in db.execute("SELECT id FROM company")]
    db.execute("INSERT INTO campaign (id,name,organisation,starts_on,ends_on,letters_sent,social_views,"
               "link_clicks,created_at,updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
               (PLAIN_CAMPAIGN_ID, "Vårkampanje 2024", "Opplæringskontoret Nord", "2024-01-08", "2024-05-31",
                10000, 98000, 2100, now, now))
    db.executemany("INSERT INTO campaign_target (id,campaign_id,company_id,letter_sent_on,added_from,"
                   "created_at,updated_at) VALUES (?,?,?,?,?,?,?)",
                   [(uuid7(), PLAIN_CAMPAIGN_ID, cid, "2024-01-10", "file", now, now)
                    for cid in rnd.sample(ids, min(n_targets, len(ids)))])
    db.commit()
    db.execute("ANALYZE")
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--companies", type=int, default=100_000)
    args = parser.parse_args()
    if args.data_dir.exists():
        sys.exit(f"{args.data_dir} exists; give a new folder")
    build(args.data_dir, args.visits, args.companies)


if __name__ == "__main__":
    main()
