"""Every staff figure keeps its written definition, for any visit history (hypothesis).

The figures are read with SQL over the visit indexes; here each is counted again in plain Python
from the visits themselves, straight from its definition in `lpj_desktop.services.figures`, and
the invariants between them are checked: the funnel never rises, each key figure equals its funnel
step, the weeks, municipalities and trades add up to the key figures, a goal counts as the office.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from lpj_desktop.domain.enums import Channel, EventKind
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft
from lpj_desktop.domain.when import local
from lpj_desktop.services import figures, goals
from lpj_desktop.services.figures import FigureScope
from lpj_desktop.services.visits import delete_visit, record_event, record_visit
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Campaign, CampaignTarget, Visit

from .conftest import World

NOW = datetime(2026, 1, 1, tzinfo=UTC)
FIRST_DAY = date(2025, 5, 26)  # a Monday, a week before the test campaign starts
TRADES = ("Tømrerfaget", "Elektrikerfaget", "Kokkfaget")
CHANNELS = [c for c in Channel if c is not Channel.EVENT]  # events are written by record_event


@dataclass(frozen=True)
class Contact:
    company: int
    hunter: str
    day: int  # days after FIRST_DAY
    hour: int  # UTC: 22 and 23 are the next day in Norway in summer, 23 in winter
    channel: Channel
    outcome: Outcome
    places: tuple[tuple[str, int], ...]
    deleted: bool


contacts_st = st.builds(
    Contact, company=st.integers(0, 7), hunter=st.sampled_from(("kari", "ola", "aslak")),
    day=st.integers(0, 180), hour=st.sampled_from((0, 6, 10, 21, 22, 23)), channel=st.sampled_from(CHANNELS),
    outcome=st.sampled_from(list(Outcome)),
    places=st.lists(st.tuples(st.sampled_from(TRADES), st.integers(1, 5)), max_size=2).map(tuple),
    deleted=st.sampled_from((False, False, False, True)),  # now and then a tombstone
)
events_st = st.lists(st.tuples(st.sets(st.integers(0, 7), min_size=1, max_size=4), st.integers(0, 180),
                               st.sampled_from([o for o in Outcome if o is not Outcome.PLACE_OFFERED])),
                     max_size=2)
# The campaign's own scope, or a period starting on any day (a Monday now and then).
scope_st = st.one_of(st.none(), st.tuples(st.integers(0, 120), st.integers(0, 90)))


def _write(s, world: World, contacts: list[Contact], events: list) -> None:  # type: ignore[no-untyped-def]
    hunters = {"kari": world.kari, "ola": world.ola, "aslak": world.aslak}
    companies = list(world.companies.values())
    for c in contacts:
        if c.outcome is Outcome.PLACE_OFFERED:
            places = c.places or (("Tømrerfaget", 1),)  # an offer names its places
        elif c.outcome is Outcome.CONTRACT_SIGNED:
            places = c.places
        else:
            places = ()
        when = datetime.combine(FIRST_DAY + timedelta(days=c.day), datetime.min.time(), UTC) + timedelta(
            hours=c.hour, minutes=30)
        draft = VisitDraft(company_id=companies[c.company], occurred_at=when, channel=c.channel,
                           outcome=c.outcome, places=[PlaceOffer(t, n) for t, n in places])
        visit = record_visit(s, draft, hunters[c.hunter], now=NOW).visit
        if c.deleted:
            delete_visit(s, visit)
    for present, day, outcome in events:
        record_event(s, name="Yrkesmesse", kind=EventKind.MARKET_DAY,
                     occurred_at=datetime.combine(FIRST_DAY + timedelta(days=day), datetime.min.time(), UTC)
                     + timedelta(hours=9), hunter_id=world.kari,
                     company_ids=[companies[i] for i in sorted(present)], outcome=outcome)


def _counted(visits: list[Visit], scope: FigureScope, targets: set[str] | None) -> list[Visit]:
    """`counted_visits`, read from its docstring: not deleted, Norwegian days of the period, targets."""
    return [v for v in visits if v.deleted_at is None
            and scope.date_from <= local(v.occurred_at).date() <= scope.date_to
            and (targets is None or v.company_id in targets)]


def _places(visits: list[Visit]) -> int:
    return sum(int(p["count"]) for v in visits if Outcome(v.outcome).rank >= Outcome.PLACE_OFFERED.rank
               for p in v.places or [])


def _expected(counted: list[Visit], targets: set[str] | None) -> dict[str, int | None]:
    """Each key figure (`KeyFigures`) counted from its definition."""
    best: dict[str, int] = {}
    for v in counted:
        best[v.company_id] = max(best.get(v.company_id, -1), Outcome(v.outcome).rank)

    def reaching(rung: Outcome) -> int:
        return sum(1 for r in best.values() if r >= rung.rank)

    return {
        "targets": None if targets is None else len(targets),
        "letters_marked": None if targets is None else 0,  # the test world marks no letters
        "contacts": len(counted), "companies_contacted": len(best),
        "interested": reaching(Outcome.WANTS_INFORMATION), "agreements": reaching(Outcome.FOLLOW_UP_AGREED),
        "approved": reaching(Outcome.APPROVED), "companies_offering": reaching(Outcome.PLACE_OFFERED),
        "places": _places(counted), "contracts": reaching(Outcome.CONTRACT_SIGNED)}


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                HealthCheck.too_slow])
@given(contacts=st.lists(contacts_st, max_size=25), events=events_st, period=scope_st)
def test_figures_keep_their_definitions_for_any_history(store: Store, world: World, contacts: list[Contact],
                                                        events: list, period: tuple[int, int] | None) -> None:
    s = store.sessions()
    try:
        _write(s, world, contacts, events)
        if period is None:
            campaign = s.get(Campaign, world.campaign_id)
            scope = FigureScope.for_campaign(campaign)
            targets: set[str] | None = set(s.scalars(select(CampaignTarget.company_id).where(
                CampaignTarget.campaign_id == world.campaign_id, CampaignTarget.deleted_at.is_(None))))
        else:
            start = FIRST_DAY + timedelta(days=period[0])
            scope, targets = FigureScope(start, start + timedelta(days=period[1])), None
        dash = figures.dashboard(s, scope)
        visits = list(s.scalars(select(Visit)))
        counted = _counted(visits, scope, targets)
        expected = _expected(counted, targets)

        # The funnel never rises, and starts with target companies only where there are any.
        counts = [step.count for step in dash.funnel]
        assert counts == sorted(counts, reverse=True)
        steps = {step.key: step.count for step in dash.funnel}
        assert ("targeted" in steps) == (targets is not None)
        assert steps["contacted"] == expected["companies_contacted"]
        # The weeks, municipalities and trades add up to the figures they split.
        assert sum(dash.weekly.total(w) for w in dash.weekly.weeks) == expected["contacts"]
        assert sum(dash.weekly.hunter_total(h) for h, _ in dash.weekly.hunters) == expected["contacts"]
        columns = ("companies", "visits", "interested", "places", "contracts")
        assert [sum(getattr(m, c) for m in dash.municipalities) for c in columns] == [
            expected[k] for k in ("companies_contacted", "contacts", "interested", "places", "contracts")]
        assert sum(t.places for t in dash.trades) == expected["places"]
        # Each key figure is what its definition says; those counting companies are their funnel step.
        got = dash.figures
        assert dict(got.items()) == expected
        if targets is not None:
            assert steps["targeted"] == got.targets
        for key, step in figures.KEY_FIGURE_STEPS.items():
            assert getattr(got, key) == steps[step], key
        # An offer names its places: every company whose best rung is 'place offered' adds one.
        assert got.places >= got.companies_offering - got.contracts
        # A goal over the period counts the same definitions, for the office and for the hunter.
        for hunter in (world.kari, world.ola, world.aslak):
            mine = [v for v in _counted(visits, FigureScope(scope.date_from, scope.date_to), None)
                    if v.hunter_id == hunter]
            expected = (len(mine), len({v.company_id for v in mine if Outcome(v.outcome).is_agreement}),
                        _places(mine))
            assert figures.hunters_activity(s, [hunter], scope.date_from, scope.date_to) == expected
            own = goals.activity(s, [hunter], scope.date_from, scope.date_to)
            assert (own.visits, own.agreements, own.places) == expected
        team = [world.kari, world.ola]
        both = [v for v in _counted(visits, FigureScope(scope.date_from, scope.date_to), None)
                if v.hunter_id in team]
        agreed = {v.company_id for v in both if Outcome(v.outcome).is_agreement}
        assert figures.hunters_activity(s, team, scope.date_from, scope.date_to) == (
            len(both), len(agreed), _places(both))
    finally:
        s.rollback()
        s.close()


def test_a_late_sunday_evening_visit_is_counted_in_mondays_week(store: Store, world: World) -> None:
    """23:30 UTC on Sunday 8 June 2025 is 01:30 on Monday in Norway: a contact of a period that starts
    that Monday, so it belongs in that Monday's week (it was counted in the contacts but fell
    outside every week shown, and the weeks no longer added up)."""
    with store.session() as s:
        record_visit(s, VisitDraft(company_id=world.companies["Vardø Fisk AS"], channel=Channel.PHONE,
                                   occurred_at=datetime(2025, 6, 8, 23, 30, tzinfo=UTC),
                                   outcome=Outcome.NOT_REACHED), world.aslak, now=NOW)
    with store.reader() as s:
        dash = figures.dashboard(s, FigureScope(date(2025, 6, 9), date(2025, 6, 9)))
    assert dash.weekly.weeks == ((2025, 24),)
    assert dash.weekly.counts == {(world.aslak, (2025, 24)): 1}
    assert dash.figures.contacts == 1


def test_attempts_are_contacts_and_no_campaign_has_no_targets(store: Store, world: World) -> None:
    """'1 kontakter med 1 bedrifter' beside 'Bedrifter kontaktet 0', and a funnel whose first step
    'Målbedrifter' said 25 while the key figure said '–': an attempt without an answer is a contact
    with a company, and a period without a campaign has no target companies."""
    with store.reader() as s:
        # Vardø Fisk's only visit: a letter on 1 November 2024, 'not reached'.
        dash = figures.dashboard(s, FigureScope(date(2024, 11, 1), date(2024, 11, 1)))
    assert [(step.key, step.count) for step in dash.funnel][:2] == [("contacted", 1), ("reached", 0)]
    assert [(m.name, m.companies, m.visits) for m in dash.municipalities] == [("Vardø", 1, 1)]
    assert (dash.figures.contacts, dash.figures.companies_contacted, dash.figures.targets) == (1, 1, None)
