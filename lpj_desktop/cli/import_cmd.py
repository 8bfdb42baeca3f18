"""`lpj import brreg FILE`: fill or refresh the company register from an Enhetsregisteret file."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from lpj_desktop.cli.common import CliError, fmt_count, open_cli_store

BAR_WIDTH = 30


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = subparsers.add_parser("import", help="importer data til den lokale databasen",
                                  description="Importer data til den lokale databasen.")
    group.set_defaults(group_parser=group)
    kinds = group.add_subparsers(dest="import_kind", metavar="KIND")
    brreg = kinds.add_parser(
        "brreg", help="bedrifter fra en totalfil fra Enhetsregisteret",
        description="Importer eller oppdater bedrifter fra en totalfil fra Enhetsregisteret (enheter eller "
                    "underenheter; CSV eller JSON; vanlig eller gzip). Registeropplysningene oppdateres; "
                    "det læreplassjegerne har lagt inn, blir aldri overskrevet. Uten valg beholdes bare "
                    "Troms og Finnmark. Tar også endringsfiler (lagrede sider fra oppdateringer/enheter "
                    "og oppdateringer/underenheter, eller mapper med dem): de brukes etter samme regler "
                    "som på serveren, for en PC uten server.",
    )
    brreg.add_argument("files", type=Path, nargs="+", metavar="FIL")
    brreg.add_argument("--county", help="behold disse fylkene, med nummer eller et offisielt navn, "
                                        "f.eks. 55,56 eller Troms,Finnmárku (54 betyr begge)")
    brreg.add_argument("--municipality", help="behold bare disse kommunene, med nummer eller et offisielt "
                                              "navn, f.eks. 5501,5601 eller Tromsø,Karasjok,Guovdageaidnu")
    brreg.add_argument("--all-counties", action="store_true", help="behold enheter fra hele Norge")
    brreg.set_defaults(run=run_brreg)


def _run_feed(args: argparse.Namespace, counties: set[str] | None) -> int:
    from lpj_desktop.importers.brreg import DEFAULT_COUNTIES
    from lpj_desktop.importers.register_feed import FeedError, apply_feed

    keep = None if args.all_counties else frozenset(counties) if counties else DEFAULT_COUNTIES
    store = open_cli_store(args)
    try:
        summary = apply_feed(store, args.files, counties=keep)
    except FeedError as exc:
        raise CliError(f"endringene ble ikke brukt (ingenting er endret): {exc}") from exc
    finally:
        store.close()
    for stream, (before, after) in summary.cursors.items():
        print(f"{stream}: oppdatering {before} → {after}")
    for label, value in (("nye endringer", summary.changes), ("sett før", summary.replayed),
                         ("bedrifter endret", summary.changed), ("nye bedrifter", summary.new),
                         ("uendret", summary.unchanged), ("ikke i registeret her", summary.not_held),
                         ("merket inaktive", summary.flagged), ("oppfølginger", summary.followups),
                         ("ansvarlig har sluttet", summary.owner_gone)):
        print(f"  {label:<22}{fmt_count(value):>10}")
    return 0


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
            raise CliError(f"ikke et {what}nummer: {part} (skal ha {width} sifre)", status=2)
        found = regions.find_county(part) if width == 2 else regions.find_municipality(part)
        if found is not None:
            out.add(found.number)
            continue
        shared = [] if part.isdigit() else (
            regions.counties_named(part) if width == 2 else regions.municipalities_named(part))
        if shared:
            names = ", ".join(f"{p.label} ({p.number})" for p in shared)
            raise CliError(f"{part} er navnet på flere: {names}; skriv nummeret", status=2)
        raise CliError(f"ukjent {what}: {part} (skriv nummeret eller et av navnene)", status=2)
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
                         f"{p.rows_read:,} rader".replace(",", " "))
        sys.stderr.flush()

    def done(self) -> None:
        if self.tty and self.last:
            sys.stderr.write("\n")


def run_brreg(args: argparse.Namespace) -> int:
    from lpj_desktop.importers.brreg import import_register
    from lpj_desktop.importers.register_feed import FeedError, is_feed_path

    counties = _places(args.county, 2, "fylke")
    municipalities = _places(args.municipality, 4, "kommune")
    for path in args.files:
        if not path.exists():
            raise CliError(f"fila finnes ikke: {path}")
    try:
        feeds = [is_feed_path(path) for path in args.files]
    except FeedError as exc:
        raise CliError(str(exc)) from exc
    if any(feeds):
        if not all(feeds):
            raise CliError("gi enten endringsfiler eller én totalfil, ikke begge deler")
        return _run_feed(args, counties)
    if len(args.files) > 1:
        raise CliError("gi én totalfil om gangen")
    args.file = args.files[0]
    store = open_cli_store(args)
    bar = _Bar()
    try:
        summary = import_register(store, args.file, counties=counties, municipalities=municipalities,
                                  all_counties=args.all_counties, progress=bar)
    finally:
        bar.done()
        store.close()
    seconds = f"{summary.seconds:.1f}".replace(".", ",")
    print(f"Importerte {args.file.name} ({summary.format.label}) på {seconds} s")
    for label, value in (("rader lest", summary.rows_read), ("nye", summary.new),
                         ("oppdatert", summary.updated), ("uendret", summary.unchanged),
                         ("utenfor utvalget", summary.skipped), ("avvist", summary.rejected_count)):
        print(f"  {label:<18}{fmt_count(value):>10}")
    if summary.inactive:
        print(f"  {'av dem inaktive':<18}{fmt_count(summary.inactive):>10}  "
              "(konkurs, under avvikling eller slettet: merket, beholdt)")
    if summary.shortened:
        print(f"  {'forkortet':<18}{fmt_count(summary.shortened):>10}  "
              "(en tekst var lengre enn serveren tar imot: kuttet, merket med …)")
    for r in summary.rejected[:50]:
        print(f"  avvist {summary.position_label} {r.line}: {r.orgnr or '-'}: {r.reason}")
    if summary.rejected_count > 50:
        print(f"  … og {fmt_count(summary.rejected_count - 50)} avviste rader til")
    return 0
