"""The whole dashboard equals a plain reference computed in Python from the visits, for any history.

`test_figure_definitions` checks each key figure against its definition and the sums between them;
this one holds every number the page and the campaign report show (the funnel, each week of each
hunter, each municipality's row, each trade, each goal's progress) equal to a straightforward count
over the visit rows, on small random stores: tombstoned visits, outcomes this app does not know,
places on outcomes that cannot carry them, a hunter without a user row, a removed target, and
visits at the edges of Norwegian days (22:00–00:59 UTC around the changes to and from summer time,
and around new year, where the ISO week belongs to the next year). Both ways of reading (one
session, and the reads side by side) are compared, and with every plan the figures may choose.

Many figures are read from tallies that triggers keep (store/tallies.py), so the visits are
written every way a store gets them, and then changed: by the services' ORM, by a pull from the
server (the pull's own writer, `apply_changes`), and by a first sync (`take_snapshot`, which sets
the tallies aside; they are counted afresh after it, and until then the figures count the visits:
each such case is compared before the count and after it); then outcomes changed, visits moved to
another company (a merge's re-key) or in time, places changed, visits tombstoned and erased
(rows taken out, as records no longer in the user's view are), a company's municipality changed.
A missing trigger fails these (test_a_missing_trigger_fails_the_comparison).
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
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

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
    GroupPlan,
    MunicipalityResult,
    TradePlaces,
    WeeklyActivity,
)
from lpj_desktop.store import tallies
from lpj_desktop.store.database import Store, open_store
from lpj_desktop.store.models import Campaign, CampaignTarget, Company, Goal, User, Visit
from lpj_desktop.sync_client import snapshot
from lpj_desktop.sync_client.pull import PullStats
from lpj_desktop.sync_client.records import apply_changes
from lpj_desktop.sync_client.snapshot import take_snapshot
from sync.kernel.ids import uuid7
from sync.protocol import Change

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
goal_st = st.tuples(st.sampled_from(("hunter", "team")), st.integers(0, 4), st.sampled_from(DAYS),
                    st.integers(0, 200))
goals_st = st.lists(goal_st, max_size=3)
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


def _fields(world: World, r: Row) -> dict[str, Any]:
    """A row as the server sends a visit's fields."""
    at = datetime.combine(r.day, r.at, UTC)
    return {"company_id": world.companies[r.company], "hunter_id": world.hunters[r.hunter],
            "occurred_at": at.isoformat().replace("+00:00", "Z"), "channel": "visit", "outcome": r.outcome,
            "places": [{"trade": t, "count": n} if n is not None else {"trade": t} for t, n in r.places],
            "trades": []}


def _pull(world: World, changes: list[Change]) -> None:
    """Server changes written as a pull writes a page of them."""
    with world.store.session() as s:
        apply_changes(s, changes)


def _change(record_id: str, fields: dict[str, Any] | None, version: int = 1) -> Change:
    if fields is None:
        return Change(entity="visit", record_id=record_id, version=version, deleted=True,
                      updated_at=datetime(2025, 12, 1, tzinfo=UTC))
    return Change(entity="visit", record_id=record_id, version=version, fields=fields,
                  updated_at=datetime(2025, 12, 1, tzinfo=UTC))


class _Lines:
    """A snapshot's lines, as the transport streams them."""

    def __init__(self, lines: list[bytes]) -> None:
        self.lines = lines

    def stream_lines(self, path: str, **_: Any) -> Any:
        yield from self.lines


def _snapshot(world: World, changes: list[Change]) -> None:
    """A first sync of these records (the tallies set aside, then counted from the visits)."""
    header = b'{"kind":"header","epoch":"e1","cursor":"e1.9","estimated_count":%d}' % len(changes)
    lines = [c.model_dump_json().encode() for c in changes]
    end = b'{"kind":"end","count":%d}' % len(changes)
    with mock.patch.object(snapshot, "DEFER_INDEXES_FROM", 1), mock.patch.object(snapshot, "CHUNK", 7):
        assert take_snapshot(world.store, _Lines([header, *lines, end]),  # type: ignore[arg-type]
                             progress=lambda p: None, cancelled=lambda: False, stats=PullStats())


def _write(world: World, rows: list[Row], goals: list[tuple[str, int, date, int]], via: str = "orm"
           ) -> list[str]:
    """The rows as visits (the ids, in order), written by the services' ORM, a pull, or a first sync."""
    ids = [str(uuid7()) for _ in rows]
    if via == "orm":
        with world.store.session() as s:
            for visit_id, r in zip(ids, rows, strict=True):
                at = datetime.combine(r.day, r.at, UTC)
                places = [{"trade": t, "count": n} if n is not None else {"trade": t} for t, n in r.places]
                s.add(Visit(id=visit_id, company_id=world.companies[r.company],
                            hunter_id=world.hunters[r.hunter], occurred_at=at, channel="visit",
                            outcome=r.outcome, places=places,
                            deleted_at=at + timedelta(days=1) if r.deleted else None))
    else:
        live = [_change(i, _fields(world, r)) for i, r in zip(ids, rows, strict=True)]
        if via == "pull":
            _pull(world, live)
        else:
            _snapshot(world, live)
        _pull(world, [_change(i, None, 2) for i, r in zip(ids, rows, strict=True) if r.deleted])
    with world.store.session() as s:
        for kind, who, start, length in goals:
            subject = ("Nord" if who < 2 else "Finnmark") if kind == "team" else world.hunters[who]
            s.add(Goal(scope=GoalScope.TEAM.value if kind == "team" else GoalScope.HUNTER.value,
                       subject=subject, period_start=start, period_end=start + timedelta(days=length),
                       visits=10, agreements=2, places=3))
    return ids


# A change to a visit (or a company) after it was written: (what, which visit, a row giving the new
# value). "move" is the re-key of a merge; "erase" takes the row out.
EDITS = ("outcome", "move", "time", "places", "hunter", "tombstone", "erase", "municipality")
edits_st = st.lists(st.tuples(st.sampled_from(EDITS), st.integers(0, 29), rows_st), min_size=1, max_size=8)
NUMBERS = ["5401", "5501", "5601", None, "5634", "9999"]  # the world's companies' municipalities


def _edit(world: World, ids: list[str], edits: list[tuple[str, int, Row]], via: str) -> None:
    """Change what was written: through the ORM, or (`via` a pull or a first sync) as the server's
    changes are pulled."""
    for what, index, new in edits:
        if what == "municipality":
            with world.store.session() as s:
                company = s.get(Company, world.companies[new.company])
                assert company is not None
                company.municipality_number = NUMBERS[index % len(NUMBERS)]
            continue
        if not ids:
            continue
        visit_id = ids[index % len(ids)]
        if what == "erase":  # as a record no longer in the user's view is taken out
            with world.store.session() as s:
                s.execute(delete(Visit).where(Visit.id == visit_id))
            continue
        if what == "move":
            with world.store.session() as s:  # a merge: every reference re-keyed by one UPDATE
                s.execute(update(Visit).where(Visit.id == visit_id)
                          .values(company_id=world.companies[new.company]))
            continue
        with world.store.session() as s:
            visit = s.get(Visit, visit_id)
            if visit is None:
                continue
            fields = {"company_id": visit.company_id, "hunter_id": visit.hunter_id,
                      "occurred_at": visit.occurred_at.isoformat().replace("+00:00", "Z"), "channel": "visit",
                      "outcome": visit.outcome, "places": visit.places, "trades": []}
            new_fields = _fields(world, new)
            if what == "outcome":
                fields["outcome"] = new.outcome
            elif what == "time":
                fields["occurred_at"] = new_fields["occurred_at"]
            elif what == "places":
                fields["places"] = new_fields["places"]
            elif what == "hunter":
                fields["hunter_id"] = new_fields["hunter_id"]
            if via == "orm":
                if what == "tombstone":
                    visit.deleted_at = visit.deleted_at or datetime(2025, 12, 1, tzinfo=UTC)
                else:
                    visit.outcome, visit.places, visit.hunter_id = (fields["outcome"], fields["places"],
                                                                    fields["hunter_id"])
                    visit.occurred_at = datetime.fromisoformat(fields["occurred_at"])
                continue
            version = (visit.server_version or 1) + 1
        _pull(world, [_change(visit_id, None if what == "tombstone" else fields, version)])


def _clear(world: World) -> None:
    with world.store.session() as s:
        s.execute(delete(Visit))
        s.execute(delete(Goal))
        for company_id, number in zip(world.companies, NUMBERS, strict=True):
            s.execute(update(Company).where(Company.id == company_id).values(municipality_number=number))


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


def _check(world: World, scope: FigureScope, many: bool) -> None:
    """`_compare`; and where the tallies are not ready (after a first sync), `_compare` again
    once they have been counted."""
    with world.store.engine.connect() as conn:
        ready = tallies.tallies_ready(conn)
    _compare(world, scope, many, ready)
    if not ready:
        assert tallies.count_tallies(world.store.engine)
        _compare(world, scope, many, True)


def _compare(world: World, scope: FigureScope, many: bool, ready: bool) -> None:
    """The dashboard of `scope` equals the reference, both ways of reading; and every plan the
    companies may be counted by gives the same groups (those reading the company tally only when
    it is ready)."""
    with world.store.reader() as s:
        expected = reference(s, scope)
    # `many`: the plan for periods of many visits, whatever this store holds.
    with mock.patch.object(figures, "MANY_VISITS", 1 if many else figures.MANY_VISITS):
        with world.store.reader() as s:
            _same(figures.dashboard(s, scope), expected)
        _same(figures.load_dashboard(world.store, scope), expected)
    if scope.campaign_id:
        return
    with world.store.reader() as s:
        days = figures._period_days(s, (scope.date_from, scope.date_to))
        middle = sorted(world.companies)[len(world.companies) // 2]
        plans = [[GroupPlan(tally=False)], [GroupPlan(tally=False, long_period=True, until=middle),
                                            GroupPlan(tally=False, long_period=True, first=middle)]]
        if ready:
            plans.append([GroupPlan(tally=True, partly=True)])
        counted = [sorted(figures._merged_groups(figures.company_groups(s, scope, days, p) for p in plan),
                          key=str) for plan in plans]
    assert all(c == counted[0] for c in counted[1:])


def _scope(world: World, period: Any) -> FigureScope:
    if period is None:
        return FigureScope(*CAMPAIGN, world.campaign_id)
    return FigureScope(period[0], period[0] + timedelta(days=period[1]))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(rows=st.lists(rows_st, max_size=30), goals=goals_st, period=scope_st, many=st.booleans())
def test_the_dashboard_is_the_plain_count_of_the_visits(world: World, rows: list[Row], goals: list,
                                                         period: Any, many: bool) -> None:
    _write(world, rows, goals)
    try:
        _check(world, _scope(world, period), many)
    finally:
        _clear(world)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(rows=st.lists(rows_st, min_size=1, max_size=25), edits=edits_st,
       goals=st.lists(goal_st, min_size=1, max_size=3), period=scope_st,
       many=st.booleans(), via=st.sampled_from(["orm", "pull", "snapshot"]))
def test_the_dashboard_is_the_plain_count_after_any_writes(world: World, rows: list[Row], edits: list,
                                                           goals: list, period: Any, many: bool,
                                                           via: str) -> None:
    """Visits written by the ORM, a pull or a first sync, then changed (by the ORM, or by pulls)."""
    try:
        ids = _write(world, rows, goals, via)
        _edit(world, ids, edits, via)
        _check(world, _scope(world, period), many)
    finally:
        _clear(world)


# Every kind of write, each needing its trigger: a new visit, one changed, one taken out, a
# company's municipality changed, and a visit pulled before its company (a first sync's order).
MISSING_CASES = {
    "visit_tally_ai": [],
    "visit_tally_au": [("outcome", 0, Row(0, 0, DAYS[8], TIMES[4], "not_reached", (), False))],
    "visit_tally_ad": [("erase", 0, Row(0, 0, DAYS[8], TIMES[4], "not_reached", (), False))],
    "company_tally_au": [("municipality", 2, Row(0, 0, DAYS[8], TIMES[4], "not_reached", (), False))],
}


@pytest.mark.parametrize("trigger", [None, *sorted(tallies.TRIGGERS)])
def test_a_missing_trigger_fails_the_comparison(paths: Any, trigger: str | None) -> None:
    """The checks above can fail: without any one trigger, some figure differs from the reference
    (with every trigger, none does)."""
    store = open_store(paths)
    try:
        with store.session() as s:
            users = [User(name="Kari Nordmann", team="Nord")]
            s.add_all(users)
            companies = [Company(name=f"Bedrift {i}", source="manual", municipality_number=m)
                         for i, m in enumerate(NUMBERS)]
            s.add_all(companies)
            s.flush()
            world = World(store, [users[0].id, UNKNOWN_HUNTER], {}, [c.id for c in companies], "")
        if trigger is not None:
            with store.engine.begin() as conn:
                conn.exec_driver_sql(f'DROP TRIGGER "{trigger}"')
        row = Row(0, 0, DAYS[8], TIMES[4], "place_offered", (("Tømrerfaget", 2),), False)
        for case in [trigger] if trigger else sorted(tallies.TRIGGERS):
            _missing_case(store, world, row, case)
        scope = FigureScope(DAYS[0], DAYS[-1])
        with store.reader() as s:
            expected = reference(s, scope)
            # The tallies read as they are: a missing trigger also makes them not ready, and the
            # figures would count the visits instead.
            with mock.patch.object(figures, "MANY_VISITS", 1), mock.patch.object(figures, "_tallied",
                                                                                 lambda _s: True):
                got = figures.dashboard(s, scope)
        differ = [f.name for f in fields(Dashboard)
                  if f.name != "computed_at" and getattr(got, f.name) != getattr(expected, f.name)]
        assert bool(differ) is (trigger is not None), differ
    finally:
        store.close()


def _missing_case(store: Store, world: World, row: Row, trigger: str) -> None:
    """The write that needs `trigger`."""
    if trigger == "company_tally_ai":  # the visit pulled first, its company after it
        late = str(uuid7())
        with store.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
            with Session(bind=conn) as s:
                apply_changes(s, [_change(str(uuid7()), {**_fields(world, row), "company_id": late})])
                s.commit()
            conn.commit()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        with store.session() as s:
            s.add(Company(id=late, name="Sen AS", source="manual", municipality_number="5601"))
    else:
        ids = _write(world, [row], [], "pull")
        _edit(world, ids, MISSING_CASES[trigger], "pull")
