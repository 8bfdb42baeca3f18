"""Small lists the forms and filters offer: counties in the store, people, campaigns."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.domain import regions
from lpj_desktop.store.models import Campaign, Company, User


@dataclass(frozen=True, slots=True)
class Choice:
    value: str
    label: str


def counties_in_store(session: Session) -> list[Choice]:
    """Counties that companies in the store belong to, by name (all their names shown)."""
    numbers = session.scalars(select(Company.county_number).distinct()
                              .where(Company.county_number.is_not(None)))
    out = [Choice(nr, regions.county_label(nr)) for nr in numbers if nr is not None]
    return sorted(out, key=lambda c: c.label)


def municipalities_of(county_number: str) -> list[Choice]:
    """Today's municipalities of a county, by name (all their names shown)."""
    return [Choice(m.number, m.label) for m in regions.municipalities_in({county_number})]


def people(session: Session) -> list[Choice]:
    """Everyone the store knows, those who have left too (filters of past work name them)."""
    return [Choice(i, n) for i, n in session.execute(
        select(User.id, User.name).where(User.deleted_at.is_(None)).order_by(User.name))]


def receivers(session: Session, *, role: str | None = None) -> list[Choice]:
    """The people work may be given to: those who have not left (services.changes refuses the
    others), of `role` when given. The one list every page offers work from (the company's
    owner, a campaign's follow-ups, a handover's receivers)."""
    query = select(User.id, User.name).where(User.deleted_at.is_(None), User.active.is_not(False))
    if role is not None:
        query = query.where(User.role == role)
    return [Choice(i, n) for i, n in session.execute(query.order_by(User.name))]


def campaigns(session: Session) -> list[Choice]:
    return [Choice(i, n) for i, n in session.execute(
        select(Campaign.id, Campaign.name).where(Campaign.deleted_at.is_(None))
        .order_by(Campaign.starts_on.desc()))]
