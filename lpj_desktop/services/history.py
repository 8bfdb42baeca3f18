"""The staff view of visit history across hunters: filters, fast pages, detail, saved filters.

Pages are read newest first with a keyset cursor (time, rowid) instead of OFFSET, so the thousandth
page costs what the first does. Indexes that end with the visit time (migration 0003) let SQLite walk
rows already in order and stop after one page.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field, fields
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    String,
    and_,
    func,
    literal_column,
    or_,
    select,
    tuple_,
    type_coerce,
)
from sqlalchemy.orm import Session

from lpj_desktop.domain import regions
from lpj_desktop.domain.when import OSLO
from lpj_desktop.services.companies import CompanyQuery, company_select
from lpj_desktop.services.region_numbers import all_numbers_of_counties, all_numbers_of_municipalities
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import (
    Campaign,
    CampaignTarget,
    Company,
    Contact,
    FollowUp,
    SavedFilter,
    User,
    Visit,
)

HISTORY_FILTER_KIND = "visit_history"
PAGE_SIZE = 200

LOCAL_TZ = OSLO


def local_day_start(day: date) -> datetime:
    """The first instant of a local (Norwegian) calendar day, as aware UTC."""
    return datetime.combine(day, time.min, tzinfo=LOCAL_TZ).astimezone(UTC)


@dataclass
class VisitHistoryQuery:
    """A filter over all visits this store holds. Every part is optional; empty means all."""

    text: str = ""  # company name or organisation number
    hunter_ids: set[str] = field(default_factory=set)
    team: str | None = None
    organisation: str | None = None
    date_from: date | None = None  # local days, inclusive
    date_to: date | None = None
    counties: set[str] = field(default_factory=set)
    municipalities: set[str] = field(default_factory=set)  # any number, old 54xx or today's
    channels: set[str] = field(default_factory=set)
    outcomes: set[str] = field(default_factory=set)
    trade: str | None = None  # a trade discussed or offered
    campaign_id: str | None = None
    stages: set[str] = field(default_factory=set)  # the company's current stage

    def to_json(self) -> dict[str, Any]:
        """A JSON-safe form for saved filters."""
        out: dict[str, Any] = {}
        for name, value in asdict(self).items():
            if isinstance(value, set):
                value = sorted(value)
            elif isinstance(value, date):
                value = value.isoformat()
            out[name] = value
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> VisitHistoryQuery:
        """Back from `to_json`; unknown keys (from a newer app) are ignored."""
        query = cls()
        for f in fields(cls):
            if f.name not in data or data[f.name] is None:
                continue
            value = data[f.name]
            current = getattr(query, f.name)
            if isinstance(current, set):
                value = set(value)
            elif f.name in ("date_from", "date_to"):
                value = date.fromisoformat(value)
            setattr(query, f.name, value)
        return query

    def is_empty(self) -> bool:
        return self == VisitHistoryQuery()


@dataclass(frozen=True, slots=True)
class HistoryCursor:
    """Where the next page starts: after this visit (newest-first order)."""

    occurred_at: datetime
    rowid: int


@dataclass(frozen=True, slots=True)
class VisitRow:
    """One line of the history table, read without building ORM objects."""

    id: str
    occurred_at: datetime
    hunter_id: str
    hunter_name: str
    company_id: str
    company_name: str
    orgnr: str | None
    municipality: str  # as shown: all its names, by today's number ("Karasjok – Kárášjohka")
    channel: str
    outcome: str
    trades: tuple[str, ...]
    places: int
    next_step: str | None
    next_step_on: date | None
    company_stage: str | None
    rowid: int

    @property
    def cursor(self) -> HistoryCursor:
        return HistoryCursor(self.occurred_at, self.rowid)


VISIT_ROWID: ColumnElement[int] = literal_column("visit.rowid")


def _hunters_where(query: VisitHistoryQuery) -> list[Any]:
    conds: list[Any] = []
    if query.hunter_ids:
        conds.append(Visit.hunter_id.in_(query.hunter_ids))
    if query.team:
        conds.append(Visit.hunter_id.in_(select(User.id).where(User.team == query.team)))
    if query.organisation:
        conds.append(Visit.hunter_id.in_(select(User.id).where(User.organisation == query.organisation)))
    return conds


def campaign_visits(campaign: Campaign, walk_by_time: bool = False) -> Any:
    """The visits that belong to a campaign: to its target companies, within its period.

    (The same rule for the history filter and every campaign figure, so their numbers agree.)
    With `walk_by_time`, SQLite is kept off the company index: for a big target list, walking the
    period's visits newest-first finds a page long before collecting and sorting every target's.
    """
    company = func.coalesce(Visit.company_id, "") if walk_by_time else Visit.company_id
    return and_(
        company.in_(select(CampaignTarget.company_id).where(
            CampaignTarget.campaign_id == campaign.id, CampaignTarget.deleted_at.is_(None))),
        Visit.occurred_at >= local_day_start(campaign.starts_on),
        Visit.occurred_at < local_day_start(campaign.ends_on + timedelta(days=1)),
    )


def _where(session: Session, query: VisitHistoryQuery) -> list[Any]:
    conds: list[Any] = [Visit.deleted_at.is_(None)]
    conds.extend(_hunters_where(query))
    if query.date_from:
        conds.append(Visit.occurred_at >= local_day_start(query.date_from))
    if query.date_to:
        conds.append(Visit.occurred_at < local_day_start(query.date_to + timedelta(days=1)))
    if query.channels:
        conds.append(Visit.channel.in_(query.channels))
    if query.outcomes:
        conds.append(Visit.outcome.in_(query.outcomes))
    if query.trade:
        # JSON columns hold text as json.dumps wrote it (non-ASCII escaped): search for that form.
        needle = json.dumps(query.trade)
        conds.append(or_(type_coerce(Visit.trades, String).contains(needle, autoescape=True),
                         type_coerce(Visit.places, String).contains(needle, autoescape=True)))
    if query.campaign_id:
        campaign = session.get(Campaign, query.campaign_id)
        if campaign is None:
            conds.append(Visit.id.is_(None))
        else:
            targets = session.scalar(select(func.count()).select_from(CampaignTarget).where(
                CampaignTarget.campaign_id == campaign.id, CampaignTarget.deleted_at.is_(None))) or 0
            conds.append(campaign_visits(campaign, walk_by_time=targets > 2000))
    numbers: set[str] | None = None
    if query.counties:
        numbers = all_numbers_of_counties(query.counties)
    if query.municipalities:
        chosen = all_numbers_of_municipalities(query.municipalities)
        numbers = chosen if numbers is None else numbers & chosen
    if numbers is not None:
        conds.append(Company.municipality_number.in_(numbers or {"-"}))
    if query.stages:
        # Through coalesce, which also keeps SQLite off the stage index: a stage holds thousands of
        # companies, and walking visits newest-first finds a page sooner than sorting all of theirs.
        conds.append(func.coalesce(Company.stage, "none").in_(query.stages))
    if query.text.strip():
        ids = company_select(CompanyQuery(text=query.text)).with_only_columns(Company.id).order_by(None)
        conds.append(Visit.company_id.in_(ids))
    return conds


def history_select(session: Session, query: VisitHistoryQuery) -> Select[*tuple[Any, ...]]:
    """The SELECT of history rows for a query, newest first, without limit."""
    statement: Select[*tuple[Any, ...]] = (
        select(
            Visit.id, Visit.occurred_at, Visit.hunter_id, User.name, Visit.company_id, Company.name,
            Company.orgnr, Company.municipality_number, Visit.channel, Visit.outcome, Visit.trades,
            Visit.places, Visit.next_step, Visit.next_step_on, Company.stage, VISIT_ROWID,
        )
        .join(Company, Company.id == Visit.company_id)
        .outerjoin(User, User.id == Visit.hunter_id)
        .where(*_where(session, query))
        .order_by(Visit.occurred_at.desc(), VISIT_ROWID.desc())
    )
    return statement


def _row(raw: Any) -> VisitRow:
    (vid, when, hunter_id, hunter_name, company_id, company_name, orgnr, muni, channel, outcome,
     trades, places, next_step, next_step_on, stage, rowid) = raw
    return VisitRow(
        id=vid, occurred_at=when, hunter_id=hunter_id, hunter_name=hunter_name or hunter_id[:8],
        company_id=company_id, company_name=company_name, orgnr=orgnr,
        municipality=regions.municipality_label(muni),
        channel=channel, outcome=outcome, trades=tuple(trades or ()),
        places=sum(int(p.get("count", 0)) for p in places or []), next_step=next_step,
        next_step_on=next_step_on, company_stage=stage, rowid=rowid,
    )


def history_page(session: Session, query: VisitHistoryQuery, after: HistoryCursor | None = None,
                 limit: int = PAGE_SIZE) -> list[VisitRow]:
    """One page of visits, newest first, starting after `after` (None: the first page)."""
    stmt = history_select(session, query)
    if after is not None:
        stmt = stmt.where(tuple_(Visit.occurred_at, VISIT_ROWID) < tuple_(after.occurred_at, after.rowid))
    return [_row(r) for r in session.execute(stmt.limit(limit)).all()]


def history_rows(store: Store, query: VisitHistoryQuery, batch: int = 2000) -> Iterator[VisitRow]:
    """Every matching visit, newest first, read in a session of its own while they are consumed
    (an export writing them to a file in a worker)."""
    with store.reader() as session:
        yield from iter_history(session, query, batch)


def iter_history(session: Session, query: VisitHistoryQuery, batch: int = 2000) -> Iterator[VisitRow]:
    """Every matching visit, newest first, in batches (for exports)."""
    after: HistoryCursor | None = None
    while True:
        page = history_page(session, query, after, batch)
        yield from page
        if len(page) < batch:
            return
        after = page[-1].cursor


def count_history(session: Session, query: VisitHistoryQuery) -> int:
    """How many visits match (a full count: run it off the UI thread on big stores)."""
    stmt = (select(func.count()).select_from(Visit).join(Company, Company.id == Visit.company_id)
            .where(*_where(session, query)))
    return session.scalar(stmt) or 0


@dataclass(frozen=True, slots=True)
class VisitDetail:
    """Everything the detail pane shows about one visit."""

    row: VisitRow
    contact_name: str | None
    reason: str | None
    notes: str | None
    places: tuple[tuple[str, int], ...]
    campaign_name: str | None
    followups: tuple[tuple[date, str, str], ...]  # (due, title, status)


def visit_detail(session: Session, visit_id: str) -> VisitDetail | None:
    """The detail of one visit, or None when it is gone."""
    stmt = history_select(session, VisitHistoryQuery()).where(Visit.id == visit_id)
    raw = session.execute(stmt).first()
    if raw is None:
        return None
    visit = session.get(Visit, visit_id)
    assert visit is not None
    contact = session.get(Contact, visit.contact_id) if visit.contact_id else None
    campaign = session.get(Campaign, visit.campaign_id) if visit.campaign_id else None
    followups = session.execute(
        select(FollowUp.due_on, FollowUp.title, FollowUp.status)
        .where(FollowUp.visit_id == visit_id, FollowUp.deleted_at.is_(None))
        .order_by(FollowUp.due_on)
    ).all()
    return VisitDetail(
        row=_row(raw), contact_name=contact.name if contact else None, reason=visit.reason,
        notes=visit.notes,
        places=tuple((str(p.get("trade", "")), int(p.get("count", 0))) for p in visit.places or []),
        campaign_name=campaign.name if campaign else None,
        followups=tuple((d, t, s) for d, t, s in followups),
    )


# --- what the filter panel offers -------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Person:
    id: str
    name: str
    team: str | None
    organisation: str | None
    role: str
    active: bool = True  # False: the account was deactivated (has left); given no work


def people(session: Session) -> list[Person]:
    """Users known to this store, by name (those who have left too: their history is theirs)."""
    rows = session.execute(
        select(User.id, User.name, User.team, User.organisation, User.role, User.active)
        .where(User.deleted_at.is_(None)).order_by(User.name)
    ).all()
    return [Person(*r) for r in rows]


def teams(session: Session) -> list[str]:
    return [t for t in session.scalars(select(User.team).where(User.team.is_not(None)).distinct()
                                       .order_by(User.team)) if t]


def organisations(session: Session) -> list[str]:
    return [o for o in session.scalars(select(User.organisation).where(User.organisation.is_not(None))
                                       .distinct().order_by(User.organisation)) if o]


# --- saved filters ----------------------------------------------------------------------------

def save_filter(session: Session, name: str, query: VisitHistoryQuery,
                kind: str = HISTORY_FILTER_KIND) -> SavedFilter:
    """Save (or overwrite) a named filter."""
    name = name.strip()
    if not name:
        raise ValueError("a saved filter needs a name")
    existing = session.scalar(select(SavedFilter).where(SavedFilter.kind == kind, SavedFilter.name == name))
    if existing is not None:
        existing.query = query.to_json()
        return existing
    saved = SavedFilter(kind=kind, name=name, query=query.to_json())
    session.add(saved)
    session.flush()
    return saved


def saved_filters(session: Session, kind: str = HISTORY_FILTER_KIND) -> list[tuple[str, VisitHistoryQuery]]:
    """The saved filters of a kind, by name."""
    rows = session.scalars(select(SavedFilter).where(SavedFilter.kind == kind).order_by(SavedFilter.name))
    return [(r.name, VisitHistoryQuery.from_json(r.query)) for r in rows]


def delete_saved_filter(session: Session, name: str, kind: str = HISTORY_FILTER_KIND) -> bool:
    row = session.scalar(select(SavedFilter).where(SavedFilter.kind == kind, SavedFilter.name == name))
    if row is None:
        return False
    session.delete(row)
    return True
