"""`lpj export visits --format csv|xlsx PATH`."""

from __future__ import annotations

import argparse
from pathlib import Path

from lpj_desktop.cli.common import CliError, fmt_count, open_cli_store


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = subparsers.add_parser("export", help="eksporter data til CSV eller Excel",
                                  description="Eksporter data fra den lokale databasen.")
    group.set_defaults(group_parser=group)
    kinds = group.add_subparsers(dest="export_kind", metavar="WHAT")
    visits = kinds.add_parser(
        "visits", help="alle besøk, ett per rad",
        description="Eksporter alle besøk (bedrift, læreplassjeger, kontaktform, utfall, fag, neste "
                    "steg). I Excel er cellene typet: datoer som datoer, tall som tall.",
    )
    visits.add_argument("--format", choices=("csv", "xlsx"), help="filformat (standard: fra FIL)")
    visits.add_argument("path", type=Path, metavar="FIL")
    visits.set_defaults(run=run_visits)


def run_visits(args: argparse.Namespace) -> int:
    from lpj_desktop.services.visit_export import write_visits_csv, write_visits_xlsx

    fmt = args.format or args.path.suffix.lower().lstrip(".")
    if fmt not in ("csv", "xlsx"):
        raise CliError("oppgi --format csv eller --format xlsx (eller la FIL slutte på .csv eller "
                       ".xlsx)", status=2)
    if not args.path.parent.is_dir():
        raise CliError(f"mappen finnes ikke: {args.path.parent}")
    store = open_cli_store(args)
    try:
        with store.reader() as s:
            count = (write_visits_csv if fmt == "csv" else write_visits_xlsx)(s, args.path)
    finally:
        store.close()
    print(f"Skrev {fmt_count(count)} besøk til {args.path}")
    return 0
