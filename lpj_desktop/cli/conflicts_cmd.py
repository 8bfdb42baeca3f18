"""`lpj conflicts list` and `lpj conflicts resolve ID`: the sync conflicts of the app's conflicts
page, on the command line, through the same services (`lpj_desktop.services.sync_conflicts`).

A conflict is resolved here as in the app: the chosen value is written to the local record and a
resolve mutation is queued; it goes to the server with the next `lpj sync`.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from lpj_desktop.cli.common import CliError, fmt_count, fmt_date, fmt_datetime, open_cli_store, print_table
from lpj_desktop.domain import labels

# Field and record names as the app's forms call them (the app's own table, lpj_desktop/ui/sync/
# labels.py, goes through Qt's translation; the command line speaks Norwegian only).
FIELDS: dict[str, str] = {
    "name": "Navn", "orgnr": "Organisasjonsnummer", "legal_form": "Organisasjonsform",
    "industry_code": "Næringskode", "employees": "Ansatte", "website": "Nettside",
    "business_address": "Forretningsadresse", "business_postcode": "Postnummer",
    "business_city": "Poststed", "postal_address": "Postadresse", "municipality_number": "Kommune",
    "lb_status": "Lærebedriftstatus", "approved_trades": "Godkjente fag",
    "interest_trades": "Fag de er interessert i", "tags": "Stikkord",
    "owner_id": "Ansvarlig læreplassjeger", "phone": "Telefon", "email": "E-post",
    "hunter_notes": "Notater", "role": "Rolle", "title": "Hva som skal gjøres", "kind": "Type",
    "due_on": "Frist", "status": "Status", "assignee_id": "Tildelt", "notes": "Notater",
    "starts_on": "Startdato", "ends_on": "Sluttdato", "description": "Beskrivelse",
    "letters_sent": "Brev sendt", "visits": "Besøk", "agreements": "Avtaler", "places": "Plasser",
    "occurred_at": "Tidspunkt", "outcome": "Utfall", "channel": "Kontaktform",
    "next_step": "Neste steg", "next_step_on": "Dato for neste steg", "text": "Tekst",
}
ENTITIES: dict[str, str] = {
    "company": "Bedrift", "contact": "Kontaktperson", "visit": "Besøk", "event": "Arrangement",
    "note": "Notat", "followup": "Oppfølging", "campaign": "Kampanje",
    "campaign_target": "Kampanjemottaker", "goal": "Produksjonsmål", "handover": "Overføring",
    "attachment": "Vedlegg",
}
# Conflict ids are the server's UUIDv7s, whose start is the time they were made (conflicts made
# together share it): the list shows their random end, and any unique end (or start) will do.
SHORT_ID = 8
EMPTY = "(tomt)"


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = subparsers.add_parser(
        "conflicts", help="vis og løs synkroniseringskonflikter",
        description="Konflikter oppstår når det samme feltet ble endret til ulike verdier på to "
                    "maskiner. Serveren beholdt verdien som kom fram først; her ser du begge og "
                    "velger hva som skal gjelde. Valget sendes ved neste `lpj sync`.")
    group.set_defaults(group_parser=group)
    commands = group.add_subparsers(dest="conflicts_command", metavar="COMMAND")
    listing = commands.add_parser(
        "list", help="vis konfliktene som venter på deg",
        description="Vis konfliktene som ikke er løst, eldste først: hva de gjelder, feltet, din "
                    "verdi og den andre verdien, og hvilken som er lagret nå.")
    listing.set_defaults(run=run_list)
    resolve = commands.add_parser(
        "resolve", help="løs en konflikt",
        description="Løs konflikten med denne id-en (eller slutten av den, slik `lpj conflicts "
                    "list` viser den): behold din verdi, behold den andre, eller skriv riktig "
                    "verdi. Valget sendes ved neste `lpj sync`.")
    resolve.add_argument("conflict_id", metavar="ID",
                         help="konfliktens id, eller slutten av den slik listen viser den")
    how = resolve.add_mutually_exclusive_group(required=True)
    how.add_argument("--keep", choices=("mine", "theirs"),
                     help="mine: behold din verdi; theirs: behold den andre verdien")
    how.add_argument("--value", metavar="TEKST",
                     help="bruk denne verdien i stedet (lister skilles med komma)")
    resolve.set_defaults(run=run_resolve)


def value_words(entity: str, field: str, value: Any) -> str:
    """A field value as the app's forms show it ("Godkjent, med lærlinger", "12.03.2025")."""
    if value is None or value == "" or value == []:
        return EMPTY
    table = {"lb_status": labels.LB_STATUS, "outcome": labels.OUTCOME, "channel": labels.CHANNEL,
             "status": labels.FOLLOWUP_STATUS}.get(field)
    if field == "kind" and entity == "followup":
        table = labels.FOLLOWUP_KIND
    if table is not None and isinstance(value, str):
        return labels.word(table, value)
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, list):
        return ", ".join(str(v.get("trade", v)) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return fmt_date(date.fromisoformat(value))
        except ValueError:
            return value
    return " ".join(str(value).split())


def record_words(ref: Any) -> str:
    """"Alta Elektro AS", "Kontaktperson «Kari Nordmann» hos Alta Elektro AS"."""
    entity = ENTITIES.get(ref.entity, ref.entity)
    if not ref.exists:
        return f"{entity} som ikke finnes på denne maskinen"
    if ref.entity == "company":
        return ref.title or ""
    text = entity + (f" «{ref.title}»" if ref.title else "")
    if ref.when is not None:
        text += " " + (fmt_datetime(ref.when) if isinstance(ref.when, datetime) else fmt_date(ref.when))
    return f"{text} hos {ref.company_name}" if ref.company_name else text


def _typed(example: Any, text: str) -> Any:
    """The typed text as a value of the kind the field holds, as the app's conflicts page reads
    it: a list from commas, a whole number, or the text."""
    text = text.strip()
    if isinstance(example, list):
        return [p.strip() for p in text.split(",") if p.strip()]
    if isinstance(example, int) and not isinstance(example, bool):
        try:
            return int(text) if text else None
        except ValueError:
            raise CliError(f"«{text}» er ikke et tall", status=2) from None
    return text or None


def run_list(args: argparse.Namespace) -> int:
    from lpj_desktop.services.sync_conflicts import open_conflicts
    from lpj_desktop.store.models import LocalProfile

    store = open_cli_store(args)
    try:
        with store.reader() as s:
            profile = s.get(LocalProfile, 1)  # read only: a store nobody set up has no conflicts
            user_id = profile.user_id if profile is not None else None
            conflicts = open_conflicts(s, user_id)
            waiting = len(open_conflicts(s, user_id, include_chosen=True)) - len(conflicts)
    finally:
        store.close()
    if not conflicts:
        print("Ingen konflikter å løse.")
    else:
        print(f"Konflikter å løse: {fmt_count(len(conflicts))}")
        print_table(
            ("ID", "Gjelder", "Felt", "Din verdi", "Den andre verdien", "Lagret nå"),
            [(c.id[-SHORT_ID:], record_words(c.record), FIELDS.get(c.field, c.field.replace("_", " ")),
              value_words(c.record.entity, c.field, c.mine),
              value_words(c.record.entity, c.field, c.theirs) + (f" ({c.theirs_by})" if c.theirs_by else ""),
              "din" if c.stored_is_mine else "den andre") for c in conflicts])
        print("Løs en med `lpj conflicts resolve ID --keep mine|theirs` eller `--value TEKST`.")
    if waiting:
        print(f"{fmt_count(waiting)} er løst her og sendes ved neste `lpj sync`.")
    return 0


def run_resolve(args: argparse.Namespace) -> int:
    from lpj_desktop.services.sync_conflicts import ConflictProblem, open_conflicts, resolve_conflict
    from lpj_desktop.store.models import LocalProfile

    wanted = args.conflict_id.strip().lower()
    if not wanted:
        raise CliError("skriv id-en til konflikten (se `lpj conflicts list`)", status=2)
    store = open_cli_store(args)
    try:
        with store.session() as s:
            profile = s.get(LocalProfile, 1)
            user_id = profile.user_id if profile is not None else None
            known = open_conflicts(s, user_id, include_chosen=True)
            hits = [c for c in known if c.id.lower() == wanted] or \
                [c for c in known if c.id.lower().endswith(wanted) or c.id.lower().startswith(wanted)]
            if len(hits) > 1:
                raise CliError(f"«{args.conflict_id}» passer til {len(hits)} konflikter; skriv mer "
                               "av id-en", status=2)
            conflict_id = hits[0].id if hits else args.conflict_id.strip()
            choice, value = args.keep or "edited", None
            if args.value is not None:
                example = (hits[0].mine if hits[0].mine is not None else hits[0].theirs) if hits else None
                value = _typed(example, args.value)
            try:
                view = resolve_conflict(s, conflict_id, choice, value, user_id=user_id)
            except ConflictProblem as e:
                raise CliError({
                    "unknown": f"ingen konflikt med id «{args.conflict_id}» (se `lpj conflicts list`)",
                    "resolved": "konflikten er allerede løst",
                    "value_missing": "feltet kan ikke være tomt",
                }.get(e.key, e.key), status=2 if e.key == "value_missing" else 1) from e
            what = record_words(view.record)
            field = FIELDS.get(view.field, view.field.replace("_", " "))
            kept = value_words(view.record.entity, view.field,
                               view.mine if choice == "mine" else view.theirs if choice == "theirs"
                               else value)
    finally:
        store.close()
    print(f"Konflikten om «{field}» på {what} er løst: {kept} gjelder. Valget sendes ved neste "
          "`lpj sync`.")
    return 0
