"""`lpj companies search TEXT` and `lpj companies show ORGNR`."""

from __future__ import annotations

import argparse

from sqlalchemy import select

from lpj_desktop.cli.common import CliError, open_cli_store, print_table


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = subparsers.add_parser("companies", help="find and show companies",
                                  description="Find and show companies in the local store.")
    group.set_defaults(group_parser=group)
    commands = group.add_subparsers(dest="companies_command", metavar="COMMAND")
    search = commands.add_parser(
        "search", help="search by name, organisation number or municipality",
        description="Search companies by part of the name, the start of the organisation number, "
                    "or the municipality name. Prints a table.",
    )
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--limit", type=int, default=50, help="at most this many rows (default 50)")
    search.set_defaults(run=run_search)
    show = commands.add_parser("show", help="show one company with contacts and visits",
                               description="Show one company: register facts, status, contacts, visits.")
    show.add_argument("orgnr", metavar="ORGNR")
    show.set_defaults(run=run_show)


def run_search(args: argparse.Namespace) -> int:
    from lpj_desktop.services.companies import CompanyQuery, count_companies, search_companies

    if not args.text.strip():
        raise CliError("give some text to search for", status=2)
    store = open_cli_store(args)
    try:
        with store.reader() as s:
            query = CompanyQuery(text=args.text)
            rows = search_companies(s, query, limit=max(1, args.limit))
            total = count_companies(s, query) if len(rows) >= args.limit else len(rows)
    finally:
        store.close()
    if not rows:
        print(f"No companies match {args.text!r}.")
        return 0
    print_table(
        ("orgnr", "name", "municipality", "status", "stage"),
        [(r.orgnr, r.name + (" (inactive)" if r.inactive else ""), r.municipality_name, r.lb_status,
          r.stage) for r in rows],
    )
    if total > len(rows):
        print(f"… {total - len(rows):,} more; narrow the search or use --limit")
    return 0


def run_show(args: argparse.Namespace) -> int:
    from lpj_desktop.domain.codelists import industry_name, legal_forms
    from lpj_desktop.domain.orgnr import normalize_orgnr, orgnr_problem
    from lpj_desktop.services.companies import company_by_orgnr
    from lpj_desktop.services.visits import visits_of_company
    from lpj_desktop.store.models import Contact

    problem = orgnr_problem(args.orgnr)
    if problem:
        raise CliError(f"{args.orgnr!r} is not a valid organisation number ({problem.replace('_', ' ')})",
                       status=2)
    store = open_cli_store(args)
    try:
        with store.reader() as s:
            c = company_by_orgnr(s, args.orgnr)
            if c is None:
                raise CliError(f"no company with organisation number {normalize_orgnr(args.orgnr)} "
                               "in this store")
            contacts = list(s.scalars(select(Contact).where(
                Contact.company_id == c.id, Contact.deleted_at.is_(None)).order_by(Contact.name)))
            visits = visits_of_company(s, c.id)
    finally:
        store.close()
    flags = [label for label, on in (("bankrupt", c.bankrupt), ("under liquidation", c.under_liquidation),
                                     ("forced dissolution", c.forced_dissolution),
                                     ("deleted from the register", c.deregistered_on is not None)) if on]
    lines = [
        ("Name", c.name),
        ("Orgnr", c.orgnr),
        ("Legal form", f"{c.legal_form} {legal_forms().get(c.legal_form or '', '')}".strip()),
        ("Industry", f"{c.industry_code} {industry_name(c.industry_code)}" if c.industry_code else None),
        ("Employees", c.employees),
        ("Address", ", ".join(p for p in (c.business_address, c.business_postcode, c.business_city) if p)),
        ("Municipality", f"{c.municipality_number} {c.municipality_name}" if c.municipality_number else None),
        ("Parent unit", c.parent_orgnr),
        ("Register status", ", ".join(flags) or "active"),
        ("Lærebedrift", c.lb_status),
        ("Stage", c.stage or "no visits yet"),
        ("Approved trades", ", ".join(c.approved_trades or [])),
        ("Trades of interest", ", ".join(c.interest_trades or [])),
        ("Tags", ", ".join(c.tags or [])),
        ("Notes", c.hunter_notes),
    ]
    for label, value in lines:
        if value not in (None, ""):
            print(f"{label + ':':<20}{value}")
    if contacts:
        print("\nContacts")
        print_table(("name", "role", "phone", "email"),
                    [(k.name, k.role, k.phone, k.email) for k in contacts])
    print(f"\nVisits ({len(visits)})")
    if visits:
        print_table(("when", "channel", "outcome", "next step"),
                    [(v.occurred_at.strftime("%Y-%m-%d %H:%M"), v.channel, v.outcome,
                      f"{v.next_step} {v.next_step_on or ''}".strip() if v.next_step else "")
                     for v in visits[:20]])
    return 0
