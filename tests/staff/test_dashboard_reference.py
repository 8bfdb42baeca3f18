"""The whole dashboard equals a plain reference computed in Python from the visits, for any history.

`test_figure_definitions` checks each key figure against its definition and the sums between them;
this one holds every number the page and the campaign report show (the funnel, each week of each
hunter, each municipality's row, each trade, each goal's progress) equal to a straightforward count
over the visit rows, on small random stores: tombstoned visits, outcomes this app does not know,
places on outcomes that cannot carry them, a hunter without a user row, a removed target, and
visits at the edges of Norwegian days (22:00–00:59 UTC around the changes to and from summer time,
and around new year, where the ISO week belongs to the next year). Both ways of reading (one
session, and the reads side by side) are compared, and with every plan the figures may choose.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from lpj_desktop.domain import regions
from lpj_desktop.domain.enums import GoalScope
from lpj_desktop.domain.ladder import LADDER, Outcome
from lpj_desktop.domain.when import OSLO
from lpj_desktop.paths import app_paths
from lpj_desktop.services import figures
from lpj_desktop.services.figures import (
    Dashboard,
    FigureScope,
    FunnelStep,
    GoalProgress,
    MunicipalityResult,
    TradePlaces,
    WeeklyActivity,
)
from lpj_desktop.store.database import Store, open_store
from lpj_desktop.store.models import Campaign, CampaignTarget, Company, Goal, User, Visit
from sync.kernel.ids import uuid7

# Days where a Norwegian day and the UTC day part at awkward hours: new year (and ISO week 1 of
# 2025 starting on 30 December 2024), the change to summer time (30 March 2025, 01:00 UTC) and back
# (26 October 2025, 01:00 UTC), and an ordinary summer day.
DAYS = [date(2024, 12, 29), date(2024, 12, 30), date(2024, 12, 31), date(2025, 1, 1), date(2025, 1, 5),
        date(2025, 3, 29), date(2025, 3, 30), date(2025, 3, 31), date(2025, 6, 15), date(2025, 6, 16),
        date(2025, 10, 25), date(2025, 10, 26), date(2025, 10, 27)]
# UTC times of day: 22:xx is the next day in Norway in summer only, 23:xx always.
TIMES = [time(0, 0), time(0, 59), time(1, 0), time(1, 30), time(10, 0), time(21, 59, 59), time(22, 0),
         time(22, 30), time(23, 0), time(23, 59, 59, 999999)]
OUTCOMES = [o.value for o in LADDER] + ["something_newer"]  # an outcome a newer app may write
TRADES = ("Tømrerfaget", "Elektrikerfaget")
UNKNOWN_HUNTER = str(uuid7())  # visits pulled from a hunter this store has no user row for
CAMPAIGN = (date(2025, 3, 29), date(2025, 6, 15))


@dataclass(frozen=True)
class Row:
    company: int
    hunter: int  # index into the world's hunters; the last is UNKNOWN_HUNTER
    day: date
    at: time
    outcome: str
    places: tuple[tuple[str, int | None], ...]
    deleted: bool


rows_st = st.builds(
    Row, company=st.integers(0, 5), hunter=st.integers(0, 4), day=st.sampled_from(DAYS),
    at=st.sampled_from(TIMES), outcome=st.sampled_from(OUTCOMES),
    places=st.lists(st.tuples(st.sampled_from(TRADES), st.one_of(st.none(), st.integers(0, 3))),
                    max_size=2).map(tuple),
    deleted=st.sampled_from((False, False, False, True)),
)
goals_st = st.lists(st.tuples(st.sampled_from(("hunter", "team")), st.integers(0, 4),
                              st.sampled_from(DAYS), st.integers(0, 200)), max_size=3)
scope_st = st.one_of(st.none(), st.tuples(st.sampled_from(DAYS), st.integers(0, 310)))


@dataclass
class World:
    store: Store
    hunters: list[str]
    teams: dict[str, str | None]
    companies: list[str]
    campaign_id: str


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    store = open_store(app_paths(Path(tmp_path_factory.mktemp("reference")) / "data"))
    with store.session() as s:
        users = [User(name="Kari Nordmann", team="Nord"), User(name="Ola Hansen", team="Nord"),
                 User(name="Aslak Sara", team="Finnmark"),
                 User(name="Per Sluttet", team="Nord", deleted_at=datetime(2025, 1, 1, tzinfo=UTC))]
        s.add_all(users)
        # Stored municipality numbers: an old one (Tromsø before 2024), today's, none, one unknown.
        numbers = ["5401", "5501", "5601", None, "5634", "9999"]
        companies = [Company(name=f"Bedrift {i}", source="manual", municipality_number=m)
                     for i, m in enumerate(numbers)]
        s.add_all(companies)
        campaign = Campaign(name="Vår 2025", starts_on=CAMPAIGN[0], ends_on=CAMPAIGN[1])
        s.add(campaign)
        s.flush()
        s.add_all([CampaignTarget(campaign_id=campaign.id, company_id=companies[i].id) for i in (0, 1, 3)])
        s.add(CampaignTarget(campaign_id=campaign.id, company_id=companies[4].id,  # taken off the list
                             deleted_at=datetime(2025, 4, 1, tzinfo=UTC)))
        world = World(store, [u.id for u in users] + [UNKNOWN_HUNTER], {u.id: u.team for u in users},
                      [c.id for c in companies], campaign.id)
    yield world
    store.close()


def _write(world: World, rows: list[Row], goals: list[tuple[str, int, date, int]]) -> None:
    with world.store.session() as s:
        for r in rows:
            at = datetime.combine(r.day, r.at, UTC)
            places = [{"trade": t, "count": n} if n is not None else {"trade": t} for t, n in r.places]
            s.add(Visit(company_id=world.companies[r.company], hunter_id=world.hunters[r.hunter],
                        occurred_at=at, channel="visit", outcome=r.outcome, places=places,
                        deleted_at=at + timedelta(days=1) if r.deleted else None))
        for kind, who, start, length in goals:
            subject = ("Nord" if who < 2 else "Finnmark") if kind == "team" else world.hunters[who]
            s.add(Goal(scope=GoalScope.TEAM.value if kind == "team" else GoalScope.HUNTER.value,
                       subject=subject, period_start=start, period_end=start + timedelta(days=length),
                       visits=10, agreements=2, places=3))


def _clear(world: World) -> None:
    with world.store.session() as s:
        s.execute(delete(Visit))
        s.execute(delete(Goal))


# --- the reference: each figure counted from the visit rows, as plainly as it can be said ---------

RANK = {o.value: o.rank for o in LADDER}


def _oslo_day(v: Visit) -> date:
    return v.occurred_at.astimezone(OSLO).date()


def _counted(visits: list[Visit], start: date, end: date, targets: set[str] | None) -> list[Visit]:
    return [v for v in visits if v.deleted_at is None and start <= _oslo_day(v) <= end
            and (targets is None or v.company_id in targets)]


def _offers(visits: list[Visit]) -> list[tuple[Visit, str, int]]:
    """(visit, trade, places) of each place offer on visits whose outcome may carry places."""
    return [(v, str(p.get("trade") or ""), int(p.get("count") or 0)) for v in visits
            if RANK.get(v.outcome, -1) >= Outcome.PLACE_OFFERED.rank for p in v.places or []]


def reference(s: Any, scope: FigureScope) -> Dashboard:
    visits = list(s.scalars(select(Visit)))
    users = list(s.scalars(select(User)))
    names = {u.id: u.name for u in users}
    municipality = {c.id: c.municipality_number for c in s.scalars(select(Company))}
    campaign = s.get(Campaign, scope.campaign_id) if scope.campaign_id else None
    target_rows = None if campaign is None else [
        t for t in s.scalars(select(CampaignTarget)) if t.campaign_id == campaign.id and t.deleted_at is None]
    targets = None if target_rows is None else {t.company_id for t in target_rows}
    counted = _counted(visits, scope.date_from, scope.date_to, targets)

    best: dict[str, int] = {}
    for v in counted:
        best[v.company_id] = max(best.get(v.company_id, -1), RANK.get(v.outcome, -1))
    funnel = [] if targets is None else [FunnelStep("targeted", len(targets))]
    funnel += [FunnelStep(key, sum(1 for r in best.values() if rung is None or r >= rung.rank))
               for key, rung in figures.FUNNEL_STEPS]
    offers = _offers(counted)
    steps = {f.key: f.count for f in funnel}
    key_figures = figures.KeyFigures(
        targets=None if targets is None else len(targets),
        letters_marked=None if target_rows is None else sum(1 for t in target_rows if t.letter_sent_on),
        contacts=len(counted), places=sum(n for *_, n in offers),
        **{key: steps[step] for key, step in figures.KEY_FIGURE_STEPS.items()})

    # Weeks: every ISO week from the one holding the first day to the one holding the last.
    weeks = []
    monday = scope.date_from - timedelta(days=scope.date_from.weekday())
    while monday <= scope.date_to:
        weeks.append(tuple(monday.isocalendar())[:2])
        monday += timedelta(days=7)
    counts: dict[tuple[str, tuple[int, int]], int] = defaultdict(int)
    for v in counted:
        counts[(v.hunter_id, tuple(_oslo_day(v).isocalendar())[:2])] += 1
    totals: dict[str, int] = defaultdict(int)
    for (h, _), n in counts.items():
        totals[h] += n
    hunters = tuple(sorted(((h, names.get(h, h[:8])) for h in totals), key=lambda x: (-totals[x[0]], x[1])))
    weekly = WeeklyActivity(tuple(weeks), hunters, dict(counts))  # type: ignore[arg-type]

    # Municipalities (today's numbers): each column a key figure, split by the company's.
    def today_number(company_id: str) -> str:
        return regions.current_municipality_number(municipality[company_id]) or ""

    munis: dict[str, list[str]] = defaultdict(list)
    for company_id in best:
        munis[today_number(company_id)].append(company_id)
    municipalities = [MunicipalityResult(
        k, regions.municipality_label(k) if k else "", len(ids),
        sum(1 for v in counted if v.company_id in ids),
        sum(1 for c in ids if best[c] >= Outcome.WANTS_INFORMATION.rank),
        sum(n for v, _, n in offers if v.company_id in ids),
        sum(1 for c in ids if best[c] >= Outcome.CONTRACT_SIGNED.rank)) for k, ids in munis.items()]
    municipalities.sort(key=lambda m: (-m.places, -m.interested, -m.visits, m.name))

    trades = [TradePlaces(t, sum(n for _, tt, n in offers if tt == t),
                          len({v.company_id for v, tt, _ in offers if tt == t}))
              for t in {t for _, t, _ in offers}]
    trades = sorted((t for t in trades if t.places > 0), key=lambda t: (-t.places, t.trade))

    goals = []
    for g in sorted((g for g in s.scalars(select(Goal)) if g.deleted_at is None
                     and g.period_start <= scope.date_to and g.period_end >= scope.date_from),
                    key=lambda g: (g.scope, g.subject, g.period_start)):
        team = g.scope == GoalScope.TEAM.value
        who = ({u.id for u in users if u.deleted_at is None and u.team == g.subject} if team else {g.subject})
        theirs = [v for v in _counted(visits, g.period_start, g.period_end, None) if v.hunter_id in who]
        agreed = {v.company_id for v in theirs if v.outcome in figures.AGREEMENT_OUTCOMES}
        name = g.subject if team else names.get(g.subject, g.subject[:8])
        goals.append(GoalProgress(g.id, g.scope, g.subject, name, g.period_start, g.period_end, g.visits,
                                  g.agreements, g.places, len(theirs), len(agreed),
                                  sum(n for *_, n in _offers(theirs))))
    manual = None if campaign is None else figures.ManualFigures(campaign.letters_sent, campaign.social_views,
                                                                 campaign.link_clicks)
    return Dashboard(scope, campaign.name if campaign else None, key_figures, funnel, weekly, goals,
                     municipalities, trades, manual)


def _same(got: Dashboard, expected: Dashboard) -> None:
    for f in fields(Dashboard):
        if f.name != "computed_at":
            assert getattr(got, f.name) == getattr(expected, f.name), f.name


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(rows=st.lists(rows_st, max_size=30), goals=goals_st, period=scope_st, many=st.booleans())
def test_the_dashboard_is_the_plain_count_of_the_visits(world: World, rows: list[Row], goals: list,
                                                         period: Any, many: bool) -> None:
    _write(world, rows, goals)
    try:
        if period is None:
            scope = FigureScope(*CAMPAIGN, world.campaign_id)
        else:
            scope = FigureScope(period[0], period[0] + timedelta(days=period[1]))
        with world.store.reader() as s:
            expected = reference(s, scope)
        # `many`: the plan for periods of many visits, whatever this store holds.
        with mock.patch.object(figures, "MANY_VISITS", 1 if many else figures.MANY_VISITS):
            with world.store.reader() as s:
                _same(figures.dashboard(s, scope), expected)
            _same(figures.load_dashboard(world.store, scope), expected)
    finally:
        _clear(world)
