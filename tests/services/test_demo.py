"""Demo data: realistic, through the services, and loaded only once."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from lpj_desktop.services.demo import load_demo
from lpj_desktop.services.profile import get_profile
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Campaign, Company, FollowUp, Goal, OutboxMutation, Visit


def test_demo_fills_a_hunters_world(store: Store) -> None:
    steps = []
    summary = load_demo(store, progress=steps.append)
    assert steps[-1].done == steps[-1].total
    assert summary.register.new == 211 and summary.profile_set and summary.generated
    today = date.today()
    with store.reader() as s:
        profile = get_profile(s)
        assert profile.display_name == "Demo Jeger"
        assert s.scalar(select(func.count()).select_from(Visit)) == summary.visits > 50
        # Through the services: every visit has its outbox mutation; stages are derived.
        assert s.scalar(select(func.count()).select_from(OutboxMutation)
                        .where(OutboxMutation.entity == "visit")) == summary.visits
        assert s.scalar(select(func.count()).select_from(Company).where(Company.stage.is_not(None))) > 30
        due = list(s.scalars(select(FollowUp.due_on).where(
            FollowUp.status == "open", FollowUp.assignee_id == profile.user_id)))
        assert any(d < today for d in due), "some follow-ups are overdue"
        assert any(d == today for d in due), "some are due today"
        assert any(today < d <= today + timedelta(days=7) for d in due), "some are due this week"
        assert s.scalar(select(func.count()).select_from(Campaign)) == 1
        assert s.scalar(select(func.count()).select_from(Goal).where(Goal.subject == profile.user_id)) >= 3
        visits = s.scalar(select(func.count()).select_from(Visit))

    again = load_demo(store)
    assert not again.generated and not again.profile_set and again.register.unchanged == 211
    with store.reader() as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == visits


def test_demo_store_is_marked_so_sync_can_refuse_it(store) -> None:  # type: ignore[no-untyped-def]
    from lpj_desktop.services.demo import has_demo_data, load_demo

    with store.reader() as s:
        assert not has_demo_data(s)
    load_demo(store)
    with store.reader() as s:
        assert has_demo_data(s)


def test_demo_offers_come_with_places_and_goals_differ(store: Store) -> None:
    """Every 'place offered' in the demo names its places, and no two goals look alike: each has
    its own subject or period (the staff saw three 'Demo Jeger' rows they could not tell apart)."""
    load_demo(store)
    with store.reader() as s:
        offers = list(s.scalars(select(Visit).where(Visit.outcome == "place_offered")))
        assert offers and all(v.places_total >= 1 for v in offers)
        goals = list(s.scalars(select(Goal)))
        kinds = [(g.scope, g.subject, g.period_start, g.period_end) for g in goals]
        assert len(set(kinds)) == len(kinds) == len(goals) >= 3
        assert len({(g.period_start, g.period_end) for g in goals}) == len(goals)
        # A contract does not record again the places an earlier offer recorded (counted twice).
        seen_places: set[str] = set()
        for v in s.scalars(select(Visit).order_by(Visit.occurred_at)):
            assert not (v.company_id in seen_places and v.outcome == "contract_signed" and v.places_total)
            if v.places_total:
                seen_places.add(v.company_id)
