"""Enhetsregisteret import speed and memory on a realistic national-size file.

    python bench/bench_import.py [--rows 1000000] [--workdir /tmp/lpj-bench-import]

Generates (once, cached in --workdir, never committed) a gzipped CSV with the real 56-column
header, rows modelled on the real Troms/Finnmark sample, valid organisation numbers and
municipalities spread over Norway so that about 5 % (≈50,000 of 1,000,000) are in Troms or
Finnmark, a few with old 54xx numbers. Each measurement runs in a fresh child process, so its
peak RSS is its own.

Targets (issue 2): ≥100,000 rows/s parsed and filtered from gzipped CSV; 50,000 county rows
written in < 5 s; peak memory < 300 MB on the 1,000,000-row file.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from lpj_desktop.domain import regions  # noqa: E402
from lpj_desktop.resources import resource as app_resource  # noqa: E402
from sync.kernel.orgnr import with_check_digit  # noqa: E402

SAMPLE = app_resource("demo", "enheter-troms-finnmark.csv")


def _peak_rss_mb() -> float:
    # Linux reports ru_maxrss in kilobytes (macOS in bytes).
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / (1024 if sys.platform == "darwin" else 1)


def make_file(path: Path, rows: int, seed: int = 7) -> tuple[int, int]:
    """Write the generated register file. Returns (rows, rows in Troms/Finnmark)."""
    rng = random.Random(seed)
    with SAMPLE.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        templates = list(reader)
    col = {name: i for i, name in enumerate(header)}
    all_munis = [m for m in regions.municipalities_in({f"{i:02d}" for i in range(1, 100)})
                 if m.county_number not in ("55", "56", "54")]
    home = regions.municipalities_in({"55", "56"})
    old_numbers = {new: old for old, new in regions.renumbering().items()}
    county_rows = 0
    serial = 81_000_000
    with gzip.open(path, "wt", encoding="utf-8", newline="", compresslevel=6) as out:
        writer = csv.writer(out, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        for n in range(rows):
            while True:
                serial += 1
                orgnr = with_check_digit(f"{serial:08d}")
                if orgnr:
                    break
            row = list(templates[n % len(templates)])
            row[col["organisasjonsnummer"]] = orgnr
            if rng.random() < 0.05:
                m = rng.choice(home)
                county_rows += 1
                number = old_numbers.get(m.number, m.number) if rng.random() < 0.05 else m.number
            else:
                m = rng.choice(all_munis)
                number = m.number
            row[col["forretningsadresse.kommunenummer"]] = number
            row[col["forretningsadresse.kommune"]] = m.name.upper()
            if row[col["postadresse.kommunenummer"]]:  # the post box is in the same municipality
                row[col["postadresse.kommunenummer"]] = number
                row[col["postadresse.kommune"]] = m.name.upper()
            row[col["navn"]] = f"{row[col['navn']].split(' ')[0]} {rng.randrange(100000)} AS"
            if rng.random() < 0.002:
                row[col["konkurs"]] = "true"
            writer.writerow(row)
    return rows, county_rows


def child(mode: str, file: Path, data_dir: Path) -> dict[str, float]:
    """One measurement, in this (fresh) process."""
    from lpj_desktop.importers.brreg import import_register
    from lpj_desktop.paths import app_paths
    from lpj_desktop.store.database import open_store

    store = open_store(app_paths(data_dir))
    try:
        # "01" (Østfold before 2020): no unit matches, nothing is written — parsing and filtering only.
        counties = {"01"} if mode == "parse" else None
        start = time.perf_counter()
        s = import_register(store, file, counties=counties)
        seconds = time.perf_counter() - start
    finally:
        store.close()
    return {"seconds": seconds, "rows": s.rows_read, "new": s.new, "unchanged": s.unchanged,
            "updated": s.updated, "skipped": s.skipped, "rejected": s.rejected_count,
            "peak_mb": _peak_rss_mb()}


def run_child(mode: str, file: Path, data_dir: Path) -> dict[str, float]:
    proc = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(file), str(data_dir)],
        capture_output=True, text=True, check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/lpj-bench-import"))
    parser.add_argument("--child", nargs=3, metavar=("MODE", "FILE", "DATA_DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        mode, file, data_dir = args.child
        print(json.dumps(child(mode, Path(file), Path(data_dir))))
        return 0

    args.workdir.mkdir(parents=True, exist_ok=True)
    big = args.workdir / f"enheter-{args.rows}.csv.gz"
    if not big.exists():
        t = time.perf_counter()
        rows, county = make_file(big.with_suffix(".part"), args.rows)
        big.with_suffix(".part").rename(big)
        print(f"generated {big} ({rows:,} rows, {county:,} in Troms/Finnmark, "
              f"{big.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.0f} s", file=sys.stderr)

    # The county rows alone, as a plain file: "50,000 county rows written" without the rest.
    county_file = args.workdir / f"county-{args.rows}.csv"
    if not county_file.exists():
        from lpj_desktop.domain.regions import county_of
        with gzip.open(big, "rt", encoding="utf-8", newline="") as src, \
                county_file.open("w", encoding="utf-8", newline="") as dst:
            reader, writer = csv.reader(src), csv.writer(dst, quoting=csv.QUOTE_ALL)
            header = next(reader)
            writer.writerow(header)
            idx = header.index("forretningsadresse.kommunenummer")
            writer.writerows(r for r in reader if county_of(r[idx]) in ("55", "56"))

    stores = args.workdir / "stores"
    shutil.rmtree(stores, ignore_errors=True)
    parse = run_child("parse", big, stores / "parse")
    fresh = run_child("import", big, stores / "full")
    again = run_child("import", big, stores / "full")
    county = run_child("import", county_file, stores / "county")

    print(f"\nEnhetsregisteret import, {args.rows:,}-row gzipped CSV ({big.stat().st_size / 1e6:.0f} MB)\n")
    print(f"{'measurement':<44}{'rows':>10}{'written':>10}{'seconds':>9}{'rows/s':>10}{'peak MB':>9}"
          f"  target")
    lines = [
        ("parse + filter (no unit matches: county 01)", parse, 0, "≥100,000 rows/s"),
        ("full import, empty store (Troms+Finnmark)", fresh, fresh["new"], "peak < 300 MB"),
        ("re-import, same file (nothing changes)", again, again["updated"] + again["new"], ""),
        ("county rows only, empty store (plain CSV)", county, county["new"], "< 5 s"),
    ]
    for label, r, written, target in lines:
        print(f"{label:<44}{int(r['rows']):>10,}{int(written):>10,}{r['seconds']:>9.2f}"
              f"{r['rows'] / r['seconds']:>10,.0f}{r['peak_mb']:>9.0f}  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
