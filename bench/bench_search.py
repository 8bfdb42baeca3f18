"""Company search latency on a big store (200,000 companies, 1,000,000 visits by default).

    python bench/bench_search.py [--data-dir DIR] [--companies N] [--visits N] [--rounds 5]

Builds the store with bench/make_store.py when DIR has none (kept for the next run). Times the
list page the app shows (first 200 rows, sorted by name) and the match count, for the three kinds
of search the issue names: a substring of a name, an organisation-number prefix and a municipality
name; and names found by municipality number (Sami and Kven names, counties). Target (issue 2):
p95 < 20 ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from sqlalchemy import func, select  # noqa: E402

from bench.make_store import build_store  # noqa: E402
from lpj_desktop.paths import app_paths  # noqa: E402
from lpj_desktop.services.companies import CompanyQuery, count_companies, search_companies  # noqa: E402
from lpj_desktop.store.database import open_store  # noqa: E402
from lpj_desktop.store.models import Company, Visit  # noqa: E402

NAME_PARTS = ("bygg", "rør", "elektro", "holding", "transport", "regnskap", "hotell", "maskin", "fisk",
              "service", "anlegg", "frisør", "bakeri", "kjøkken", "entreprenør", "tømrer", "sjømat",
              "eiendom", "handel", "data", "maler", "helse", "bil", "vvs", "it")
MUNICIPALITIES = ("Tromsø", "Alta", "Vadsø", "Harstad", "Hammerfest", "Nordreisa", "Senja", "Bergen",
                  "Oslo", "Bodø", "Kautokeino", "Vardø")
# Names the stored text may not hold (companies store one form): found through the municipality
# index. Counties stand for all their municipalities.
OTHER_NAMES = ("Kárášjohka", "Guovdageaidnu", "Unjárga", "Deatnu", "Hárstták", "Gáivuotna", "Tromso",
               "Finnmárku", "Romsa")


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/lpj-bench-store"))
    parser.add_argument("--companies", type=int, default=200_000)
    parser.add_argument("--visits", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=5, help="times each query is repeated")
    args = parser.parse_args(argv)

    if not app_paths(args.data_dir).database.exists():
        print(f"building the store in {args.data_dir} …", file=sys.stderr)
        build_store(args.data_dir, companies=args.companies, visits=args.visits,
                    progress=lambda m: print("  " + m, file=sys.stderr))
    store = open_store(app_paths(args.data_dir))
    rng = random.Random(3)
    with store.reader() as s:
        n_companies = s.scalar(select(func.count()).select_from(Company))
        n_visits = s.scalar(select(func.count()).select_from(Visit))
        orgnrs = list(s.scalars(select(Company.orgnr).where(Company.orgnr.is_not(None)).limit(50_000)))
        names = list(s.scalars(select(Company.name).limit(50_000)))
    prefixes = sorted({o[:n] for o in rng.sample(orgnrs, 20) for n in (3, 5, 7)})
    # A company's own name word (what a hunter types to find one company): few matches.
    own_words = sorted({n.split()[0][1:6].lower() for n in rng.sample(names, 25) if len(n.split()[0]) > 6})
    kinds = {
        "name, common word": list(NAME_PARTS),
        "name, own word": own_words,
        "orgnr prefix": prefixes,
        "municipality name": list(MUNICIPALITIES),
        "Sami/Kven, county": list(OTHER_NAMES),
    }
    print(f"\nCompany search on {n_companies:,} companies / {n_visits:,} visits ({store.path})\n")
    print(f"{'search':<20}{'what':<8}{'queries':>8}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}"
          f"{'avg hits':>10}  target p95 < 20 ms")
    try:
        for kind, texts in kinds.items():
            page_ms: list[float] = []
            count_ms: list[float] = []
            hits: list[int] = []
            with store.reader() as s:
                for _ in range(args.rounds):
                    for text in texts:
                        q = CompanyQuery(text=text)
                        t = time.perf_counter()
                        search_companies(s, q, limit=200)
                        page_ms.append((time.perf_counter() - t) * 1000)
                        t = time.perf_counter()
                        hits.append(count_companies(s, q))
                        count_ms.append((time.perf_counter() - t) * 1000)
            for what, ms in (("page", page_ms), ("count", count_ms)):
                print(f"{kind:<20}{what:<8}{len(ms):>8}{statistics.median(ms):>9.1f}{_pct(ms, 95):>9.1f}"
                      f"{max(ms):>9.1f}{statistics.mean(hits):>10,.0f}")
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
