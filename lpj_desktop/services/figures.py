"""Figures for staff: the key figures, the campaign funnel, activity per week, goals against results,
results by municipality and the trades with most places offered. Plain data; the views, the PDF and
the Excel workbook print it and compute nothing beside it.

A figure is computed for a scope: a period of Norwegian calendar days, and optionally a campaign.
Every figure counts the same visits, `counted_visits`: not deleted, within the period, and with a
campaign only those to its target companies. Each figure is defined once, below: the funnel steps
(`FUNNEL_STEPS`, `companies_reaching`), the places offered (`places_offered`) and the key figures
(`KeyFigures`, whose fields say how each is counted). Where a key figure and a funnel step carry
the same number, the key figure is read from the step, so they cannot drift apart.

Outcome, company and hunter sit in the visit indexes (migration 0003), the place offers and the
companies' municipalities in indexes of their own (migration 0011), so the figures are counted
from the indexes alone, and mostly in SQL: what comes back is counts, not visits.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from functools import partial
from operator import itemgetter
from typing import Any

from sqlalchemy import String, and_, bindparam, case, func, literal_column, select, true, type_coerce
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
from lpj_desktop.store.models import Campaign, CampaignTarget, Company, Goal, User, Visit

# Visits whose outcome may carry places (domain.ladder.PLACE_OUTCOMES). Written into the SQL as
# words, not parameters: SQLite then reads them from ix_visit_place_offers, a partial index with
# this very condition, and parses the JSON of no other visit.
_MAY_CARRY_PLACES = Visit.outcome.in_(bindparam("place_outcomes", list(PLACE_OUTCOMES), expanding=True,
                                                literal_execute=True))
# An agreement: the company committed to something concrete (Outcome.is_agreement).
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


# hunter id, company id, the company's municipality number as stored, trade, places offered
PlaceRow = tuple[str, str, str | None, str, int]
Period = tuple[date, date]  # local days, inclusive
Read = Callable[[Session], Any]


def places_offered(rows: Iterable[PlaceRow]) -> int:
    """Tilbudte læreplasser, a number of places (not of companies): the place counts on counted
    visits whose outcome may carry places ('place offered', and 'contract signed' when the hunter
    recorded them there), added up over every trade.

    Each visit's places count: an offer recorded on two visits counts twice. An offer must name its
    places (VisitDraft.problems), so every company in the funnel step 'places offered' that has not
    gone on to a contract adds at least one place here (visits saved before that rule may not); a
    contract need not repeat them.
    """
    return sum(map(_PLACES, rows))


_PLACES = itemgetter(-1)  # a PlaceRow's places


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


CompanyGroup = tuple[str | None, int, int, int]  # municipality number as stored, best rank, companies, visits


def _same_company(company_id: Any) -> Any:
    """`company.id = company_id`, written as a range of one: SQLite then reads the municipality
    from ix_company_id_municipality alone, where for an equality it takes the unique index on id
    and then the wide company row (0.16 s of 90,000 companies)."""
    return and_(Company.id >= company_id, Company.id <= company_id)


def _company_groups(session: Session, scope: FigureScope) -> list[CompanyGroup]:
    """The companies visited in scope, counted by municipality (as stored) and by the highest rank
    among their counted visits: (municipality number, rank, companies, visits).

    One SQL aggregate: the visits grouped per company, each group joined to its company's
    municipality, and the groups counted: a few thousand rows come back, not one per company
    (reading every company's municipality into Python apart cost 0.4 s at 200,000 companies,
    and 90,000 companies' rows 0.3 s).
    """
    # A long period of many visits: one pass over the company index (it holds time, outcome and
    # the tombstone, and is already in company order) beats seeking by time and then sorting
    # hundreds of thousands of rows by company (0.6 s against 2.3 s at 1,000,000 visits). A
    # period with few visits in it (the last weeks, or a year before the store's first visit) is
    # read by time, whatever its length.
    long_period = not scope.campaign_id and _many_visits(session, scope)
    per_company = (select(Visit.company_id.label("company_id"), func.count().label("n"),
                          func.max(_RANK_CASE).label("rank"))
                   .where(*counted_visits(scope, time_index=not long_period))
                   .group_by(Visit.company_id).subquery())
    stmt = (select(Company.municipality_number, per_company.c.rank, func.count(), func.sum(per_company.c.n))
            .select_from(per_company).join(Company, _same_company(per_company.c.company_id))
            .group_by(Company.municipality_number, per_company.c.rank))
    return [(m, rank, companies, n) for m, rank, companies, n in _rows(session, stmt)]


def _rows(session: Session, stmt: Any) -> Sequence[Any]:
    """The rows of a statement of columns, read on the session's connection: tens of thousands of
    rows skip the ORM's handling of each (a tenth of a second over a whole history)."""
    return session.connection().execute(stmt).all()


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


def _period_places(session: Session, period: Period, hunters: Iterable[str] | None = None,
                   parts: Iterable[Period] = ()) -> dict[Period, list[PlaceRow]]:
    """Every place offer on the counted visits of a period (no campaign: the campaign's are picked
    out of these by `_places_to`), as `PlaceRow`s, read once for all figures;
    with `hunters`, theirs only. Also those of each of `parts` (periods within it): the offers in
    time order, each part's a slice of them (a whole history's monthly goals read and unpacked
    their own 5,000 offers each again).

    SQLite unpacks the JSON (json_each), which keeps the work off Python's lock while the other
    figures are read side by side. The visits and their places come from ix_visit_place_offers
    alone, each company's municipality from ix_company_id_municipality.
    """
    item = func.json_each(Visit.places).table_valued("value").alias("offer")
    conds = [_MAY_CARRY_PLACES, *counted_visits(FigureScope(*period))]
    if hunters is not None:
        conds.append(Visit.hunter_id.in_(list(hunters)))
    rows = _rows(session, select(type_coerce(Visit.occurred_at, String()), Visit.hunter_id, Visit.company_id,
                                 Company.municipality_number, func.json_extract(item.c.value, "$.trade"),
                                 func.json_extract(item.c.value, "$.count"))
                 .select_from(Visit).join(item, true()).outerjoin(Company, _same_company(Visit.company_id))
                 .where(*conds))
    offers = [(h, c, m, str(t or ""), int(n or 0)) for _, h, c, m, t, n in rows]
    out = {period: offers}
    parts = list(parts)
    if parts:
        # Sorted here: asked of SQL, the order would make it read the offers by the time index
        # and each visit's row, not from ix_visit_place_offers. The times as stored, compared as
        # SQLite compares them (text, byte by byte).
        order = sorted(range(len(rows)), key=lambda i: rows[i][0])
        times = [rows[i][0] for i in order]
        stored = _stored_instant(session)
        for first, last in parts:
            start = bisect_left(times, stored(local_day_start(first)))
            end = bisect_left(times, stored(local_day_start(last + timedelta(days=1))))
            out[(first, last)] = [offers[i] for i in order[start:end]]
    return out


def _places_to(places: list[PlaceRow], companies: set[str] | None) -> list[PlaceRow]:
    """The offers made to the given companies (None: all)."""
    return [row for row in places if companies is None or row[1] in companies]


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


def _stored_instant(session: Session) -> Callable[[datetime], Any]:
    """An instant as the store writes visit times (the text SQLite compares them as), for instants
    passed inside a JSON parameter rather than one by one."""
    dialect = session.get_bind().dialect
    column_type = Visit.__table__.c.occurred_at.type
    process = column_type.dialect_impl(dialect).bind_processor(dialect)
    return process if process is not None else (lambda instant: instant)


def _hunter_ids() -> Any:
    """Every hunter with a visit in this store: a loose scan of the hunter index (one seek per
    hunter, where SELECT DISTINCT reads the million entries)."""
    hunter = select(func.min(Visit.hunter_id).label("id")).cte("hunter", recursive=True)
    following = select(func.min(Visit.hunter_id)).where(Visit.hunter_id > hunter.c.id).scalar_subquery()
    return hunter.union_all(select(following).where(hunter.c.id.is_not(None)))


def weekly_activity(session: Session, scope: FigureScope) -> WeeklyActivity:
    """Contacts (counted visits) per hunter per ISO week in scope, weeks of Norwegian days: every
    counted visit falls in one of the scope's weeks, so the weeks add up to the contacts.

    Where a week begins and ends is Python's calendar of Oslo (summer time and all); SQL counts
    each hunter's visits between the two instants on the hunter index: a seek and a count per hunter
    and week, and nothing to sort (grouping a whole history by hunter and day sorted a million
    rows: 0.75 s).
    """
    weeks = _oslo_weeks(scope)
    stored = _stored_instant(session)
    spans = func.json_each(json.dumps([[i, stored(first), stored(after)] for i, (_, first, after)
                                       in enumerate(weeks)])).table_valued("value").alias("span")
    first, after = func.json_extract(spans.c.value, "$[1]"), func.json_extract(spans.c.value, "$[2]")
    hunters = _hunter_ids()
    contacts = (select(func.count()).select_from(Visit)
                .where(Visit.hunter_id == hunters.c.id,
                       *counted_visits(scope, span=(first, after), company_index=False))
                .scalar_subquery())
    rows = _rows(session, select(hunters.c.id, func.json_extract(spans.c.value, "$[0]"), contacts)
                 .select_from(hunters).join(spans, true()).where(hunters.c.id.is_not(None)))
    counts = {(hunter_id, weeks[i][0]): n for hunter_id, i, n in rows if n}
    totals: dict[str, int] = defaultdict(int)
    for (h, _), n in counts.items():
        totals[h] += n
    names = _names(session, totals)
    hunters_shown = tuple(sorted(((h, names.get(h, h[:8])) for h in totals),
                                 key=lambda x: (-totals[x[0]], x[1])))
    return WeeklyActivity(tuple(w for w, _, _ in weeks), hunters_shown, counts)


def _names(session: Session, ids: Any) -> dict[str, str]:
    ids = list(ids)
    if not ids:
        return {}
    return dict(session.execute(select(User.id, User.name).where(User.id.in_(ids))).all())


def _by_municipality(groups: list[CompanyGroup], places: list[PlaceRow]) -> list[MunicipalityResult]:
    """The key figures per municipality (today's: history on the old 54xx numbers counts there)."""
    ranks: dict[str, Counter[int]] = defaultdict(Counter)
    visits: dict[str, int] = defaultdict(int)
    offers: dict[str, list[PlaceRow]] = defaultdict(list)
    current: dict[str | None, str] = {}  # stored number → today's (a few hundred, not per company)

    def today(muni: str | None) -> str:
        key = current.get(muni)
        if key is None:
            key = current[muni] = regions.current_municipality_number(muni) or ""
        return key

    for muni, rank, companies, n in groups:
        key = today(muni)
        ranks[key][rank] += companies
        visits[key] += n
    for row in places:
        offers[today(row[2])].append(row)
    out = [MunicipalityResult(k, regions.municipality_label(k) if k else "", companies_reaching(r, None),
                              visits[k],
                              companies_reaching(r, Outcome.WANTS_INFORMATION), places_offered(offers[k]),
                              companies_reaching(r, Outcome.CONTRACT_SIGNED))
           for k, r in ranks.items()]
    out.sort(key=lambda m: (-m.places, -m.interested, -m.visits, m.name))
    return out


def _by_trade(places: list[PlaceRow]) -> list[TradePlaces]:
    """Places offered per trade (`places_offered` of each trade's offers), most first."""
    offers: dict[str, list[PlaceRow]] = defaultdict(list)
    for row in places:
        offers[row[3]].append(row)
    out = [TradePlaces(t, places_offered(rows), len({r[1] for r in rows})) for t, rows in offers.items()]
    out = [t for t in out if t.places > 0]
    out.sort(key=lambda t: (-t.places, t.trade))
    return out


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


def _hunter_counts(session: Session, period: Period, hunters: set[str]) -> dict[str, tuple[int, int]]:
    """Per hunter in a period: (contacts, companies brought to an agreement), in one grouped read."""
    agreed = func.count(func.distinct(case((Visit.outcome.in_(AGREEMENT_OUTCOMES), Visit.company_id))))
    rows = session.execute(select(Visit.hunter_id, func.count(), agreed).where(
        *counted_visits(FigureScope(*period)), Visit.hunter_id.in_(hunters)).group_by(Visit.hunter_id)).all()
    return {h: (n, a) for h, n, a in rows}


def _team_agreements(session: Session, period: Period, members: list[str]) -> int:
    """Companies any member brought to an agreement (a company two members share counts once)."""
    if not members:
        return 0
    return int(session.scalar(select(func.count(func.distinct(Visit.company_id))).where(
        *counted_visits(FigureScope(*period)), Visit.hunter_id.in_(members),
        Visit.outcome.in_(AGREEMENT_OUTCOMES))) or 0)


def _places_per_hunter(places: list[PlaceRow]) -> dict[str, int]:
    """`places_offered` per hunter (a team's is the sum of its members': each offer has one hunter)."""
    per_hunter: dict[str, list[PlaceRow]] = defaultdict(list)
    for row in places:
        per_hunter[row[0]].append(row)
    return {h: places_offered(rows) for h, rows in per_hunter.items()}


def _places_read(period: Period, parts: Iterable[Period] = ()) -> Read:
    return lambda s: _period_places(s, period, parts=parts)


def hunters_activity(session: Session, hunter_ids: Sequence[str], start: date, end: date
                     ) -> tuple[int, int, int]:
    """(contacts, agreements, places offered) of these hunters together from `start` to `end`
    (Norwegian days, inclusive): what their goal counts, as the office's goal table counts it."""
    if not hunter_ids:
        return 0, 0, 0
    period, hunters = (start, end), list(dict.fromkeys(hunter_ids))
    contacts = sum(n for n, _ in _hunter_counts(session, period, set(hunters)).values())
    return (contacts, _team_agreements(session, period, hunters),
            places_offered(_period_places(session, period, hunters)[period]))


def _goal_reads(goals: list[Goal], team_members: dict[str, list[str]], places_within: Period | None
                ) -> dict[tuple[Any, ...], Read]:
    """The independent reads goal progress needs: per period, one grouped read of all the hunters
    involved; per team goal, its agreements; per period not within `places_within` (whose offers
    are read anyway), the places offered."""
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
        if not _within(period, places_within):
            reads[("places", period)] = _places_read(period)
    for period, hunters in hunters_by_period.items():
        reads[("hunters", period)] = partial(_hunter_counts, period=period, hunters=hunters)
    return reads


def _within(part: Period, period: Period | None) -> bool:
    return period is not None and period[0] <= part[0] and part[1] <= period[1]


def _goal_progress(goals: list[Goal], names: dict[str, str], team_members: dict[str, list[str]],
                   results: dict[tuple[Any, ...], Any]) -> list[GoalProgress]:
    offers: dict[Period, list[PlaceRow]] = {}
    for key, result in results.items():
        if key[0] == "places":
            offers.update(result)
    out = []
    places: dict[Period, dict[str, int]] = {}
    for goal in goals:
        period = (goal.period_start, goal.period_end)
        if period not in places:  # once per period, not once per goal
            places[period] = _places_per_hunter(offers.get(period, []))
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
    reads = _goal_reads(goals, team_members, None)
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

def _dashboard_reads(scope: FigureScope, goals: list[Goal], team_members: dict[str, list[str]]
                     ) -> dict[tuple[Any, ...], Read]:
    """Every read the dashboard needs, each independent of the others (so they can run side by side).

    Longest first: a pool then finishes them soonest.
    """
    period = (scope.date_from, scope.date_to)
    parts = {(g.period_start, g.period_end) for g in goals} - {period}
    reads: dict[tuple[Any, ...], Read] = {
        ("groups",): lambda s: _company_groups(s, scope),
        ("weekly",): lambda s: weekly_activity(s, scope),
        ("places", period): _places_read(period, sorted(p for p in parts if _within(p, period))),
    }
    reads.update(_goal_reads(goals, team_members, period))
    reads[("targets",)] = lambda s: _target_rows(s, scope.campaign_id)
    return reads


def _target_rows(session: Session, campaign_id: str | None) -> list[tuple[str, date | None]]:
    """The campaign's live target rows: (company id, letter date)."""
    if not campaign_id:
        return []
    stmt = select(CampaignTarget.company_id, CampaignTarget.letter_sent_on).where(
        CampaignTarget.campaign_id == campaign_id, CampaignTarget.deleted_at.is_(None))
    return [(c, d) for c, d in session.execute(stmt).all()]


def _assemble(scope: FigureScope, campaign: Campaign | None, goals: list[Goal], names: dict[str, str],
              team_members: dict[str, list[str]], results: dict[tuple[Any, ...], Any]) -> Dashboard:
    period = (scope.date_from, scope.date_to)
    groups: list[CompanyGroup] = results[("groups",)]
    ranks: Counter[int] = Counter()
    for _, rank, companies, _ in groups:
        ranks[rank] += companies
    period_places: list[PlaceRow] = results[("places", period)][period]
    goal_list = _goal_progress(goals, names, team_members, results)
    target_rows: list[tuple[str, date | None]] | None = None
    manual: ManualFigures | None = None
    if campaign is not None:
        target_rows = results[("targets",)]
        manual = ManualFigures(campaign.letters_sent, campaign.social_views, campaign.link_clicks)
    # The places read covers the period's every visit (goals need them all); a campaign's figures
    # take the offers to its targets, as `counted_visits` would have picked them.
    places = _places_to(period_places, None if target_rows is None else {c for c, _ in target_rows})
    funnel = campaign_funnel(None if target_rows is None else len(target_rows), ranks)
    contacts = sum(n for *_, n in groups)
    return Dashboard(
        scope=scope, campaign_name=campaign.name if campaign else None,
        figures=key_figures(funnel, contacts, places_offered(places), target_rows), funnel=funnel,
        weekly=results[("weekly",)], goals=goal_list,
        municipalities=_by_municipality(groups, places), trades=_by_trade(places), manual=manual,
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
    query runs, so on two or more cores the figures arrive in about half the time. The cyclic
    collector is held off meanwhile (services/collector.py): the rows of a whole history set off
    some 400 collections, each walking the window's objects (0.1-0.2 s in all).
    """
    with collector_paused():
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
