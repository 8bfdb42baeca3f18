"""The store the GUI benchmarks run on: 200,000 companies and 1,000,000 visits.

Uses the importer engineer's `bench.make_store.build_store` when it is there; otherwise a quick
generator of our own (random but realistic-looking rows written with plain SQL), so the GUI can be
measured before that lands. The store is built once and reused (pass --rebuild to start over).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from lpj_desktop.domain import regions
from lpj_desktop.domain.ladder import LADDER
from lpj_desktop.paths import AppPaths, app_paths
from lpj_desktop.services.profile import set_profile
from lpj_desktop.store.database import open_store
from sync.kernel.ids import company_id_for_orgnr, uuid7
from sync.kernel.orgnr import with_check_digit

DEFAULT_DIR = Path(os.environ.get("LPJ_BENCH_DIR", "/tmp/lpj-bench-gui"))
WORDS = (
    "Nord",
    "Arktisk",
    "Fjord",
    "Alta",
    "Polar",
    "Kyst",
    "Elektro",
    "Bygg",
    "Rør",
    "Maskin",
    "Fisk",
    "Auto",
    "Tre",
    "Stål",
    "Service",
    "Varme",
    "Bil",
    "Havbruk",
    "Mat",
    "Frisør",
    "Energi",
    "Vekst",
    "Berg",
    "Lys",
)
SUFFIX = ("AS", "AS", "AS", "ENK", "SA", "ANS")
INDUSTRY = (
    "43.210",
    "43.221",
    "41.200",
    "45.200",
    "10.200",
    "96.021",
    "56.101",
    "43.320",
    "33.120",
    "49.410",
)


def _fmt(dt: datetime) -> str:
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ")


def generate(paths: AppPaths, companies: int, visits: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    store = open_store(paths)
    with store.session() as s:
        me = set_profile(s, display_name="Bench Hunter", organisation="Opplæringskontoret Nord").user_id
    store.close()
    munis = regions.municipalities_in({"55", "56"})
    con = sqlite3.connect(paths.database)
    con.execute("PRAGMA synchronous=OFF")
    now = datetime.now(UTC)
    stamp = _fmt(now)
    ids: list[str] = []
    rows = []
    used: set[str] = set()
    while len(rows) < companies:
        nr = with_check_digit(str(rng.randint(81_000_000, 99_999_999)))
        if nr is None or nr in used:
            continue
        used.add(nr)
        m = rng.choice(munis)
        cid = company_id_for_orgnr(nr)
        ids.append(cid)
        name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {rng.choice(SUFFIX)}"
        rows.append(
            (
                cid,
                stamp,
                stamp,
                nr,
                "register",
                name,
                "AS",
                rng.choice(INDUSTRY),
                rng.randint(0, 300),
                m.number,
                m.name,
                m.county_number,
                0,
                0,
                0,
                0,
                "unknown",
                "[]",
                "[]",
                "[]",
            )
        )
    con.executemany(
        "INSERT INTO company (id, created_at, updated_at, orgnr, source, name, legal_form, industry_code,"
        " employees, municipality_number, municipality_name, county_number, is_subunit, bankrupt,"
        " under_liquidation,"
        " forced_dissolution, lb_status, approved_trades, interest_trades, tags)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    con.commit()
    outcomes = [o.value for o in LADDER]
    channels = ("visit", "phone", "video", "email")
    batch = []
    for _ in range(visits):
        when = now - timedelta(minutes=rng.randint(60, 60 * 24 * 900))
        batch.append(
            (
                uuid7(),
                stamp,
                stamp,
                rng.choice(ids),
                me,
                _fmt(when),
                rng.choice(channels),
                "[]",
                rng.choice(outcomes),
                "[]",
            )
        )
        if len(batch) == 50_000:
            con.executemany(
                "INSERT INTO visit (id, created_at, updated_at, company_id, hunter_id, occurred_at,"
                " channel, trades, outcome, places) VALUES (?,?,?,?,?,?,?,?,?,?)",
                batch,
            )
            batch.clear()
    if batch:
        con.executemany(
            "INSERT INTO visit (id, created_at, updated_at, company_id, hunter_id, occurred_at,"
            " channel, trades, outcome, places) VALUES (?,?,?,?,?,?,?,?,?,?)",
            batch,
        )
    # Derived columns, as services.stage would keep them (latest outcome is close enough for a bench).
    con.execute(
        "UPDATE company SET last_contact_at = (SELECT max(occurred_at) FROM visit"
        " WHERE visit.company_id = company.id)"
    )
    con.execute(
        "UPDATE company SET stage = (SELECT outcome FROM visit WHERE visit.company_id = company.id"
        " ORDER BY occurred_at DESC LIMIT 1)"
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def _ensure_profile(paths: AppPaths) -> None:
    """A set-up profile, so the app opens on the company list and not on the welcome page."""
    from lpj_desktop.services.profile import is_set_up

    store = open_store(paths)
    try:
        with store.session() as s:
            if not is_set_up(s):
                set_profile(s, display_name="Bench Hunter", organisation="Opplæringskontoret Nord")
    finally:
        store.close()


def ensure_store(
    folder: Path = DEFAULT_DIR, *, companies: int = 200_000, visits: int = 1_000_000, rebuild: bool = False
) -> AppPaths:
    """The bench store's paths, building it first when it does not exist yet."""
    paths = app_paths(folder)
    marker = folder / f".built-v2-{companies}-{visits}"  # v2: a 25k-visit company, campaign visits
    if marker.exists() and not rebuild:
        return paths
    if folder.exists():
        import shutil

        shutil.rmtree(folder)
    started = time.perf_counter()
    try:
        from bench.make_store import build_store  # type: ignore[import-not-found]
    except ImportError:
        build_store = None
    if build_store is not None:
        build_store(paths.data_dir, companies=companies, visits=visits)
        _ensure_profile(paths)
        source = "bench.make_store"
    else:
        generate(paths, companies, visits)
        source = "bench.gui_store (fallback)"
    marker.touch()
    print(
        f"built {companies:,} companies / {visits:,} visits with {source} in "
        f"{time.perf_counter() - started:.0f} s at {folder}"
    )
    return paths


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--companies", type=int, default=200_000)
    ap.add_argument("--visits", type=int, default=1_000_000)
    a = ap.parse_args()
    ensure_store(companies=a.companies, visits=a.visits, rebuild=a.rebuild)
