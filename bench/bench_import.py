"""Enhetsregisteret import speed and memory on a realistic national-size file.

    python -m bench.bench_import [--rows 1000000] [--runs 3] [--workdir /tmp/lpj-bench-import]

Generates (once, cached in --workdir, never committed) a gzipped CSV with the real 56-column
header, rows modelled on the real Troms/Finnmark sample, valid organisation numbers and
municipalities spread over Norway so that about 5 % (≈50,000 of 1,000,000) are in Troms or
Finnmark (their share of the real register), a few with old 54xx numbers.

Each run is what a person types: `lpj --data-dir D import brreg FILE` (the real console entry; its
default filter keeps Troms and Finnmark, 55 + 56), in a fresh process on an empty store, then the
same file again on that store (next month's refresh: nothing changes). Rows/s is over the whole
file (every row read, kept or skipped) and wall time of the process, start-up included; peak RSS
is the process's own (wait4).

Targets (issue 22): ≥ 100,000 rows/s; peak memory < 300 MB.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from lpj_desktop.domain import regions  # noqa: E402
from lpj_desktop.resources import resource as app_resource  # noqa: E402
from sync.kernel.orgnr import with_check_digit  # noqa: E402

SAMPLE = app_resource("demo", "enheter-troms-finnmark.csv")


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


def run_cli(file: Path, data_dir: Path) -> dict[str, float]:
    """`lpj --data-dir D import brreg FILE` (default filter: Troms and Finnmark, 55 + 56) in a fresh
    process; wall seconds and the process's peak RSS (from wait4), and its own summary lines."""
    lpj = Path(sys.executable).parent / "lpj"
    with tempfile.TemporaryFile("w+") as out_f, tempfile.TemporaryFile("w+") as err_f:
        started = time.perf_counter()
        proc = subprocess.Popen([str(lpj), "--data-dir", str(data_dir), "import", "brreg", str(file)],
                                stdout=out_f, stderr=err_f, text=True)
        _, status, usage = os.wait4(proc.pid, 0)  # reaps it and gives its own peak RSS
        seconds = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out_f.seek(0)
        err_f.seek(0)
        out, err = out_f.read(), err_f.read()
    if proc.returncode:
        raise SystemExit(f"lpj import brreg failed ({proc.returncode}):\n{err}")
    figures = {label.strip(): int(value.replace("\u00a0", "").replace(" ", ""))
               for label, value in re.findall(r"^  ([a-zæøå ]+?)\s{2,}([\d \u00a0]+)$", out, re.M)}
    return {"seconds": seconds, "rows": figures.get("rader lest", 0), "new": figures.get("nye", 0),
            "updated": figures.get("oppdatert", 0), "unchanged": figures.get("uendret", 0),
            "peak_mb": usage.ru_maxrss / 1024, "out": out}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/lpj-bench-import"))
    args = parser.parse_args(argv)

    args.workdir.mkdir(parents=True, exist_ok=True)
    big = args.workdir / f"enheter-v2-{args.rows}.csv.gz"
    if not big.exists():
        t = time.perf_counter()
        rows, county = make_file(big.with_suffix(".part"), args.rows)
        big.with_suffix(".part").rename(big)
        print(f"generated {big} ({rows:,} rows, {county:,} in Troms/Finnmark, "
              f"{big.stat().st_size / 1e6:.0f} MB) in {time.perf_counter() - t:.0f} s", file=sys.stderr)

    stores = args.workdir / "stores"
    fresh, again = [], []
    for i in range(args.runs):
        shutil.rmtree(stores, ignore_errors=True)
        fresh.append(run_cli(big, stores / f"s{i}"))
        again.append(run_cli(big, stores / f"s{i}"))  # the next month's file: nothing changes

    def rate(r: dict[str, float]) -> float:
        return r["rows"] / r["seconds"]

    print(f"\nlpj import brreg {big.name}: {fresh[0]['rows']:,} rows, {big.stat().st_size / 1e6:.0f} MB "
          f"gzipped CSV (56 columns, all quoted); filter: Troms + Finnmark (default, 55 + 56); "
          f"{fresh[0]['new']:,} kept; load {os.getloadavg()[0]:.2f}\n")
    print(f"{'measure':<46}{'n':>3}{'min':>10}{'median':>10}{'max':>10}  target")
    for label, runs, fn, fmt, target in (
        ("first import, empty store (rows/s, whole file)", fresh, rate, ",.0f", "≥ 100,000"),
        ("re-import, nothing changes (rows/s)", again, rate, ",.0f", "≥ 100,000"),
        ("first import: wall seconds", fresh, lambda r: r["seconds"], ".2f", ""),
        ("peak resident memory, any run (MB)", fresh + again, lambda r: r["peak_mb"], ".0f", "< 300"),
    ):
        v = [fn(r) for r in runs]
        print(f"{label:<46}{len(v):>3}{min(v):>10{fmt}}{statistics.median(v):>10{fmt}}{max(v):>10{fmt}}"
              f"  {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
