"""`lpj export visits --format csv|xlsx PATH`."""

from __future__ import annotations

import argparse
from pathlib import Path

from lpj_desktop.cli.common import CliError, open_cli_store


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = subparsers.add_parser("export", help="export data to CSV or Excel",
                                  description="Export data from the local store.")
    group.set_defaults(group_parser=group)
    kinds = group.add_subparsers(dest="export_kind", metavar="WHAT")
    visits = kinds.add_parser(
        "visits", help="all visits, one row each",
        description="Export all visits (company, hunter, channel, outcome, trades, next step). "
                    "Excel cells are typed: dates as dates, numbers as numbers.",
    )
    visits.add_argument("--format", choices=("csv", "xlsx"), help="file format (default: from PATH)")
    visits.add_argument("path", type=Path, metavar="PATH")
    visits.set_defaults(run=run_visits)


def run_visits(args: argparse.Namespace) -> int:
    from lpj_desktop.services.visit_export import write_visits_csv, write_visits_xlsx

    fmt = args.format or args.path.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise CliError("say --format csv or --format xlsx (or end PATH with .csv or .xlsx)", status=2)
    if not args.path.parent.is_dir():
        raise CliError(f"no such folder: {args.path.parent}")
    store = open_cli_store(args)
    try:
        with store.reader() as s:
            count = (write_visits_csv if fmt == "csv" else write_visits_xlsx)(s, args.path)
    finally:
        store.close()
    print(f"Wrote {count:,} visits to {args.path}")
    return 0
