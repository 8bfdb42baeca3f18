"""Figures for staff: the key figures, the campaign funnel, activity per week, goals against results,
results by municipality and the trades with most places offered. Plain data; the views, the PDF and
the Excel workbook print it and compute nothing beside it.

A figure is computed for a scope: a period of Norwegian calendar days, and optionally a campaign.
Every figure counts the same visits, `counted_visits`: not deleted, within the period, and with a
campaign only those to its target companies. Each figure is defined once, below: the funnel steps
(`FUNNEL_STEPS`, `companies_reaching`), the places offered (`places_offered`) and the key figures
(`KeyFigures`, whose fields say how each is counted). Where a key figure and a funnel step carry
the same number, the key figure is read from the step, so they cannot drift apart.

The figures are counted in SQL, and what comes back is counts, not visits. Over long periods they
read tallies of the visits that triggers keep (migration 0014, store/tallies.py): per company (how
many visits, the highest rank, the places, the first and last visit), per hunter and tally day,
and the offers per company, day and trade; what the tallies cannot tell (a campaign's visits, the
companies an agreement was made with, a company visited both in and outside the period) is read
from the visit indexes (migrations 0003, 0011, 0014), never from the visit rows.

The tallies are read only when they are ready (`store.tallies.tallies_ready`): after a first sync
they are counted in the background, and on a hunter's laptop not at all. Until then each figure
is counted from the visits by the same rules (`_tallied`): slower over a long history, never
different.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta
from functools import partial
from typing import Any

from sqlalchemy import Integer, String, and_, bindparam, case, cast, func, literal_column, or_, select, true
from sqlalchemy.orm import Session

from lpj_desktop.domain import regions
from lpj_desktop.domain.enums import GoalScope
from lpj_desktop.domain.ladder import LADDER, PLACE_OUTCOMES, Outcome
from lpj_desktop.services.campaigns import count_targets
from lpj_desktop.services.collector import collector_paused
from lpj_desktop.services.goal_admin import all_goals
from lpj_desktop.services.history import local_day_start
from lpj_desktop.store.base import UTCDateTime
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import (
    Campaign,
    CampaignTarget,
    Company,
    CompanyTally,
    Goal,
    HunterDayTally,
    OfferTally,
    User,
    Visit,
)
from lpj_desktop.store.tallies import starts_tally_day, tallies_ready, tally_day

# An agreement: the company committed to something concrete (Outcome.is_agreement).
AGREEMENT_OUTCOMES = tuple(o.value for o in LADDER if o.is_agreement)
# Written into the SQL as words, not parameters: SQLite then reads a period's agreements from
# ix_visit_agreements, a partial index with this very condition (and the tombstone's), and not
# every visit of the period from the hunter index.
_AGREEMENT = Visit.outcome.in_(bindparam("agreement_outcomes", list(AGREEMENT_OUTCOMES), expanding=True,
                                         literal_execute=True))
_RANK_CASE = case({o.value: o.rank for o in LADDER}, value=Visit.outcome, else_=-1)
# Visits whose outcome may carry places (PLACE_OUTCOMES), as words: SQLite then reads them from
# ix_visit_place_offers, a partial index with this very condition.
_MAY_CARRY_PLACES = Visit.outcome.in_(bindparam("place_outcomes", list(PLACE_OUTCOMES), expanding=True,
                                                literal_execute=True))


def _tallied(session: Session) -> bool:
    """Whether the tallies may be read now (store/tallies.py: `tallies_ready`, the one rule);
    otherwise the figures count the visits."""
    return tallies_ready(session.connection())


def _visit_offers(conds: Sequence[Any]) -> Any:
    """The offers on the visits meeting `conds` that may carry places, one row each: (company_id,
    hunter_id, trade, places), counted as the offer tally counts them (`places_offered`)."""
    item = func.json_each(Visit.places).table_valued("value").alias("offer")
    trade = func.coalesce(func.json_extract(item.c.value, "$.trade"), "")
    places = cast(func.coalesce(func.json_extract(item.c.value, "$.count"), 0), Integer)
    return (select(Visit.company_id.label("company_id"), Visit.hunter_id.label("hunter_id"),
                   trade.label("trade"), places.label("places"))
            .select_from(Visit).join(item, true()).where(_MAY_CARRY_PLACES, *conds).subquery("offers"))


@dataclass(frozen=True, slots=True)
class FigureScope:
    """What the figures cover: local days from–to (inclusive) and, optionally, one campaign."""

    date_from: date
    date_to: date
    campaign_id: str | None = None

    @property
    def start(self) -> datetime:
        return local_day_start(self.date_from)

    @property
    def end(self) -> datetime:
        return local_day_start(self.date_to + timedelta(days=1))

    @classmethod
    def for_campaign(cls, campaign: Campaign) -> FigureScope:
        return cls(campaign.starts_on, campaign.ends_on, campaign.id)


# The visit time behind SQLite's unary plus (a no-op on the value): the time index cannot serve it.
_TIME_NO_INDEX = literal_column("+visit.occurred_at", type_=UTCDateTime())
# The same for the company: a campaign's counts by hunter and week would otherwise be driven from
# its target list, each target's visits sought again for every hunter and week (40 s, not 40 ms).
_COMPANY_NO_INDEX = literal_column("+visit.company_id", type_=String())


def counted_visits(scope: FigureScope, time_index: bool = True, span: tuple[Any, Any] | None = None,
                   company_index: bool = True) -> list[Any]:
    """The visits every figure of `scope` counts, as WHERE conditions on `Visit`.

    - not deleted: a tombstoned visit counts nowhere;
    - within the scope's period, by Norwegian calendar day (Europe/Oslo, whatever the laptop's
      clock zone): from the first instant of `date_from` to the last of `date_to`;
    - with a campaign, only visits to its target companies (targets taken off the list do not
      count) — the same rule as the history's campaign filter (`history.campaign_visits`);
    - every channel (visit, phone, video, e-mail, letter, event) and every outcome, 'not reached'
      included: an attempt is a contact. An event writes one visit per company present, so a
      market day with five companies is five contacts with five companies;
    - every hunter's, as far as this store holds them.

    `time_index=False` keeps SQLite off the time index (for long periods; same rows), and
    `company_index=False` off the company index. `span`: the first instant and the end of a part
    of the period (SQL expressions, such as one week of it), to count that part only; the caller
    keeps it inside the period.
    """
    when = Visit.occurred_at if time_index else _TIME_NO_INDEX
    start, end = span if span is not None else (scope.start, scope.end)
    conds: list[Any] = [Visit.deleted_at.is_(None), when >= start, when < end]
    if scope.campaign_id:
        company = Visit.company_id if company_index else _COMPANY_NO_INDEX
        conds.append(company.in_(_target_ids(scope.campaign_id)))
    return conds


# --- the funnel and the key figures: each defined once ----------------------------------------------

# The funnel's steps after "targeted", and the lowest rung a company's counted visits must have
# reached to count in each (None: any counted visit). One step per rung of the ladder, so no step
# can hold more companies than the one before it.
FUNNEL_STEPS: tuple[tuple[str, Outcome | None], ...] = (
    ("contacted", None),
    ("reached", Outcome.NOT_INTERESTED),
    ("interested", Outcome.WANTS_INFORMATION),
    ("agreed", Outcome.FOLLOW_UP_AGREED),
    ("applying", Outcome.WILL_APPLY),
    ("approved", Outcome.APPROVED),
    ("places_offered", Outcome.PLACE_OFFERED),
    ("contracts_signed", Outcome.CONTRACT_SIGNED),
)


RankCounts = Mapping[int, int]  # a highest rank → how many companies have it


def companies_reaching(ranks: RankCounts, rung: Outcome | None) -> int:
    """How many companies reached `rung` in scope: companies whose highest outcome among their
    counted visits is `rung` or above; with None, companies with any counted visit at all.

    `ranks` counts the companies by their highest rank among their counted visits (-1 for an
    outcome this app does not know). The highest, not the latest: a company that said yes in June
    and no in August did reach 'interested' in the period. Visits before the period do not count: a
    company approved last year and not seen since reaches nothing this year.
    """
    lowest = -1 if rung is None else rung.rank
    return sum(n for rank, n in ranks.items() if rank >= lowest)


@dataclass(frozen=True, slots=True)
class FunnelStep:
    key: str  # "targeted" (campaigns only), then the keys of FUNNEL_STEPS
    count: int  # companies


def campaign_funnel(targeted: int | None, ranks: RankCounts) -> list[FunnelStep]:
    """The funnel: companies per step, each step a rung of the ladder (`FUNNEL_STEPS`,
    `companies_reaching`). With a campaign it starts with its target companies, and every later
    step counts targets only; without one there are no targets, and it starts with the companies
    contacted (`targeted` None)."""
    steps = [] if targeted is None else [FunnelStep("targeted", targeted)]
    steps.extend(FunnelStep(key, companies_reaching(ranks, rung)) for key, rung in FUNNEL_STEPS)
    return steps


Period = tuple[date, date]  # local days, inclusive
Read = Callable[[Session], Any]


def places_offered(trades: Iterable[TradePlaces]) -> int:
    """Tilbudte læreplasser, a number of places (not of companies): the place counts on counted
    visits whose outcome may carry places ('place offered', and 'contract signed' when the hunter
    recorded them there), added up over every trade.

    Each visit's places count: an offer recorded on two visits counts twice. An offer must name its
    places (VisitDraft.problems), so every company in the funnel step 'places offered' that has not
    gone on to a contract adds at least one place here (visits saved before that rule may not); a
    contract need not repeat them. An offer's places are `int(count or 0)` and its trade
    `str(trade or "")`, as the visit tallies count them (store/tallies.py: the outcomes that may
    carry places are `PLACE_OUTCOMES`); every other figure of places reads the same tallies.
    """
    return sum(t.places for t in trades)


@dataclass(frozen=True, slots=True)
class KeyFigures:
    """The key figures of a scope, in the order they are shown. All count `counted_visits`."""

    targets: int | None
    """Målbedrifter: the campaign's target companies (its live target list, whatever the period).
    None without a campaign: there is no target list then, and no funnel step of it either."""
    letters_marked: int | None
    """Brev registrert sendt: targets with a letter date recorded. None without a campaign."""
    contacts: int
    """Kontakter: counted visits, every channel and outcome ('not reached' attempts included)."""
    companies_contacted: int
    """Bedrifter kontaktet: companies with at least one counted visit (funnel step 'contacted')."""
    interested: int
    """Interesserte bedrifter: companies reaching 'wants information' (funnel step 'interested')."""
    agreements: int
    """Bedrifter med avtale: companies reaching 'follow-up agreed' or higher (funnel step 'agreed');
    what the goals count as agreements."""
    approved: int
    """Godkjente lærebedrifter: companies reaching 'approved' (funnel step 'approved')."""
    companies_offering: int
    """Bedrifter med læreplass tilbudt: companies reaching 'place offered' (step 'places_offered')."""
    places: int
    """Tilbudte læreplasser: places, not companies (`places_offered`)."""
    contracts: int
    """Bedrifter med lærekontrakt: companies reaching 'contract signed' (step 'contracts_signed')."""

    def items(self) -> list[tuple[str, int | None]]:
        """(key, value) of every figure, in order."""
        return [(f.name, getattr(self, f.name)) for f in fields(self)]


# Key figures read from the funnel: the same number under the same words, in one place.
KEY_FIGURE_STEPS: dict[str, str] = {
    "companies_contacted": "contacted", "interested": "interested", "agreements": "agreed",
    "approved": "approved", "companies_offering": "places_offered", "contracts": "contracts_signed",
}


def key_figures(funnel: list[FunnelStep], contacts: int, places: int,
                targets: list[tuple[str, date | None]] | None) -> KeyFigures:
    """The key figures from the funnel, the number of counted visits, the places offered and the
    campaign's live target rows (company id, letter date; None without a campaign)."""
    steps = {s.key: s.count for s in funnel}
    listed = None if targets is None else count_targets(d for _, d in targets)
    return KeyFigures(
        targets=None if listed is None else listed.targets,
        letters_marked=None if listed is None else listed.letters_marked,
        contacts=contacts, places=places,
        **{key: steps[step] for key, step in KEY_FIGURE_STEPS.items()},
    )


# --- per-company results ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class MunicipalityResult:
    """The key figures of the companies in one municipality: each column adds up to its key figure."""

    number: str  # today's number ('' when unknown)
    name: str  # as shown: all its names ("Karasjok – Kárášjohka")
    companies: int  # companies contacted
    visits: int  # contacts
    interested: int  # interested companies
    places: int  # places offered
    contracts: int  # companies with a contract


@dataclass(frozen=True, slots=True)
class TradePlaces:
    trade: str
    places: int  # places offered in this trade
    companies: int  # companies offering places in it


@dataclass(frozen=True, slots=True)
class ManualFigures:
    letters_sent: int | None
    social_views: int | None
    link_clicks: int | None


@dataclass(frozen=True, slots=True)
class WeeklyActivity:
    """Visits per ISO week per hunter. `weeks` are (ISO year, ISO week), every week of the scope."""

    weeks: tuple[tuple[int, int], ...]
    hunters: tuple[tuple[str, str], ...]  # (id, name), most active first
    counts: dict[tuple[str, tuple[int, int]], int]

    def total(self, week: tuple[int, int]) -> int:
        return sum(self.counts.get((h, week), 0) for h, _ in self.hunters)

    def hunter_total(self, hunter_id: str) -> int:
        return sum(self.counts.get((hunter_id, w), 0) for w in self.weeks)


@dataclass(frozen=True, slots=True)
class GoalProgress:
    goal_id: str
    scope: str
    subject: str
    subject_name: str
    period_start: date
    period_end: date
    goal_visits: int
    goal_agreements: int
    goal_places: int
    visits: int
    agreements: int  # companies brought to 'follow-up agreed' or higher in the period
    places: int

    @staticmethod
    def share(done: int, goal: int) -> float | None:
        return done / goal if goal > 0 else None


@dataclass
class Dashboard:
    """Every figure of one scope; the dashboard, the campaign PDF and the workbook print these."""

    scope: FigureScope
    campaign_name: str | None
    figures: KeyFigures
    funnel: list[FunnelStep]
    weekly: WeeklyActivity
    goals: list[GoalProgress]
    municipalities: list[MunicipalityResult]
    trades: list[TradePlaces]
    manual: ManualFigures | None
    computed_at: datetime = field(default_factory=datetime.now)


# municipality number as stored, best rank, companies, visits, places offered
CompanyGroup = tuple[str | None, int, int, int, int]


def _rows(session: Session, stmt: Any) -> Sequence[Any]:
    """The rows of a statement of columns, read on the session's connection: tens of thousands of
    rows skip the ORM's handling of each (a tenth of a second over a whole history)."""
    return session.connection().execute(stmt).all()


# --- tally days: how a period of Norwegian days is read from the tallies --------------------------

def _stored_instant(session: Session) -> Callable[[datetime], Any]:
    """An instant as the store writes visit times (the text SQLite compares them as), for instants
    passed inside a JSON parameter rather than one by one."""
    dialect = session.get_bind().dialect
    column_type = Visit.__table__.c.occurred_at.type
    process = column_type.dialect_impl(dialect).bind_processor(dialect)
    return process if process is not None else (lambda instant: instant)


def _tally_days(session: Session, instants: Sequence[datetime]) -> list[str]:
    """The tally day each instant begins (store/tallies.py), so that the tally days from one
    instant's to another's hold exactly the visits between them.

    Every Norwegian day since 1895 begins at 22:00 or 23:00 UTC, which begins a tally day. An
    instant inside a tally day (a day before 1895, when Oslo kept its own mean time) stands for
    the day it is in, provided no visit lies between that day's start and it; otherwise the
    tallies cannot say what lies on either side and ValueError says so.
    """
    stored = _stored_instant(session)
    days = []
    for instant in instants:
        at = instant.astimezone(UTC)
        if not starts_tally_day(at):
            start = at.replace(hour=at.hour if at.hour >= 22 else 0, minute=0, second=0, microsecond=0)
            between = session.scalar(select(literal_column("1")).select_from(Visit).where(
                Visit.occurred_at >= start, Visit.occurred_at < at).limit(1))
            if between is not None:
                raise ValueError(f"Tallene kan ikke deles ved {instant:%d.%m.%Y %H:%M} (UTC): "
                                 "det finnes besøk rett før dette tidspunktet.")
        days.append(tally_day(stored(at)))
    return days


def _period_days(session: Session, period: Period) -> tuple[str, str]:
    """The tally days of a period of Norwegian days: from the first (inclusive) to the end's."""
    first, end = _tally_days(session, [local_day_start(period[0]),
                                       local_day_start(period[1] + timedelta(days=1))])
    return first, end


# --- companies: counted by municipality and best rank -------------------------------------------

MANY_VISITS = 100_000


def _many_visits(session: Session, scope: FigureScope) -> bool:
    """True when the scope's period holds at least MANY_VISITS visits (counted on the time index,
    stopping there: a few milliseconds however big the store)."""
    capped = (select(literal_column("1")).select_from(Visit)
              .where(Visit.occurred_at >= scope.start, Visit.occurred_at < scope.end)
              .limit(MANY_VISITS).subquery())
    return (session.scalar(select(func.count()).select_from(capped)) or 0) >= MANY_VISITS


def _target_ids(campaign_id: str) -> Any:
    return select(CampaignTarget.company_id).where(CampaignTarget.campaign_id == campaign_id,
                                                   CampaignTarget.deleted_at.is_(None))


def _same_company(company_id: Any) -> Any:
    """`company.id = company_id`, written as a range of one: SQLite then reads the municipality
    from ix_company_id_municipality alone, where for an equality it takes the unique index on id
    and then the wide company row (0.16 s of 90,000 companies; the company tally's row, which
    holds the same municipality, is wider still)."""
    return and_(Company.id >= company_id, Company.id <= company_id)


def _company_places(company_id: Any, rank: Any, days: tuple[str, str], scope: FigureScope,
                    tallied: bool) -> Any:
    """The places offered to a company within tally days (`places_offered` of its offers), given
    the highest rank of its visits in them: below 'place offered' no visit of it may carry places,
    and its offers are not looked for (four companies in five). From the offer tally, or, while
    it is not ready, from the company's counted visits in scope."""
    if tallied:
        o = OfferTally
        offered = (select(func.coalesce(func.sum(o.places), 0))
                   .where(o.company_id == company_id, o.day >= days[0], o.day < days[1]).scalar_subquery())
    else:
        item = func.json_each(Visit.places).table_valued("value").alias("offer")
        count = cast(func.coalesce(func.json_extract(item.c.value, "$.count"), 0), Integer)
        offered = (select(func.coalesce(func.sum(count), 0)).select_from(Visit).join(item, true())
                   .where(Visit.company_id == company_id, _MAY_CARRY_PLACES, *counted_visits(scope))
                   .scalar_subquery())
    return case((rank >= Outcome.PLACE_OFFERED.rank, offered), else_=0)


@dataclass(frozen=True, slots=True)
class GroupPlan:
    """How the companies of a scope are counted (`group_plans`): from the company tally
    (`tally`; `partly`: some companies were visited outside the period too), or from the visits,
    by time or (`long_period`) in one pass over the company index, of the companies with ids from
    `first` (inclusive) to `until` (exclusive; None: no bound)."""

    tally: bool
    partly: bool = False
    long_period: bool = False
    first: str | None = None
    until: str | None = None


def group_plans(session: Session, scope: FigureScope) -> list[GroupPlan]:
    """How to count the companies visited in scope (`company_groups`), as reads independent of one
    another (so that they can run side by side):
    - a campaign, or a period of few visits: the period's visits, by time (a campaign's by company);
    - a period of many visits (no campaign): every company whose visits all lie in the period is
      taken from the company tally as it is (over a whole history: every company, 90,000 tally
      rows instead of 1,000,000 visits and 90,000 municipalities looked up), and the others
      visited in the period (before or after it too) have their visits in it counted one company
      at a time on the company index;
    - unless a quarter of the companies or more are such others (a year of a long history: two
      seeks a company for 65,000 companies took 0.5 s): then passes over the company index, which
      is already in company order, count every company (0.3 s at 1,000,000 visits), in two reads
      of half the companies each.
    """
    if scope.campaign_id or not _many_visits(session, scope):
        return [GroupPlan(tally=False)]
    if not _tallied(session):  # one pass over the company index, until the tallies are counted
        return [GroupPlan(tally=False, long_period=True)]
    t = CompanyTally
    companies = session.scalar(select(func.count()).select_from(t)) or 0
    enough = companies // 4 + 1
    # Counted only as far as the choice needs: in a year of a long history most companies are
    # such others, and the count stops at once.
    others = session.scalar(select(func.count()).select_from(
        select(literal_column("1")).select_from(t).where(_partly_in(scope)).limit(enough).subquery())) or 0
    if others < enough:
        return [GroupPlan(tally=True, partly=others > 0)]
    middle = session.scalar(select(t.company_id).order_by(t.company_id).offset(companies // 2).limit(1))
    return [GroupPlan(tally=False, long_period=True, until=middle),
            GroupPlan(tally=False, long_period=True, first=middle)]


def _partly_in(scope: FigureScope) -> Any:
    """A company tally row whose company was visited both in the scope's period and outside it."""
    t, start, end = CompanyTally, scope.start, scope.end
    return and_(t.first_at < end, t.last_at >= start, or_(t.first_at < start, t.last_at >= end))


def company_groups(session: Session, scope: FigureScope, days: tuple[str, str], plan: GroupPlan
                   ) -> list[CompanyGroup]:
    """The companies visited in scope (of `plan`'s part), counted by municipality (as stored) and by
    the highest rank among their counted visits: (municipality number, rank, companies, visits,
    places offered). Each company's visits in scope are counted in SQL and a few thousand groups
    come back, each company's places from the offer tally."""
    t = CompanyTally
    tallied = plan.tally or _tallied(session)
    if not plan.tally:
        conds = counted_visits(scope, time_index=not plan.long_period)
        if plan.first is not None:
            conds.append(Visit.company_id >= plan.first)
        if plan.until is not None:
            conds.append(Visit.company_id < plan.until)
        per_company = (select(Visit.company_id.label("company_id"), func.count().label("n"),
                              func.max(_RANK_CASE).label("rank"))
                       .where(*conds).group_by(Visit.company_id).subquery())
        company, rank, n = per_company.c.company_id, per_company.c.rank, per_company.c.n
        stmt = (select(Company.municipality_number, rank, func.count(), func.sum(n),
                       func.sum(_company_places(company, rank, days, scope, tallied)))
                .select_from(per_company).join(Company, _same_company(company))
                .group_by(Company.municipality_number, rank))
        return [(m, rank, c, n, p or 0) for m, rank, c, n, p in _rows(session, stmt)]
    whole = _rows(session, select(t.municipality_number, t.top_rank, func.count(), func.sum(t.visits),
                                  func.sum(t.places))
                  .where(t.first_at >= scope.start, t.last_at < scope.end)
                  .group_by(t.municipality_number, t.top_rank))
    if not plan.partly:  # the whole history
        return [(m, rank, c, n, p) for m, rank, c, n, p in whole]
    # Two seeks a company on the company index (joined instead, SQLite would read the period's
    # visits by time and sort them by company).
    visits_in = select(Visit).where(Visit.company_id == t.company_id, *counted_visits(scope))
    per_company = (select(t.company_id, t.municipality_number,
                          visits_in.with_only_columns(func.count()).scalar_subquery().label("n"),
                          visits_in.with_only_columns(func.max(_RANK_CASE)).scalar_subquery().label("rank"))
                   .where(_partly_in(scope)).subquery())
    muni, rank, n = per_company.c.municipality_number, per_company.c.rank, per_company.c.n
    places = _company_places(per_company.c.company_id, rank, days, scope, tallied)
    stmt = (select(muni, rank, func.count(), func.sum(n), func.sum(places)).where(n > 0).group_by(muni, rank))
    return _merged_groups([whole, _rows(session, stmt)])


def _merged_groups(parts: Iterable[Iterable[CompanyGroup]]) -> list[CompanyGroup]:
    """Groups of disjoint sets of companies, added up per municipality and rank."""
    counts: dict[tuple[str | None, int], list[int]] = defaultdict(lambda: [0, 0, 0])
    for part in parts:
        for muni, rank, companies, visits, places in part:
            group = counts[(muni, rank)]
            group[0] += companies
            group[1] += visits
            group[2] += places or 0
    return [(muni, rank, c, v, p) for (muni, rank), (c, v, p) in counts.items()]


# --- places by trade ------------------------------------------------------------------------------

def _trade_places(session: Session, scope: FigureScope, days: tuple[str, str]) -> list[TradePlaces]:
    """Places offered per trade in scope, and the companies offering them (every trade with an
    offer, places or not), from the offer tally (or the visits, while it is not ready): one row
    per trade comes back."""
    if not _tallied(session):
        v = _visit_offers(counted_visits(scope))
        rows = _rows(session, select(v.c.trade, func.sum(v.c.places),
                                     func.count(func.distinct(v.c.company_id))).group_by(v.c.trade))
        return [TradePlaces(trade, places, companies) for trade, places, companies in rows]
    o = OfferTally
    conds = [o.day >= days[0], o.day < days[1]]
    if scope.campaign_id:
        conds.append(o.company_id.in_(_target_ids(scope.campaign_id)))
    rows = _rows(session, select(o.trade, func.sum(o.places), func.count(func.distinct(o.company_id)))
                 .where(*conds).group_by(o.trade))
    return [TradePlaces(trade, places, companies) for trade, places, companies in rows]


# --- weeks ----------------------------------------------------------------------------------------

Week = tuple[int, int]  # ISO year, ISO week


def _oslo_weeks(scope: FigureScope) -> list[tuple[Week, datetime, datetime]]:
    """The scope's ISO weeks of Norwegian days, each with the first instant and the end of its part
    of the scope (the first and the last week may be cut short by the scope's days)."""
    weeks = []
    monday = scope.date_from - timedelta(days=scope.date_from.weekday())
    while monday <= scope.date_to:
        iso = monday.isocalendar()
        first = max(monday, scope.date_from)
        after = min(monday + timedelta(days=7), scope.date_to + timedelta(days=1))
        weeks.append(((iso.year, iso.week), local_day_start(first), local_day_start(after)))
        monday += timedelta(days=7)
    return weeks


def _loose_scan(column: Any) -> Any:
    """Every value of an indexed column, by a loose scan of the index it leads (one seek per
    value, where SELECT DISTINCT reads every entry)."""
    first = select(func.min(column).label("id")).cte(f"{column.table.name}_{column.name}", recursive=True)
    following = select(func.min(column)).where(column > first.c.id).scalar_subquery()
    return first.union_all(select(following).where(first.c.id.is_not(None)))


def weekly_activity(session: Session, scope: FigureScope) -> WeeklyActivity:
    """Contacts (counted visits) per hunter per ISO week in scope, weeks of Norwegian days: every
    counted visit falls in one of the scope's weeks, so the weeks add up to the contacts.

    Where a week begins and ends is Python's calendar of Oslo (summer time and all); SQL adds up
    each hunter's tally days of the week (a seek and at most a week's rows per hunter and week).
    A campaign's contacts are its targets' visits, which the hunter tally does not tell apart:
    they are counted per hunter and week on the hunter index between the week's first and last
    instant (nothing to sort).
    """
    weeks = _oslo_weeks(scope)
    if scope.campaign_id or not _tallied(session):
        stored = _stored_instant(session)
        spans = func.json_each(json.dumps([[i, stored(first), stored(after)] for i, (_, first, after)
                                           in enumerate(weeks)])).table_valued("value").alias("span")
        first, after = func.json_extract(spans.c.value, "$[1]"), func.json_extract(spans.c.value, "$[2]")
        hunters = _loose_scan(Visit.hunter_id)
        contacts = (select(func.count()).select_from(Visit)
                    .where(Visit.hunter_id == hunters.c.id,
                           *counted_visits(scope, span=(first, after), company_index=False))
                    .scalar_subquery())
    else:
        days = _tally_days(session, [weeks[0][1], *(after for _, _, after in weeks)])
        spans = func.json_each(json.dumps([[i, days[i], days[i + 1]] for i in range(len(weeks))])
                               ).table_valued("value").alias("span")
        first, after = func.json_extract(spans.c.value, "$[1]"), func.json_extract(spans.c.value, "$[2]")
        h = HunterDayTally
        hunters = _loose_scan(h.hunter_id)
        contacts = (select(func.coalesce(func.sum(h.visits), 0))
                    .where(h.hunter_id == hunters.c.id, h.day >= first, h.day < after).scalar_subquery())
    rows = _rows(session, select(hunters.c.id, func.json_extract(spans.c.value, "$[0]"), contacts)
                 .select_from(hunters).join(spans, true()).where(hunters.c.id.is_not(None)))
    counts = {(hunter_id, weeks[i][0]): n for hunter_id, i, n in rows if n}
    totals: dict[str, int] = defaultdict(int)
    for (hunter, _), n in counts.items():
        totals[hunter] += n
    names = _names(session, totals)
    hunters_shown = tuple(sorted(((h, names.get(h, h[:8])) for h in totals),
                                 key=lambda x: (-totals[x[0]], x[1])))
    return WeeklyActivity(tuple(w for w, _, _ in weeks), hunters_shown, counts)


def _names(session: Session, ids: Any) -> dict[str, str]:
    ids = list(ids)
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.name).where(User.id.in_(ids))).all())


def _by_municipality(groups: list[CompanyGroup]) -> list[MunicipalityResult]:
    """The key figures per municipality (today's: history on the old 54xx numbers counts there)."""
    ranks: dict[str, Counter[int]] = defaultdict(Counter)
    visits: dict[str, int] = defaultdict(int)
    places: dict[str, int] = defaultdict(int)
    current: dict[str | None, str] = {}  # stored number → today's (a few hundred, not per company)
    for muni, rank, companies, n, offered in groups:
        key = current.get(muni)
        if key is None:
            key = current[muni] = regions.current_municipality_number(muni) or ""
        ranks[key][rank] += companies
        visits[key] += n
        places[key] += offered
    out = [MunicipalityResult(k, regions.municipality_label(k) if k else "", companies_reaching(r, None),
                              visits[k], companies_reaching(r, Outcome.WANTS_INFORMATION), places[k],
                              companies_reaching(r, Outcome.CONTRACT_SIGNED))
           for k, r in ranks.items()]
    out.sort(key=lambda m: (-m.places, -m.interested, -m.visits, m.name))
    return out


def _by_trade(trades: list[TradePlaces]) -> list[TradePlaces]:
    """The trades with places offered, most first."""
    return sorted((t for t in trades if t.places > 0), key=lambda t: (-t.places, t.trade))


# --- goals -------------------------------------------------------------------------------------
# A goal's progress is the key figures' own definitions over the goal's period (no campaign),
# restricted to its hunter or its team's members: visits are contacts, agreements are companies
# reaching 'follow-up agreed' (KeyFigures.agreements; a company two members share counts once),
# places are `places_offered`. The dashboard counts many goals at once from grouped reads;
# `hunters_activity` counts one goal for the hunter's own view (services.goals), from the same
# reads (tests/staff/test_goal_figures_agree.py).


def _team_members(session: Session) -> dict[str, list[str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for user_id, team in session.execute(select(User.id, User.team).where(User.deleted_at.is_(None),
                                                                          User.team.is_not(None))):
        if team is not None:
            members[team].append(user_id)
    return dict(members)


def _hunter_counts(session: Session, period: Period, hunters: set[str]) -> dict[str, tuple[int, int, int]]:
    """Per hunter in a period: (contacts, companies brought to an agreement, places offered).

    Contacts and places are added up from the hunter tally (a seek and a month's rows per hunter,
    not the month's visits); agreements are counted on the hunter index, companies told apart. While
    the tallies are not ready, contacts and places are counted from the visits on the hunter index."""
    agreed = dict(_rows(session, select(Visit.hunter_id, func.count(func.distinct(Visit.company_id))).where(
        *counted_visits(FigureScope(*period)), Visit.hunter_id.in_(hunters),
        _AGREEMENT).group_by(Visit.hunter_id)))
    if not _tallied(session):
        conds = [*counted_visits(FigureScope(*period)), Visit.hunter_id.in_(hunters)]
        contacts = _rows(session, select(Visit.hunter_id, func.count()).where(*conds)
                         .group_by(Visit.hunter_id))
        v = _visit_offers(conds)
        offered = dict(_rows(session, select(v.c.hunter_id, func.sum(v.c.places)).group_by(v.c.hunter_id)))
        return {hunter: (n, agreed.get(hunter, 0), offered.get(hunter, 0)) for hunter, n in contacts}
    h = HunterDayTally
    first, end = _period_days(session, period)
    tallied = _rows(session, select(h.hunter_id, func.sum(h.visits), func.sum(h.places))
                    .where(h.hunter_id.in_(hunters), h.day >= first, h.day < end).group_by(h.hunter_id))
    return {hunter: (n, agreed.get(hunter, 0), places) for hunter, n, places in tallied}


def _team_agreements(session: Session, period: Period, members: list[str]) -> int:
    """Companies any member brought to an agreement (a company two members share counts once)."""
    if not members:
        return 0
    return int(session.scalar(select(func.count(func.distinct(Visit.company_id))).where(
        *counted_visits(FigureScope(*period)), Visit.hunter_id.in_(members), _AGREEMENT)) or 0)


def hunters_activity(session: Session, hunter_ids: Sequence[str], start: date, end: date
                     ) -> tuple[int, int, int]:
    """(contacts, agreements, places offered) of these hunters together from `start` to `end`
    (Norwegian days, inclusive): what their goal counts, as the office's goal table counts it."""
    if not hunter_ids:
        return 0, 0, 0
    period, hunters = (start, end), list(dict.fromkeys(hunter_ids))
    counts = _hunter_counts(session, period, set(hunters)).values()
    return (sum(n for n, _, _ in counts), _team_agreements(session, period, hunters),
            sum(p for _, _, p in counts))


def _goal_reads(goals: list[Goal], team_members: dict[str, list[str]]) -> dict[tuple[Any, ...], Read]:
    """The independent reads goal progress needs: per period, one grouped read of all the hunters
    involved; per team goal, its agreements."""
    hunters_by_period: dict[Period, set[str]] = defaultdict(set)
    reads: dict[tuple[Any, ...], Read] = {}
    for goal in goals:
        period = (goal.period_start, goal.period_end)
        if goal.scope == GoalScope.TEAM.value:
            members = team_members.get(goal.subject, [])
            hunters_by_period[period].update(members)
            reads[("team", period, goal.subject)] = partial(_team_agreements, period=period,
                                                            members=members)
        else:
            hunters_by_period[period].add(goal.subject)
    for period, hunters in hunters_by_period.items():
        reads[("hunters", period)] = partial(_hunter_counts, period=period, hunters=hunters)
    return reads


def _goal_progress(goals: list[Goal], names: dict[str, str], team_members: dict[str, list[str]],
                   results: dict[tuple[Any, ...], Any]) -> list[GoalProgress]:
    out = []
    for goal in goals:
        period = (goal.period_start, goal.period_end)
        team = goal.scope == GoalScope.TEAM.value
        hunters = team_members.get(goal.subject, []) if team else [goal.subject]
        counts = results.get(("hunters", period), {})
        mine = [counts.get(h, (0, 0, 0)) for h in hunters]
        agreements = (results[("team", period, goal.subject)] if team else sum(a for _, a, _ in mine))
        name = goal.subject if team else names.get(goal.subject, goal.subject[:8])
        out.append(GoalProgress(goal.id, goal.scope, goal.subject, name, goal.period_start, goal.period_end,
                                goal.visits, goal.agreements, goal.places, sum(n for n, _, _ in mine),
                                agreements, sum(p for _, _, p in mine)))
    return out


def all_goal_progress(session: Session, goals: list[Goal]) -> list[GoalProgress]:
    """Progress of each goal; goals sharing a period are counted from one grouped read."""
    team_members = _team_members(session)
    reads = _goal_reads(goals, team_members)
    results = {key: read(session) for key, read in reads.items()}
    names = dict(session.execute(select(User.id, User.name)).all())
    return _goal_progress(goals, names, team_members, results)


def goal_table(session: Session) -> list[GoalProgress]:
    """Every live goal with its progress, latest period first (the staff goals page)."""
    return all_goal_progress(session, all_goals(session))


def goal_progress(session: Session, goal: Goal) -> GoalProgress:
    """What a hunter or team did in a goal's period, beside what the goal asks."""
    return all_goal_progress(session, [goal])[0]


def goals_in(session: Session, scope: FigureScope) -> list[Goal]:
    """Goals whose period overlaps the scope's."""
    return list(session.scalars(select(Goal).where(
        Goal.deleted_at.is_(None), Goal.period_start <= scope.date_to, Goal.period_end >= scope.date_from)
        .order_by(Goal.scope, Goal.subject, Goal.period_start)))


# --- all of it -----------------------------------------------------------------------------------

def _dashboard_reads(scope: FigureScope, goals: list[Goal], team_members: dict[str, list[str]],
                     plans: list[GroupPlan]) -> dict[tuple[Any, ...], Read]:
    """Every read the dashboard needs, each independent of the others (so they can run side by side).

    Longest first: a pool then finishes them soonest.
    """
    period = (scope.date_from, scope.date_to)
    reads: dict[tuple[Any, ...], Read] = {
        ("groups", i): _groups_read(scope, plan) for i, plan in enumerate(plans)
    }
    reads.update({
        ("weekly",): lambda s: weekly_activity(s, scope),
        ("trades",): lambda s: _trade_places(s, scope, _period_days(s, period)),
    })
    reads.update(_goal_reads(goals, team_members))
    reads[("targets",)] = lambda s: _target_rows(s, scope.campaign_id)
    return reads


def _groups_read(scope: FigureScope, plan: GroupPlan) -> Read:
    return lambda s: company_groups(s, scope, _period_days(s, (scope.date_from, scope.date_to)), plan)


def _target_rows(session: Session, campaign_id: str | None) -> list[tuple[str, date | None]]:
    """The campaign's live target rows: (company id, letter date)."""
    if not campaign_id:
        return []
    stmt = select(CampaignTarget.company_id, CampaignTarget.letter_sent_on).where(
        CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None))
    return [(c, d) for c, d in session.execute(stmt).all()]


def _assemble(scope: FigureScope, campaign: Campaign | None, goals: list[Goal], names: dict[str, str],
              team_members: dict[str, list[str]], results: dict[tuple[Any, ...], Any]) -> Dashboard:
    groups = _merged_groups(result for key, result in results.items() if key[0] == "groups")
    ranks: Counter[int] = Counter()
    for _, rank, companies, _, _ in groups:
        ranks[rank] += companies
    trades: list[TradePlaces] = results[("trades",)]
    goal_list = _goal_progress(goals, names, team_members, results)
    target_rows: list[tuple[str, date | None]] | None = None
    manual: ManualFigures | None = None
    if campaign is not None:
        target_rows = results[("targets",)]
        manual = ManualFigures(campaign.letters_sent, campaign.social_views, campaign.link_clicks)
    funnel = campaign_funnel(None if target_rows is None else len(target_rows), ranks)
    contacts = sum(n for _, _, _, n, _ in groups)
    return Dashboard(
        scope=scope, campaign_name=campaign.name if campaign else None,
        figures=key_figures(funnel, contacts, places_offered(trades), target_rows), funnel=funnel,
        weekly=results[("weekly",)], goals=goal_list,
        municipalities=_by_municipality(groups), trades=_by_trade(trades), manual=manual,
    )


def _prelude(session: Session, scope: FigureScope
             ) -> tuple[Campaign | None, list[Goal], dict[str, str], dict[str, list[str]], list[GroupPlan]]:
    campaign = session.get(Campaign, scope.campaign_id) if scope.campaign_id else None
    if campaign is not None:
        session.expunge(campaign)
    goals = goals_in(session, scope)
    for goal in goals:
        session.expunge(goal)
    names = dict(session.execute(select(User.id, User.name)).all())
    return campaign, goals, names, _team_members(session), group_plans(session, scope)


def dashboard(session: Session, scope: FigureScope) -> Dashboard:
    """Every figure of the staff dashboard and the campaign report for one scope (one session)."""
    campaign, goals, names, team_members, plans = _prelude(session, scope)
    reads = _dashboard_reads(scope, goals, team_members, plans)
    return _assemble(scope, campaign, goals, names, team_members, {k: r(session) for k, r in reads.items()})


def load_dashboard(store: Store, scope: FigureScope, workers: int = 2) -> Dashboard:
    """`dashboard`, with its independent reads run side by side, each on its own connection.

    SQLite in WAL mode lets readers run in parallel and the sqlite3 module releases the GIL while a
    query runs, so on two or more cores the figures arrive in about half the time. The cyclic
    collector is held off meanwhile (services/collector.py): the rows of a whole history set off
    some 400 collections, each walking the window's objects (0.1-0.2 s in all).
    """
    with collector_paused():
        with store.reader() as session:
            campaign, goals, names, team_members, plans = _prelude(session, scope)
        reads = _dashboard_reads(scope, goals, team_members, plans)

        def run(read: Read) -> Any:
            with store.reader() as s:
                return read(s)

        with ThreadPoolExecutor(max_workers=workers) as pool:
            futures = {key: pool.submit(run, read) for key, read in reads.items()}
            results = {key: future.result() for key, future in futures.items()}  # re-raises any failure
        return _assemble(scope, campaign, goals, names, team_members, results)
