"""`lpj companies search TEXT` and `lpj companies show ORGNR`."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from lpj_desktop.cli.common import (
    CliError,
    fmt_count,
    fmt_date,
    fmt_datetime,
    open_cli_store,
    orgnr_error,
    print_table,
)
from lpj_desktop.domain import labels, regions


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = subparsers.add_parser("companies", help="finn og vis bedrifter",
                                  description="Finn og vis bedrifter i den lokale databasen.")
    group.set_defaults(group_parser=group)
    commands = group.add_subparsers(dest="companies_command", metavar="COMMAND")
    search = commands.add_parser(
        "search", help="søk på navn, organisasjonsnummer eller kommune",
        description="Søk etter bedrifter på en del av navnet, starten av organisasjonsnummeret "
                    "eller kommunen (fylket) under hvilket som helst av dens offisielle navn: norsk, "
                    "samisk eller kvensk. Skriver ut en tabell.",
    )
    search.add_argument("text", metavar="TEKST")
    search.add_argument("--limit", type=int, default=50, help="høyst så mange rader (standard 50)")
    search.set_defaults(run=run_search)
    show = commands.add_parser("show", help="vis én bedrift med kontaktpersoner og besøk",
                               description="Vis én bedrift: opplysninger fra registeret, status, "
                                           "kontaktpersoner og besøk.")
    show.add_argument("orgnr", metavar="ORGNR")
    show.set_defaults(run=run_show)


def run_search(args: argparse.Namespace) -> int:
    from lpj_desktop.services.companies import CompanyQuery, count_companies, search_companies

    if not args.text.strip():
        raise CliError("skriv noe å søke etter", status=2)
    store = open_cli_store(args)
    try:
        with store.reader() as s:
            query = CompanyQuery(text=args.text)
            rows = search_companies(s, query, limit=max(1, args.limit))
            total = count_companies(s, query) if len(rows) >= args.limit else len(rows)
    finally:
        store.close()
    if not rows:
        print(f"Ingen bedrifter passer til «{args.text}».")
        return 0
    print_table(
        ("Org.nr.", "Navn", "Kommune", "Lærebedrift", "Stadium"),
        [(r.orgnr, r.name + (" (ikke aktiv)" if r.inactive else ""), r.municipality_label,
          labels.word(labels.LB_STATUS, r.lb_status), labels.stage_word(r.stage)) for r in rows],
    )
    if total > len(rows):
        print(f"… {fmt_count(total - len(rows))} til; snevre inn søket eller bruk --limit")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from lpj_desktop.domain.codelists import industry_name, legal_forms
    from lpj_desktop.services.companies import company_by_orgnr
    from lpj_desktop.services.visits import visits_of_company
    from lpj_desktop.store.models import Contact
    from sync.kernel.orgnr import normalize_orgnr, orgnr_problem

    problem = orgnr_problem(args.orgnr)
    if problem:
        raise orgnr_error(args.orgnr, problem)
    store = open_cli_store(args)
    try:
        with store.reader() as s:
            c = company_by_orgnr(s, args.orgnr)
            if c is None:
                raise CliError(f"ingen bedrift med organisasjonsnummer {normalize_orgnr(args.orgnr)} "
                               "i denne databasen")
            contacts = list(s.scalars(select(Contact).where(
                Contact.company_id == c.id, Contact.deleted_at.is_(None)).order_by(Contact.name)))
            visits = visits_of_company(s, c.id)
    finally:
        store.close()
    flags = [label for label, on in (("konkurs", c.bankrupt), ("under avvikling", c.under_liquidation),
                                     ("under tvangsoppløsning", c.forced_dissolution),
                                     ("slettet fra registeret", c.deregistered_on is not None)) if on]
    lines = [
        ("Navn", c.name),
        ("Org.nr.", c.orgnr),
        ("Organisasjonsform", f"{c.legal_form} {legal_forms().get(c.legal_form or '', '')}".strip()),
        ("Bransje", f"{c.industry_code} {industry_name(c.industry_code)}" if c.industry_code else None),
        ("Ansatte", fmt_count(c.employees) if c.employees is not None else None),
        ("Adresse", ", ".join(p for p in (c.business_address, c.business_postcode, c.business_city) if p)),
        ("Kommune", " ".join(p for p in (c.municipality_number,
                                           regions.municipality_label(c.municipality_number,
                                                                      c.municipality_name)) if p)),
        ("Hovedenhet", c.parent_orgnr),
        ("Registerstatus", ", ".join(flags) or "aktiv"),
        ("Lærebedrift", labels.word(labels.LB_STATUS, c.lb_status)),
        ("Stadium", labels.stage_word(c.stage)),
        ("Godkjent i fag", ", ".join(c.approved_trades or [])),
        ("Interessert i fag", ", ".join(c.interest_trades or [])),
        ("Stikkord", ", ".join(c.tags or [])),
        ("Notater", c.hunter_notes),
    ]
    for label, value in lines:
        if value not in (None, ""):
            print(f"{label + ':':<20}{value}")
    if contacts:
        print("\nKontaktpersoner")
        print_table(("Navn", "Rolle", "Telefon", "E-post"),
                    [(k.name, k.role, k.phone, k.email) for k in contacts])
    print(f"\nBesøk ({fmt_count(len(visits))})")
    if visits:
        print_table(("Tidspunkt", "Kontaktform", "Utfall", "Neste steg"),
                    [(fmt_datetime(v.occurred_at), labels.word(labels.CHANNEL, v.channel),
                      labels.word(labels.OUTCOME, v.outcome),
                      f"{v.next_step} {fmt_date(v.next_step_on)}".strip() if v.next_step else "")
                     for v in visits[:20]])
        if len(visits) > 20:
            print(f"… og {fmt_count(len(visits) - 20)} eldre")
    return 0
