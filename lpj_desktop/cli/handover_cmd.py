"""`lpj handover plan|run|list|undo`: staff hand a hunter's companies and open follow-ups to other
hunters, through the same service as the staff page (services/handover.py)."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from lpj_desktop.cli.common import CliError, fmt_count, fmt_datetime, open_cli_store, print_table
from lpj_desktop.domain import regions

if TYPE_CHECKING:  # the services are imported when a command runs, not for `lpj --help`
    from lpj_desktop.services.handover import ReceiverShare
    from lpj_desktop.store.database import Store

REASONS = {
    "deleted": "er slettet",
    "owner_changed": "er gitt videre til {0} siden",
    "reassigned": "er gitt videre til {0} siden",
    "done": "er utført siden",
    "cancelled": "er avlyst siden",
    "already_back": "er allerede tilbake",
}


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = subparsers.add_parser(
        "handover", help="overfør en læreplassjegers bedrifter og oppfølginger (ansatte)",
        description="Flytt en læreplassjegers bedrifter og åpne oppfølginger til én eller flere andre "
                    "i ett steg, alle eller bare i valgte kommuner. Flere mottakere deler bedriftene "
                    "likt; oppfølgingene følger bedriften. Bare for ansatte og administratorer.")
    group.set_defaults(group_parser=group)
    commands = group.add_subparsers(dest="handover_command", metavar="COMMAND")
    for name, helptext, run in (("plan", "vis hva som ville blitt flyttet, uten å endre noe", run_plan),
                                ("run", "gjør overføringen", run_handover)):
        cmd = commands.add_parser(name, help=helptext, description=helptext[0].upper() + helptext[1:] + ".")
        cmd.add_argument("--fra", required=True, metavar="JEGER",
                         help="den som gir fra seg arbeidet (navn eller bruker-id)")
        cmd.add_argument("--til", required=True, action="append", metavar="JEGER",
                         help="mottaker (navn eller bruker-id); gjenta for flere")
        cmd.add_argument("--kommune", action="append", default=[], metavar="KOMMUNE",
                         help="bare bedrifter i denne kommunen (nummer eller navn); gjenta for flere")
        cmd.set_defaults(run=run)
    listing = commands.add_parser("list", help="vis de siste overføringene",
                                  description="Vis de siste overføringene, nyeste først.")
    listing.add_argument("--limit", type=int, default=20, help="høyst så mange (standard 20)")
    listing.set_defaults(run=run_list)
    undo = commands.add_parser("undo", help="angre en overføring",
                               description="Flytt tilbake det en overføring flyttet, så langt ingen har "
                                           "endret det siden. Det som ikke kan flyttes tilbake, listes.")
    undo.add_argument("batch", metavar="ID", help="overføringens id (eller starten av den, se «list»)")
    undo.set_defaults(run=run_undo)


def _person(store: Store, text: str) -> str:
    """A user id from a name or an id, or CliError in words."""
    from lpj_desktop.services.history import people
    from lpj_desktop.services.use import read

    everyone = read(store, people)
    wanted = text.strip().casefold()
    exact = [p for p in everyone if p.id == text.strip() or p.name.casefold() == wanted]
    found = exact or [p for p in everyone if wanted and wanted in p.name.casefold()]
    if not found:
        raise CliError(f"fant ingen bruker som heter «{text}»", status=2)
    if len(found) > 1:
        names = ", ".join(f"{p.name} ({p.id})" for p in found[:5])
        raise CliError(f"«{text}» passer til flere brukere: {names}. Bruk bruker-id.", status=2)
    return found[0].id


def _municipality(text: str) -> str:
    found = regions.find_municipality(text)
    if found is None:
        raise CliError(f"fant ingen kommune som heter eller har nummer «{text}»", status=2)
    return found.number


def _choices(store: Store, args: argparse.Namespace) -> tuple[str, list[str], list[str]]:
    return (_person(store, args.fra), [_person(store, t) for t in args.til],
            [_municipality(m) for m in args.kommune])


def _shares_table(shares: list[ReceiverShare]) -> None:
    print_table(("Mottaker", "Bedrifter", "Oppfølginger", "Kampanjemottakere"),
                [(s.name, fmt_count(s.companies), fmt_count(s.followups), fmt_count(s.targets))
                 for s in shares])


def run_plan(args: argparse.Namespace) -> int:
    from lpj_desktop.services.handover import HandoverError, plan_handover
    from lpj_desktop.services.use import read

    store = open_cli_store(args)
    try:
        from_id, to_ids, munis = _choices(store, args)
        try:
            plan = read(store, plan_handover, from_id, to_ids, munis)
        except HandoverError as exc:
            raise CliError(str(exc), status=2) from exc
    finally:
        store.close()
    print(f"Fra {plan.from_name}: {fmt_count(plan.companies)} bedrifter, {fmt_count(plan.followups)} åpne "
          f"oppfølginger og {fmt_count(plan.targets)} kampanjemottakere ville blitt flyttet.")
    _shares_table(plan.shares)
    return 0


def run_handover(args: argparse.Namespace) -> int:
    from lpj_desktop.services.handover import HandoverError, hand_over
    from lpj_desktop.services.use import write

    store = open_cli_store(args)
    try:
        from_id, to_ids, munis = _choices(store, args)
        try:
            done = write(store, hand_over, from_id, to_ids, munis)
        except HandoverError as exc:
            raise CliError(str(exc), status=2 if exc.key != "staff_only" else 1) from exc
    finally:
        store.close()
    print(f"Overført: {fmt_count(done.companies)} bedrifter, {fmt_count(done.followups)} åpne oppfølginger "
          f"({fmt_count(done.targets)} kampanjemottakere følger bedriftene).")
    _shares_table(done.shares)
    print(f"Overføringens id: {done.batch_id} (angre med «lpj handover undo {done.batch_id}»). "
          "Endringene sendes ved neste synkronisering.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    from lpj_desktop.services.handover import recent_handovers
    from lpj_desktop.services.use import read

    store = open_cli_store(args)
    try:
        rows = read(store, recent_handovers, max(1, args.limit))
    finally:
        store.close()
    if not rows:
        print("Ingen overføringer er gjort.")
        return 0
    print_table(("Id", "Tidspunkt", "Fra", "Til", "Bedrifter", "Oppfølginger", "Av", "Merknad"),
                [(r.batch_id, fmt_datetime(r.moved_at), ", ".join(r.from_names), ", ".join(r.to_names),
                  fmt_count(r.companies), fmt_count(r.followups), r.by_name,
                  "angring" if r.undoes else ("angret" if r.undone else "")) for r in rows])
    return 0


def run_undo(args: argparse.Namespace) -> int:
    from lpj_desktop.services.handover import HandoverError, recent_handovers, undo_handover
    from lpj_desktop.services.use import read, write

    store = open_cli_store(args)
    try:
        batch = args.batch.strip()
        if len(batch) < 36:  # the start of an id, as `list` shows it
            matches = [r.batch_id for r in read(store, recent_handovers, 1000)
                       if r.batch_id.startswith(batch)]
            if len(matches) != 1:
                raise CliError(f"«{batch}» passer til {len(matches)} overføringer; oppgi hele id-en",
                               status=2)
            batch = matches[0]
        try:
            done = write(store, undo_handover, batch)
        except HandoverError as exc:
            raise CliError(str(exc), status=2 if exc.key != "staff_only" else 1) from exc
    finally:
        store.close()
    print(f"Angret: {fmt_count(done.companies)} bedrifter og {fmt_count(done.followups)} oppfølginger er "
          "flyttet tilbake.")
    if done.not_undone:
        print(f"{fmt_count(len(done.not_undone))} ble latt være fordi noen har endret dem siden:")
        for n in done.not_undone:
            what = "Bedriften" if n.kind == "company" else "Oppfølgingen"
            where = f" hos {n.company_name}" if n.kind == "followup" and n.company_name else ""
            print(f"  {what} «{n.title}»{where} {REASONS[n.reason].format(n.now_with_name or n.now_with)}")
    return 0
