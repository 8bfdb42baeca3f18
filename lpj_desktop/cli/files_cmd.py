"""`lpj files fetch-originals`: before a trip out of coverage, fetch the originals of the files
attached to your own companies and their visits (other laptops otherwise hold their thumbnails,
and an original comes when it is opened), within a limit you choose. The same engine function
as the app's (SyncEngine.fetch_trip_originals); a cut or Ctrl-C keeps what came, and the next
run goes on from there.

Exit status: 0 when every original within the limit is here, 1 on failure, 75 offline, 77 not
logged in, 130 interrupted.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from lpj_desktop.cli.common import CliError, fmt_count, open_cli_store, print_table

if TYPE_CHECKING:  # the engine is imported when a command runs, not for `lpj --help`
    from lpj_desktop.services.trip_files import TripPlan
    from lpj_desktop.sync_client.files import OriginalsProgress

DEFAULT_LIMIT_MB = 2000


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = subparsers.add_parser(
        "files", help="vedlagte filer (bilder og dokumenter)",
        description="Vedlagte filer. Andre maskiner får miniatyrbildene med synkroniseringen og "
                    "originalene når de åpnes; her kan du hente originalene på forhånd.")
    group.set_defaults(group_parser=group)
    commands = group.add_subparsers(dest="files_command", metavar="COMMAND")
    fetch = commands.add_parser(
        "fetch-originals", help="hent originalene til dine bedrifter før en tur",
        description="Hent originalene av filene som er lagt ved bedriftene du er ansvarlig for og "
                    "besøkene hos dem, nyeste først, så mange som får plass innenfor grensen. "
                    "Det som er hentet, blir liggende om forbindelsen brytes eller du avbryter "
                    "(Ctrl-C); neste gang fortsetter den der den slapp. Kjør `lpj sync` først for "
                    "å få med det nyeste.")
    fetch.add_argument("--maks-mb", type=int, default=DEFAULT_LIMIT_MB, metavar="MB",
                       help=f"hent høyst så mange megabyte (standard {DEFAULT_LIMIT_MB})")
    fetch.add_argument("--plan", action="store_true", help="vis hva som ville blitt hentet, uten å hente")
    fetch.add_argument("--quiet", action="store_true", help="ingen fremdrift på stderr")
    fetch.set_defaults(run=run_fetch_originals)


def _mb(size: int) -> str:
    """12,3 MB."""
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


def _plan_line(plan: TripPlan) -> str:
    text = (f"Dine bedrifter: {fmt_count(plan.companies)}. Originaler å hente: "
            f"{fmt_count(len(plan.files))} ({_mb(plan.bytes_to_fetch)})")
    if plan.here_already:
        text += f"; allerede her: {fmt_count(plan.here_already)}"
    if plan.over_budget:
        text += (f"; får ikke plass innenfor grensen: {fmt_count(plan.over_budget)} "
                 f"({_mb(plan.over_budget_bytes)})")
    return text + "."


def run_fetch_originals(args: argparse.Namespace) -> int:
    from lpj_desktop.cli.sync_cmd import engine_for, exit_status
    from lpj_desktop.services.trip_files import MB

    if args.maks_mb < 1:
        raise CliError("--maks-mb må være minst 1", status=2)
    store = open_cli_store(args)
    try:
        engine = engine_for(store)
        if args.plan:
            plan = engine.plan_trip_originals(args.maks_mb * MB)
            print(_plan_line(plan))
            if plan.files:
                print_table(["Fil", "Bedrift", "Størrelse"],
                            [(f.file_name, f.company_name, _mb(f.size - f.here)) for f in plan.files])
            return 0
        show = not args.quiet and sys.stderr.isatty()

        def progress(p: OriginalsProgress) -> None:
            if show:
                print(f"\r{p.file:>5}/{p.files}  {_mb(p.bytes_done)} av {_mb(p.bytes_total)}  "
                      f"{p.file_name[:40]:<40}", end="", file=sys.stderr, flush=True)

        result = engine.fetch_trip_originals(args.maks_mb * MB, progress=progress)
    finally:
        store.close()
    if show:
        print(file=sys.stderr)
    plan, report = result.plan, result.report
    print(_plan_line(plan))
    if not plan.files:
        return 0
    print(f"Hentet {fmt_count(report.fetched)} av {fmt_count(len(plan.files))} "
          f"({_mb(report.bytes_fetched)} over nettet).")
    if report.not_on_server:
        print(f"lpj: {fmt_count(report.not_on_server)} er ikke kommet fram til serveren ennå (maskinen de "
              "ble lagt ved på, sender dem når den er på nett); prøv igjen senere.", file=sys.stderr)
    if report.failure is not None:
        raise CliError(f"stoppet: {report.error}. Det som er hentet, blir liggende; kjør kommandoen "
                       "igjen for å fortsette.", status=exit_status(report.failure))
    if report.cancelled:
        print("lpj: avbrutt; kjør kommandoen igjen for å fortsette.", file=sys.stderr)
        return 130
    return 0 if report.fetched + report.here_already == len(plan.files) else 1
