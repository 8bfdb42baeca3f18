"""Figures for staff: the campaign funnel, activity per week, goals against results, results by
municipality and the trades with most places offered. Plain data; the views and the PDF draw it.

A figure is computed for a scope: a period, and optionally a campaign. With a campaign, the visits
that count are those to its target companies within its period (`history.campaign_visits`).
Outcome, company and hunter sit in the visit indexes (migration 0003), so most figures are counted
from the indexes alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, literal_column, select
from sqlalchemy.orm import Session

from lpj_desktop.domain import regions
from lpj_desktop.domain.enums import GoalScope
from lpj_desktop.domain.ladder import LADDER, Outcome
from lpj_desktop.services.history import local_day_start
from lpj_desktop.store.base import UTCDateTime
from lpj_desktop.store.database import Store
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

# Places are offered only with these outcomes; testing the outcome first (in the index) spares
# reading and parsing the JSON of every other visit.
PLACE_OUTCOMES = tuple(o.value for o in LADDER if o.rank >= Outcome.PLACE_OFFERED.rank)
AGREEMENT_OUTCOMES = tuple(o.value for o in LADDER if o.is_agreement)
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


# The visit time behind SQLite's unary plus (a no-op on the value): the time index cannot serve it.
_TIME_NO_INDEX = literal_column("+visit.occurred_at", type_=UTCDateTime())


def _visit_conds(scope: FigureScope, time_index: bool = True) -> list[Any]:
    when = Visit.occurred_at if time_index else _TIME_NO_INDEX
    conds: list[Any] = [Visit.deleted_at.is_(None), when >= scope.start, when < scope.end]
    if scope.campaign_id:
        conds.append(Visit.company_id.in_(select(CampaignTarget.company_id).where(
            CampaignTarget.campaign_id == scope.campaign_id, CampaignTarget.deleted_at.is_(None))))
    return conds


# --- the funnel and per-company results ----------------------------------------------------------

@dataclass(frozen=True, slots=True)
class FunnelStep:
    key: str  # "targeted", "contacted", "interested", "applying", "approved", "places_offered", …
    count: int


@dataclass(frozen=True, slots=True)
class MunicipalityResult:
    number: str  # today's number ('' when unknown)
    name: str  # as shown: all its names ("Karasjok – Kárášjohka")
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


CompanyResult = tuple[str, str | None, int, int]  # company id, municipality number, visits, best rank
PlaceRow = tuple[str, str, str, int]  # hunter id, company id, trade, places offered


def _company_groups(session: Session, scope: FigureScope) -> list[tuple[str, int, int]]:
    """(company id, visits, highest rank) for each company visited in scope."""
    # A long period of all visits: one pass over the company index (it holds time, outcome and the
    # tombstone, and is already in company order) beats seeking by time and then sorting hundreds
    # of thousands of rows by company (0.6 s against 2.3 s at 1,000,000 visits).
    long_period = not scope.campaign_id and (scope.date_to - scope.date_from).days > 45
    stmt = (select(Visit.company_id, func.count(), func.max(_RANK_CASE))
            .where(*_visit_conds(scope, time_index=not long_period)).group_by(Visit.company_id))
    return [(c, n, rank) for c, n, rank in session.execute(stmt).all()]


def _municipality_numbers(session: Session, scope: FigureScope) -> dict[str, str | None]:
    """Company id → stored municipality number (the campaign's targets, or every company)."""
    stmt = select(Company.id, Company.municipality_number)
    if scope.campaign_id:
        stmt = stmt.where(Company.id.in_(_target_ids(scope.campaign_id)))
    return dict(session.execute(stmt).all())


def _company_results(session: Session, scope: FigureScope) -> list[CompanyResult]:
    """Each company visited in scope: its municipality, its number of visits and its highest rank."""
    return _join_results(_company_groups(session, scope), _municipality_numbers(session, scope))


def _join_results(groups: list[tuple[str, int, int]], munis: dict[str, str | None]) -> list[CompanyResult]:
    return [(c, munis.get(c), n, rank) for c, n, rank in groups]


def _target_ids(campaign_id: str) -> Any:
    return select(CampaignTarget.company_id).where(CampaignTarget.campaign_id == campaign_id,
                                                   CampaignTarget.deleted_at.is_(None))


def _period_places(session: Session, start: datetime, end: datetime) -> list[PlaceRow]:
    """Every place offer in a period: (hunter, company, trade, count), read once for all figures.

    SQLite unpacks the JSON (json_each), which keeps the work off Python's lock while the other
    figures are read side by side.
    """
    item = func.json_each(Visit.places).table_valued("value").alias("offer")
    rows = session.execute(
        select(Visit.hunter_id, Visit.company_id, func.json_extract(item.c.value, "$.trade"),
               func.json_extract(item.c.value, "$.count"))
        .select_from(Visit).join(item, literal_column("1") == 1)
        .where(Visit.outcome.in_(PLACE_OUTCOMES), Visit.occurred_at >= start, Visit.occurred_at < end,
               Visit.deleted_at.is_(None))).all()
    return [(h, c, str(t or ""), int(n or 0)) for h, c, t, n in rows]


def _places_by_company(places: list[PlaceRow], companies: set[str] | None
                       ) -> list[tuple[str, str, int]]:
    """(company id, trade, places) for the offers to the given companies (None: all)."""
    return [(c, t, n) for _, c, t, n in places if companies is None or c in companies]


def campaign_funnel(targeted: int, ranks: list[int]) -> list[FunnelStep]:
    """The funnel from the number of targets and each visited company's highest rank."""
    steps = [FunnelStep("targeted", targeted)]
    steps.extend(FunnelStep(key, sum(1 for r in ranks if r >= rung.rank)) for key, rung in FUNNEL_STEPS)
    return steps


def weekly_activity(session: Session, scope: FigureScope) -> WeeklyActivity:
    """Visits per hunter per ISO week in scope (weeks by the visit's UTC day)."""
    # The stored text starts with the UTC day ("2025-06-12 08:30:00…"): cheaper than date() per row.
    day = func.substr(Visit.occurred_at, 1, 10)
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


def _by_municipality(results: list[CompanyResult], places: list[tuple[str, str, int]]
                     ) -> list[MunicipalityResult]:
    acc: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    muni_of: dict[str, str] = {}
    for company_id, muni, visits, rank in results:
        key = regions.current_municipality_number(muni) or ""
        muni_of[company_id] = key
        a = acc[key]
        a[0] += 1
        a[1] += visits
        a[2] += int(rank >= Outcome.WANTS_INFORMATION.rank)
        a[4] += int(rank >= Outcome.CONTRACT_SIGNED.rank)
    for company_id, _, n in places:
        acc[muni_of.get(company_id, "")][3] += n
    out = [MunicipalityResult(k, regions.municipality_label(k) if k else "", *v) for k, v in acc.items()]
    out.sort(key=lambda m: (-m.places, -m.interested, -m.visits, m.name))
    return out


def _by_trade(places: list[tuple[str, str, int]]) -> list[TradePlaces]:
    total: dict[str, int] = defaultdict(int)
    companies: dict[str, set[str]] = defaultdict(set)
    for company_id, trade, n in places:
        total[trade] += n
        companies[trade].add(company_id)
    out = [TradePlaces(t, n, len(companies[t])) for t, n in total.items() if n > 0]
    out.sort(key=lambda t: (-t.places, t.trade))
    return out


# --- goals -------------------------------------------------------------------------------------
# The dashboard counts many goals at once from grouped reads; services.goals counts one goal for
# the hunter's own view. Both must count alike (tests/staff/test_goal_figures_agree.py).

Period = tuple[date, date]
Read = Callable[[Session], Any]


def _team_members(session: Session) -> dict[str, list[str]]:
    members: dict[str, list[str]] = defaultdict(list)
    for user_id, team in session.execute(select(User.id, User.team).where(User.deleted_at.is_(None),
                                                                          User.team.is_not(None))):
        members[team].append(user_id)
    return dict(members)


def _hunter_counts(session: Session, period: Period, hunters: set[str]) -> dict[str, tuple[int, int]]:
    """Per hunter in a period: (visits, companies brought to an agreement), in one grouped read."""
    agreed = func.count(func.distinct(case((Visit.outcome.in_(AGREEMENT_OUTCOMES), Visit.company_id))))
    rows = session.execute(select(Visit.hunter_id, func.count(), agreed).where(
        *_visit_conds(FigureScope(*period)), Visit.hunter_id.in_(hunters)).group_by(Visit.hunter_id)).all()
    return {h: (n, a) for h, n, a in rows}


def _team_agreements(session: Session, period: Period, members: list[str]) -> int:
    """Companies any member brought to an agreement (a company two members share counts once)."""
    if not members:
        return 0
    return int(session.scalar(select(func.count(func.distinct(Visit.company_id))).where(
        *_visit_conds(FigureScope(*period)), Visit.hunter_id.in_(members),
        Visit.outcome.in_(AGREEMENT_OUTCOMES))) or 0)


def _places_per_hunter(places: list[PlaceRow]) -> dict[str, int]:
    per_hunter: dict[str, int] = defaultdict(int)
    for h, _, _, n in places:
        per_hunter[h] += n
    return per_hunter


def _period_places_read(period: Period) -> Read:
    scope = FigureScope(*period)
    return lambda s: _period_places(s, scope.start, scope.end)


def _goal_reads(goals: list[Goal], team_members: dict[str, list[str]], have_places: set[Period]
                ) -> dict[tuple[Any, ...], Read]:
    """The independent reads goal progress needs: per period, one grouped read of all the hunters
    involved; per team goal, its agreements; per period without them yet, the places offered."""
    hunters_by_period: dict[Period, set[str]] = defaultdict(set)
    reads: dict[tuple[Any, ...], Read] = {}
    for goal in goals:
        period = (goal.period_start, goal.period_end)
        if goal.scope == GoalScope.TEAM.value:
            members = team_members.get(goal.subject, [])
            hunters_by_period[period].update(members)
            reads[("team", period, goal.subject)] = (
                lambda s, p=period, m=members: _team_agreements(s, p, m))
        else:
            hunters_by_period[period].add(goal.subject)
        if period not in have_places:
            reads[("places", period)] = _period_places_read(period)
    for period, hunters in hunters_by_period.items():
        reads[("hunters", period)] = lambda s, p=period, h=hunters: _hunter_counts(s, p, h)
    return reads


def _goal_progress(goals: list[Goal], names: dict[str, str], team_members: dict[str, list[str]],
                   results: dict[tuple[Any, ...], Any], places: dict[Period, dict[str, int]]
                   ) -> list[GoalProgress]:
    out = []
    places = dict(places)
    for goal in goals:
        period = (goal.period_start, goal.period_end)
        if period not in places:  # once per period, not once per goal
            places[period] = _places_per_hunter(results.get(("places", period), []))
        team = goal.scope == GoalScope.TEAM.value
        hunters = team_members.get(goal.subject, []) if team else [goal.subject]
        counts = results.get(("hunters", period), {})
        visits = sum(counts.get(h, (0, 0))[0] for h in hunters)
        agreements = (results[("team", period, goal.subject)] if team
                      else sum(counts.get(h, (0, 0))[1] for h in hunters))
        per_hunter = places[period]
        name = goal.subject if team else names.get(goal.subject, goal.subject[:8])
        out.append(GoalProgress(goal.id, goal.scope, goal.subject, name, goal.period_start, goal.period_end,
                                goal.visits, goal.agreements, goal.places, visits, agreements,
                                sum(per_hunter.get(h, 0) for h in hunters)))
    return out


def all_goal_progress(session: Session, goals: list[Goal]) -> list[GoalProgress]:
    """Progress of each goal; goals sharing a period are counted from one grouped read."""
    team_members = _team_members(session)
    reads = _goal_reads(goals, team_members, set())
    results = {key: read(session) for key, read in reads.items()}
    names = dict(session.execute(select(User.id, User.name)).all())
    return _goal_progress(goals, names, team_members, results, {})


def goal_progress(session: Session, goal: Goal) -> GoalProgress:
    """What a hunter or team did in a goal's period, beside what the goal asks."""
    return all_goal_progress(session, [goal])[0]


def goals_in(session: Session, scope: FigureScope) -> list[Goal]:
    """Goals whose period overlaps the scope's."""
    return list(session.scalars(select(Goal).where(
        Goal.deleted_at.is_(None), Goal.period_start <= scope.date_to, Goal.period_end >= scope.date_from)
        .order_by(Goal.scope, Goal.subject, Goal.period_start)))


# --- all of it -----------------------------------------------------------------------------------

def _dashboard_reads(scope: FigureScope, goals: list[Goal], team_members: dict[str, list[str]]
                     ) -> dict[tuple[Any, ...], Read]:
    """Every read the dashboard needs, each independent of the others (so they can run side by side).

    Longest first: a pool then finishes them soonest.
    """
    period = (scope.date_from, scope.date_to)
    reads: dict[tuple[Any, ...], Read] = {
        ("weekly",): lambda s: weekly_activity(s, scope),
        ("places", period): _period_places_read(period),
        ("groups",): lambda s: _company_groups(s, scope),
    }
    reads.update(_goal_reads(goals, team_members, {period}))
    reads[("munis",)] = lambda s: _municipality_numbers(s, scope)
    reads[("targets",)] = lambda s: _target_rows(s, scope.campaign_id)
    return reads


def _target_rows(session: Session, campaign_id: str | None) -> list[tuple[str, date | None]]:
    if not campaign_id:
        return []
    stmt = select(CampaignTarget.company_id, CampaignTarget.letter_sent_on).where(
        CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None))
    return [(c, d) for c, d in session.execute(stmt).all()]


def _assemble(scope: FigureScope, campaign: Campaign | None, goals: list[Goal], names: dict[str, str],
              team_members: dict[str, list[str]], results: dict[tuple[Any, ...], Any]) -> Dashboard:
    period = (scope.date_from, scope.date_to)
    company_results = _join_results(results[("groups",)], results[("munis",)])
    period_places: list[PlaceRow] = results[("places", period)]
    goal_list = _goal_progress(goals, names, team_members, results,
                               {period: _places_per_hunter(period_places)})
    if campaign is not None:
        target_rows = results[("targets",)]
        targets: set[str] = {c for c, _ in target_rows}
        letters = sum(1 for _, d in target_rows if d is not None)
        funnel = campaign_funnel(len(targets), [rank for *_, rank in company_results])
        manual: ManualFigures | None = ManualFigures(campaign.letters_sent, campaign.social_views,
                                                     campaign.link_clicks)
        places = _places_by_company(period_places, targets)
    else:
        targets, letters, manual = set(), 0, None
        funnel = campaign_funnel(len(company_results), [r for *_, r in company_results])
        places = _places_by_company(period_places, None)
    return Dashboard(
        scope=scope, campaign_name=campaign.name if campaign else None, funnel=funnel,
        weekly=results[("weekly",)], goals=goal_list,
        municipalities=_by_municipality(company_results, places),
        trades=_by_trade(places), manual=manual, visits=sum(r[2] for r in company_results),
        companies_visited=len(company_results), places=sum(p[2] for p in places), letters_marked=letters,
        targets=len(targets),
    )


def _prelude(session: Session, scope: FigureScope
             ) -> tuple[Campaign | None, list[Goal], dict[str, str], dict[str, list[str]]]:
    campaign = session.get(Campaign, scope.campaign_id) if scope.campaign_id else None
    if campaign is not None:
        session.expunge(campaign)
    goals = goals_in(session, scope)
    for goal in goals:
        session.expunge(goal)
    names = dict(session.execute(select(User.id, User.name)).all())
    return campaign, goals, names, _team_members(session)


def dashboard(session: Session, scope: FigureScope) -> Dashboard:
    """Every figure of the staff dashboard and the campaign report for one scope (one session)."""
    campaign, goals, names, team_members = _prelude(session, scope)
    reads = _dashboard_reads(scope, goals, team_members)
    return _assemble(scope, campaign, goals, names, team_members, {k: r(session) for k, r in reads.items()})


def load_dashboard(store: Store, scope: FigureScope, workers: int = 2) -> Dashboard:
    """`dashboard`, with its independent reads run side by side, each on its own connection.

    SQLite in WAL mode lets readers run in parallel and the sqlite3 module releases the GIL while a
    query runs, so on two or more cores the figures arrive in about half the time.
    """
    with store.reader() as session:
        campaign, goals, names, team_members = _prelude(session, scope)
    reads = _dashboard_reads(scope, goals, team_members)

    def run(read: Read) -> Any:
        with store.reader() as s:
            return read(s)

    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {key: pool.submit(run, read) for key, read in reads.items()}
        results = {key: future.result() for key, future in futures.items()}  # re-raises any failure
    return _assemble(scope, campaign, goals, names, team_members, results)
