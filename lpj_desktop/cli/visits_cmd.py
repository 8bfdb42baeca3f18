"""`lpj visits add ORGNR …`: record a visit from the command line, as the app's visit form does."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, date, datetime

from lpj_desktop.cli.common import CliError, fmt_date, fmt_datetime, open_cli_store, orgnr_error
from lpj_desktop.domain import labels, when
from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.privacy import SensitiveText
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = subparsers.add_parser("visits", help="registrer besøk",
                                  description="Registrer kontakt med bedrifter (besøk, samtaler …).")
    group.set_defaults(group_parser=group)
    commands = group.add_subparsers(dest="visits_command", metavar="COMMAND")
    add = commands.add_parser(
        "add", help="registrer et besøk hos en bedrift",
        description="Registrer et besøk (eller en samtale, et møte …) hos bedriften med dette "
                    "organisasjonsnummeret, som den innloggede brukeren. Det sendes til serveren "
                    "ved neste synkronisering.")
    add.add_argument("orgnr", metavar="ORGNR")
    add.add_argument("--channel", required=True, choices=[c.value for c in Channel],
                     help="kontaktform: " + ", ".join(f"{c.value} ({labels.CHANNEL[c]})" for c in Channel))
    add.add_argument("--outcome", required=True, choices=[o.value for o in Outcome],
                     help="utfall: " + ", ".join(f"{o.value} ({labels.OUTCOME[o]})" for o in Outcome))
    add.add_argument("--notes", default="", help="notater")
    add.add_argument("--when", help="dato og tid i norsk tid, f.eks. 14.03.2025 10:30, «i går kl. 14» "
                                    "eller 2025-03-14T10:30 (standard: nå)")
    add.add_argument("--trade", action="append", default=[], help="et fag dere snakket om (kan gjentas)")
    add.add_argument("--reason", help="hvorfor bedriften ikke er interessert")
    add.add_argument("--places", action="append", default=[], metavar="FAG=ANTALL",
                     help="læreplasser bedriften tilbyr, f.eks. --places Elektrikerfaget=2 (kan gjentas; "
                          "kreves med --outcome place_offered)")
    add.add_argument("--next-step", default="", help="hva som skjer videre (med --next-on: en oppfølging)")
    add.add_argument("--next-on", help="dato for neste steg, f.eks. 21.3, 21.03.2025 eller 2025-03-21")
    add.add_argument("--yes", action="store_true",
                     help="lagre selv om notatene ser ut til å inneholde fødselsnummer eller "
                          "helseopplysninger (uten dette spør lpj, eller nekter uten terminal)")
    add.set_defaults(run=run_add)


def _when(text: str | None) -> datetime:
    if not text:
        return datetime.now(UTC)
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
        return value if value.tzinfo else value.replace(tzinfo=when.OSLO)
    except ValueError:
        pass
    try:
        return when.parse_datetime(text).value
    except when.DateInputError as e:
        raise CliError(f"--when: {labels.PROBLEM[e.key].format(**e.params)}", status=2) from None


def _day(text: str) -> date:
    try:
        return when.parse_date(text, ahead=True)  # a next step is to come: "fredag" is the next one
    except when.DateInputError as e:
        raise CliError(f"--next-on: {labels.PROBLEM[e.key].format(**e.params)}", status=2) from None


def _places(texts: list[str]) -> list[PlaceOffer]:
    """`--places FAG=ANTALL` values as offers; the count's range is the draft's to judge."""
    offers = []
    for text in texts:
        trade, sep, count = text.rpartition("=")
        try:
            number = int(count.strip()) if sep else None
        except ValueError:
            number = None
        if number is None or not trade.strip():
            raise CliError(f"--places: «{text}» er ikke fag=antall; skriv f.eks. --places Elektrikerfaget=2",
                           status=2)
        offers.append(PlaceOffer(trade.strip(), number))
    return offers


def _sensitive_words(e: SensitiveText) -> str:
    parts = []
    if e.findings.numbers:
        parts.append(f"teksten ser ut til å inneholde et fødselsnummer ({', '.join(e.findings.numbers)}).")
    if e.findings.words:
        parts.append(f"teksten nevner noe som kan være helseopplysninger ({', '.join(e.findings.words)}).")
    return " ".join(parts).capitalize()


def _confirm_sensitive(e: SensitiveText) -> bool:
    """Ask at a terminal; refuse without one (a script must say --yes)."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return False
    print(f"lpj: {_sensitive_words(e)} Slike opplysninger om personer skal ikke lagres her.",
          file=sys.stderr)
    answer = input("Lagre likevel? [j/N] ").strip().lower()
    return answer in ("j", "ja", "y", "yes")


def run_add(args: argparse.Namespace) -> int:
    from lpj_desktop.services.companies import company_by_orgnr
    from lpj_desktop.services.profile import get_profile
    from lpj_desktop.services.visits import InvalidVisit, record_visit
    from sync.kernel.orgnr import normalize_orgnr, orgnr_problem

    problem = orgnr_problem(args.orgnr)
    if problem:
        raise orgnr_error(args.orgnr, problem)
    next_on = _day(args.next_on) if args.next_on else None
    places = _places(args.places)
    store = open_cli_store(args)
    try:
        with store.session() as s:
            company = company_by_orgnr(s, args.orgnr)
            if company is None or company.deleted_at is not None:
                raise CliError(f"ingen bedrift med organisasjonsnummer {normalize_orgnr(args.orgnr)} "
                               "i denne databasen (importer registeret eller synkroniser først)")
            hunter_id = get_profile(s).user_id
            draft = VisitDraft(
                company_id=company.id, occurred_at=_when(args.when), channel=Channel(args.channel),
                trades=list(args.trade), outcome=Outcome(args.outcome), reason=args.reason, places=places,
                notes=args.notes, next_step=args.next_step, next_step_on=next_on)
            try:
                saved = record_visit(s, draft, hunter_id, allow_sensitive=args.yes)
            except SensitiveText as e:
                if not _confirm_sensitive(e):
                    raise CliError(f"besøket er ikke lagret: {_sensitive_words(e)} Slike opplysninger "
                                   "om personer skal ikke lagres her. Rett teksten, eller gi --yes for "
                                   "å lagre likevel.", status=2) from e
                saved = record_visit(s, draft, hunter_id, allow_sensitive=True)
            except InvalidVisit as e:
                reasons = " ".join(labels.word(labels.PROBLEM, p.key).format(limit=p.limit)
                                   for p in e.problems)
                raise CliError(f"besøket kan ikke lagres: {reasons}", status=2) from e
            name, visit_id = company.name, saved.visit.id
            when = fmt_datetime(saved.visit.occurred_at)
            followup = saved.followup
            due = fmt_date(followup.due_on) if followup is not None else ""
            stage = labels.stage_word(saved.stage.value if saved.stage else None)
    finally:
        store.close()
    print(f"Besøk {when} hos {name} er registrert (id {visit_id})"
          + (f", med oppfølging {due}" if followup is not None else "")
          + f". Stadium nå: {stage}. Det sendes ved neste `lpj sync`.")
    return 0
