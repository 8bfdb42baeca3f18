"""What the staff history filters offer to choose from (read once per refresh, off no hot path)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.domain import regions
from lpj_desktop.domain.codelists import trades
from lpj_desktop.services.campaigns import list_campaigns
from lpj_desktop.services.history import Person, organisations, people, teams
from lpj_desktop.store.models import Company


@dataclass
class FilterOptions:
    people: list[Person]
    teams: list[str]
    organisations: list[str]
    counties: list[tuple[str, str]]  # (number, label), today's counties
    campaigns: list[tuple[str, str]]  # (id, name)
    trades: list[str]


def filter_options(session: Session) -> FilterOptions:
    """The hunters (everyone, when none is a hunter), teams, organisations, today's counties
    companies are in, campaigns and trades."""
    stored = {c for c in session.scalars(select(Company.county_number).distinct()) if c}
    # History under the old county 54 belongs to today's 55 and 56.
    if "54" in stored:
        stored = (stored - {"54"}) | {"55", "56"}
    counties = []
    for number in sorted(stored or {"55", "56"}):
        counties.append((number, regions.county_label(number)))
    return FilterOptions(
        people=[p for p in people(session) if p.role == "hunter"] or people(session),
        teams=teams(session), organisations=organisations(session), counties=counties,
        campaigns=[(c.id, c.name) for c in list_campaigns(session)],
        trades=[t.name for t in trades()],
    )
