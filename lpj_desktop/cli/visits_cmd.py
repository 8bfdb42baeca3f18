"""`lpj visits add ORGNR …`: record a visit from the command line, as the app's visit form does."""

from __future__ import annotations

import argparse
from datetime import UTC, date, datetime

from lpj_desktop.cli.common import CliError, open_cli_store
from lpj_desktop.domain.enums import Channel
from lpj_desktop.domain.ladder import Outcome


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    group = subparsers.add_parser("visits", help="record visits",
                                  description="Record contacts with companies (visits, calls…).")
    group.set_defaults(group_parser=group)
    commands = group.add_subparsers(dest="visits_command", metavar="COMMAND")
    add = commands.add_parser(
        "add", help="record a visit to a company",
        description="Record a visit (or call, meeting…) to the company with this organisation "
                    "number, as the logged-in user. It is sent to the server at the next sync.")
    add.add_argument("orgnr", metavar="ORGNR")
    add.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    add.add_argument("--outcome", required=True, choices=[o.value for o in Outcome])
    add.add_argument("--notes", default="")
    add.add_argument("--when", help="date and time, ISO 8601 (default: now); local time if no zone")
    add.add_argument("--trade", action="append", default=[], help="a trade discussed (repeatable)")
    add.add_argument("--reason", help="why not interested")
    add.add_argument("--next-step", default="", help="what comes next (with --next-on: a follow-up)")
    add.add_argument("--next-on", help="date of the next step, YYYY-MM-DD")
    add.set_defaults(run=run_add)


def _when(text: str | None) -> datetime:
    if not text:
        return datetime.now(UTC)
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError as e:
        raise CliError(f"--when {text!r} is not a date and time (e.g. 2025-03-14T10:30)", status=2) from e
    return value if value.tzinfo else value.astimezone()


def run_add(args: argparse.Namespace) -> int:
    from lpj_desktop.domain.orgnr import normalize_orgnr, orgnr_problem
    from lpj_desktop.domain.visit_draft import VisitDraft
    from lpj_desktop.services.companies import company_by_orgnr
    from lpj_desktop.services.profile import get_profile
    from lpj_desktop.services.visits import InvalidVisit, record_visit

    problem = orgnr_problem(args.orgnr)
    if problem:
        raise CliError(f"{args.orgnr!r} is not a valid organisation number ({problem.replace('_', ' ')})",
                       status=2)
    next_on = None
    if args.next_on:
        try:
            next_on = date.fromisoformat(args.next_on)
        except ValueError as e:
            raise CliError(f"--next-on {args.next_on!r} is not a date (YYYY-MM-DD)", status=2) from e
    store = open_cli_store(args)
    try:
        with store.session() as s:
            company = company_by_orgnr(s, args.orgnr)
            if company is None or company.deleted_at is not None:
                raise CliError(f"no company with organisation number {normalize_orgnr(args.orgnr)} "
                               "in this store (import the register or sync first)")
            hunter_id = get_profile(s).user_id
            draft = VisitDraft(
                company_id=company.id, occurred_at=_when(args.when), channel=Channel(args.channel),
                trades=list(args.trade), outcome=Outcome(args.outcome), reason=args.reason,
                notes=args.notes, next_step=args.next_step, next_step_on=next_on)
            try:
                saved = record_visit(s, draft, hunter_id)
            except InvalidVisit as e:
                raise CliError(f"the visit cannot be saved: {e}", status=2) from e
            name, visit_id = company.name, saved.visit.id
            followup = saved.followup is not None
            stage = saved.stage.value if saved.stage else "none"
    finally:
        store.close()
    print(f"Visit {visit_id} recorded at {name}" + (" with a follow-up" if followup else "")
          + f"; stage now {stage}. It is sent at the next `lpj sync`.")
    return 0
