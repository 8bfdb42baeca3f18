"""`lpj import brreg FILE`: fill or refresh the company register from an Enhetsregisteret file."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from lpj_desktop.cli.common import CliError, open_cli_store

BAR_WIDTH = 30


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = subparsers.add_parser("import", help="import data into the local store",
                                  description="Import data into the local store.")
    group.set_defaults(group_parser=group)
    kinds = group.add_subparsers(dest="import_kind", metavar="KIND")
    brreg = kinds.add_parser(
        "brreg", help="companies from an Enhetsregisteret bulk file",
        description="Import or refresh companies from an Enhetsregisteret bulk download (enheter or "
                    "underenheter; CSV or JSON; plain or gzip). Register facts are refreshed; what "
                    "hunters entered is never overwritten. By default only Troms and Finnmark are kept.",
    )
    brreg.add_argument("file", type=Path, metavar="FILE")
    brreg.add_argument("--county", help="keep these counties, by number or any official name, "
                                        "e.g. 55,56 or Troms,Finnmárku (54 means both)")
    brreg.add_argument("--municipality", help="keep only these municipalities, by number or any official "
                                              "name, e.g. 5501,5601 or Tromsø,Karasjok,Guovdageaidnu")
    brreg.add_argument("--all-counties", action="store_true", help="keep units from all of Norway")
    brreg.set_defaults(run=run_brreg)


def _places(text: str | None, width: int, what: str) -> set[str] | None:
    """The numbers of the counties (width 2) or municipalities (width 4) a comma-separated option
    names, each by number or by any of its official names; refused in words if one is unknown."""
    from lpj_desktop.domain import regions

    if not text:
        return None
    out: set[str] = set()
    for part in (p.strip() for p in text.split(",")):
        if not part:
            continue
        if part.isdigit() and len(part) != width:
            raise CliError(f"not a {what} number: {part} (expected {width} digits)", status=2)
        found = regions.find_county(part) if width == 2 else regions.find_municipality(part)
        if found is not None:
            out.add(found.number)
            continue
        shared = [] if part.isdigit() else (
            regions.counties_named(part) if width == 2 else regions.municipalities_named(part))
        if shared:
            names = ", ".join(f"{p.label} ({p.number})" for p in shared)
            raise CliError(f"{part} names more than one {what}: {names}; give the number", status=2)
        raise CliError(f"unknown {what}: {part} (give its number or one of its names)", status=2)
    return out


class _Bar:
    """A progress bar on stderr, drawn only when stderr is a terminal."""

    def __init__(self) -> None:
        self.tty = sys.stderr.isatty()
        self.last = 0.0

    def __call__(self, p) -> None:  # type: ignore[no-untyped-def]
        now = time.monotonic()
        if not self.tty or (now - self.last < 0.1 and p.fraction < 1):
            return
        self.last = now
        filled = int(BAR_WIDTH * p.fraction)
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {p.fraction:4.0%}  "
                         f"{p.rows_read:,} rows")
        sys.stderr.flush()

    def done(self) -> None:
        if self.tty and self.last:
            sys.stderr.write("\n")


def run_brreg(args: argparse.Namespace) -> int:
    from lpj_desktop.importers.brreg import import_register

    counties = _places(args.county, 2, "county")
    municipalities = _places(args.municipality, 4, "municipality")
    if not args.file.exists():
        raise CliError(f"no such file: {args.file}")
    store = open_cli_store(args)
    bar = _Bar()
    try:
        summary = import_register(store, args.file, counties=counties, municipalities=municipalities,
                                  all_counties=args.all_counties, progress=bar)
    finally:
        bar.done()
        store.close()
    print(f"Imported {args.file.name} ({summary.format.label}) in {summary.seconds:.1f} s")
    for label, value in (("rows read", summary.rows_read), ("new", summary.new),
                         ("updated", summary.updated), ("unchanged", summary.unchanged),
                         ("skipped by filter", summary.skipped), ("rejected", summary.rejected_count)):
        print(f"  {label:<18}{value:>10,}")
    if summary.inactive:
        print(f"  {'of them inactive':<18}{summary.inactive:>10,}  "
              "(bankrupt, dissolving or deleted: flagged, kept)")
    for r in summary.rejected[:50]:
        print(f"  rejected {summary.position_label} {r.line}: {r.orgnr or '-'}: {r.reason}")
    if summary.rejected_count > 50:
        print(f"  … and {summary.rejected_count - 50:,} more rejected rows")
    return 0
