"""Figures for staff: the campaign funnel, activity per week, goals against results, results by
municipality and the trades with most places offered. Plain data; the views and the PDF draw it.

A figure is computed for a scope: a period, and optionally a campaign. With a campaign, the visits
that count are those to its target companies within its period, plus visits tagged with it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, literal_column, or_, select
from sqlalchemy.orm import Session

from lpj_desktop.domain import regions
from lpj_desktop.domain.enums import GoalScope
from lpj_desktop.domain.ladder import LADDER, Outcome
from lpj_desktop.services.history import local_day_start
from lpj_desktop.services.region_numbers import current_name
from lpj_desktop.store.models import Campaign, CampaignTarget, Company, Goal, User, Visit

# The funnel's steps after "targeted": the lowest rung a company must have reached to count.
FUNNEL_STEPS: tuple[tuple[str, Outcome], ...] = (
    ("contacted", Outcome.NOT_INTERESTED),  # reached at all (not only 'not reached')
    ("interested", Outcome.WANTS_INFORMATION),
    ("applying", Outcome.WILL_APPLY),
    ("approved", Outcome.APPROVED),
    ("places_offered", Outcome.PLACE_OFFERED),
    ("contracts_signed", Outcome.CONTRACT_SIGNED),
)

_HAS_PLACES = func.json_array_length(Visit.places) > 0
_RANK_CASE = case({o.value: o.rank for o in LADDER}, value=Visit.outcome, else_=-1)


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


def _targets(campaign_id: str) -> Any:
    return select(CampaignTarget.company_id).where(
        CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None))


def _visit_conds(scope: FigureScope) -> list[Any]:
    in_period = and_(Visit.occurred_at >= scope.start, Visit.occurred_at < scope.end)
    conds: list[Any] = [Visit.deleted_at.is_(None)]
    if scope.campaign_id:
        conds.append(or_(and_(Visit.company_id.in_(_targets(scope.campaign_id)), in_period),
                         Visit.campaign_id == scope.campaign_id))
    else:
        conds.append(in_period)
    return conds


# --- the funnel and per-company results ----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FunnelStep:
    key: str  # "targeted", "contacted", "interested", "applying", "approved", "places_offered", …
    count: int


@dataclass(frozen=True, slots=True)
class MunicipalityResult:
    number: str  # today's number ('' when unknown)
    name: str
    companies: int  # companies with a visit in scope
    visits: int
    interested: int  # companies reaching 'wants information' or higher
    places: int  # places offered
    contracts: int  # companies reaching 'contract signed'


@dataclass(frozen=True, slots=True)
class TradePlaces:
    trade: str
    places: int
    companies: int


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
    scope: FigureScope
    campaign_name: str | None
    funnel: list[FunnelStep]
    weekly: WeeklyActivity
    goals: list[GoalProgress]
    municipalities: list[MunicipalityResult]
    trades: list[TradePlaces]
    manual: ManualFigures | None
    visits: int
    companies_visited: int
    places: int
    letters_marked: int
    targets: int
    computed_at: datetime = field(default_factory=datetime.now)


def _company_results(session: Session, scope: FigureScope) -> list[tuple[str, str | None, int, int]]:
    """(company id, municipality number, visits, highest rank) for each company visited in scope."""
    stmt = (select(Visit.company_id, Company.municipality_number, func.count(), func.max(_RANK_CASE))
            .join(Company, Company.id == Visit.company_id)
            .where(*_visit_conds(scope)).group_by(Visit.company_id))
    return [tuple(r) for r in session.execute(stmt).all()]  # type: ignore[misc]


def _places(session: Session, scope: FigureScope) -> list[tuple[str, str | None, str, int]]:
    """(company id, municipality number, trade, places) for each place offer in scope."""
    item = func.json_each(Visit.places).table_valued("value").alias("p")
    trade = func.json_extract(item.c.value, "$.trade")
    count = func.json_extract(item.c.value, "$.count")
    stmt = (select(Visit.company_id, Company.municipality_number, trade, func.sum(count))
            .select_from(Visit).join(Company, Company.id == Visit.company_id)
            .join(item, literal_column("1") == 1)
            .where(*_visit_conds(scope), _HAS_PLACES)
            .group_by(Visit.company_id, trade))
    return [(c, m, str(t or ""), int(n or 0)) for c, m, t, n in session.execute(stmt).all()]


def campaign_funnel(targeted: int, ranks: list[int]) -> list[FunnelStep]:
    """The funnel from the number of targets and each visited company's highest rank."""
    steps = [FunnelStep("targeted", targeted)]
    steps.extend(FunnelStep(key, sum(1 for r in ranks if r >= rung.rank)) for key, rung in FUNNEL_STEPS)
    return steps


def weekly_activity(session: Session, scope: FigureScope) -> WeeklyActivity:
    """Visits per hunter per ISO week in scope (weeks by the visit's UTC day)."""
    day = func.date(Visit.occurred_at)
    rows = session.execute(select(Visit.hunter_id, day, func.count()).where(*_visit_conds(scope))
                           .group_by(Visit.hunter_id, day)).all()
    counts: dict[tuple[str, tuple[int, int]], int] = defaultdict(int)
    for hunter_id, day_text, n in rows:
        iso = date.fromisoformat(day_text).isocalendar()
        counts[(hunter_id, (iso.year, iso.week))] += n
    weeks: list[tuple[int, int]] = []
    d = scope.date_from - timedelta(days=scope.date_from.weekday())
    while d <= scope.date_to:
        iso = d.isocalendar()
        weeks.append((iso.year, iso.week))
        d += timedelta(days=7)
    for _, w in counts:  # visits tagged with the campaign may fall outside its period
        if w not in weeks:
            weeks.append(w)
    weeks.sort()
    totals: dict[str, int] = defaultdict(int)
    for (h, _), n in counts.items():
        totals[h] += n
    names = _names(session, totals)
    hunters = tuple(sorted(((h, names.get(h, h[:8])) for h in totals), key=lambda x: (-totals[x[0]], x[1])))
    return WeeklyActivity(tuple(weeks), hunters, dict(counts))


def _names(session: Session, ids: Any) -> dict[str, str]:
    ids = list(ids)
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.name).where(User.id.in_(ids))).all())


def _by_municipality(results: list[tuple[str, str | None, int, int]],
                     places: list[tuple[str, str | None, str, int]]) -> list[MunicipalityResult]:
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for _, muni, visits, rank in results:
        key = regions.current_municipality_number(muni) or ""
        a = acc[key]
        a[0] += 1
        a[1] += visits
        a[2] += int(rank >= Outcome.WANTS_INFORMATION.rank)
        a[4] += int(rank >= Outcome.CONTRACT_SIGNED.rank)
    for _, muni, _, n in places:
        acc[regions.current_municipality_number(muni) or ""][3] += n
    out = [MunicipalityResult(k, current_name(k) if k else "", *v) for k, v in acc.items()]
    out.sort(key=lambda m: (-m.places, -m.interested, -m.visits, m.name))
    return out


def _by_trade(places: list[tuple[str, str | None, str, int]]) -> list[TradePlaces]:
    total: dict[str, int] = defaultdict(int)
    companies: dict[str, set[str]] = defaultdict(set)
    for company_id, _, trade, n in places:
        total[trade] += n
        companies[trade].add(company_id)
    out = [TradePlaces(t, n, len(companies[t])) for t, n in total.items() if n > 0]
    out.sort(key=lambda t: (-t.places, t.trade))
    return out


# --- goals -------------------------------------------------------------------------------------
# TODO(gui): switch to lpj_desktop.services.goals.goal_progress once it lands on main.

def _goal_hunters(session: Session, goal: Goal) -> list[str]:
    if goal.scope == GoalScope.TEAM.value:
        return list(session.scalars(select(User.id).where(User.team == goal.subject)))
    return [goal.subject]


def goal_progress(session: Session, goal: Goal) -> GoalProgress:
    """What a hunter or team did in a goal's period, beside what the goal asks."""
    hunters = _goal_hunters(session, goal)
    scope = FigureScope(goal.period_start, goal.period_end)
    conds = [*_visit_conds(scope), Visit.hunter_id.in_(hunters)]
    visits = session.scalar(select(func.count()).select_from(Visit).where(*conds)) or 0
    agreements = session.scalar(select(func.count(func.distinct(Visit.company_id))).where(
        *conds, _RANK_CASE >= Outcome.FOLLOW_UP_AGREED.rank)) or 0
    item = func.json_each(Visit.places).table_valued("value").alias("p")
    places = session.scalar(
        select(func.coalesce(func.sum(func.json_extract(item.c.value, "$.count")), 0))
        .select_from(Visit).join(item, literal_column("1") == 1).where(*conds, _HAS_PLACES)) or 0
    if goal.scope == GoalScope.TEAM.value:
        name = goal.subject
    else:
        name = session.scalar(select(User.name).where(User.id == goal.subject)) or goal.subject[:8]
    return GoalProgress(goal.id, goal.scope, goal.subject, name, goal.period_start, goal.period_end,
                        goal.visits, goal.agreements, goal.places, int(visits), int(agreements), int(places))


def goals_in(session: Session, scope: FigureScope) -> list[Goal]:
    """Goals whose period overlaps the scope's."""
    return list(session.scalars(select(Goal).where(
        Goal.deleted_at.is_(None), Goal.period_start <= scope.date_to, Goal.period_end >= scope.date_from)
        .order_by(Goal.scope, Goal.subject, Goal.period_start)))


# --- all of it -----------------------------------------------------------------------------------

def dashboard(session: Session, scope: FigureScope) -> Dashboard:
    """Every figure of the staff dashboard and the campaign report for one scope."""
    campaign = session.get(Campaign, scope.campaign_id) if scope.campaign_id else None
    results = _company_results(session, scope)
    places = _places(session, scope)
    if campaign is not None:
        target_rows = session.execute(select(CampaignTarget.company_id, CampaignTarget.letter_sent_on).where(
            CampaignTarget.campaign_id == campaign.id, CampaignTarget.deleted_at.is_(None))).all()
        targets = {c for c, _ in target_rows}
        letters = sum(1 for _, d in target_rows if d is not None)
        # The funnel follows the target list; visits tagged to the campaign for other companies
        # count in activity and places, not in the funnel.
        ranks = [rank for company_id, _, _, rank in results if company_id in targets]
        funnel = campaign_funnel(len(targets), ranks)
        manual = ManualFigures(campaign.letters_sent, campaign.social_views, campaign.link_clicks)
    else:
        targets, letters, manual = set(), 0, None
        funnel = campaign_funnel(len(results), [r for *_, r in results])
    return Dashboard(
        scope=scope, campaign_name=campaign.name if campaign else None, funnel=funnel,
        weekly=weekly_activity(session, scope),
        goals=[goal_progress(session, g) for g in goals_in(session, scope)],
        municipalities=_by_municipality(results, places), trades=_by_trade(places), manual=manual,
        visits=sum(r[2] for r in results), companies_visited=len(results),
        places=sum(p[3] for p in places), letters_marked=letters, targets=len(targets),
    )
