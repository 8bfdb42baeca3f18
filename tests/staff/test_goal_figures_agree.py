"""The hunter's goal view and the office's figures count a goal alike, also at the edges of days."""

from __future__ import annotations

from datetime import UTC, date, datetime

from lpj_desktop.domain.enums import Channel, GoalScope
from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.domain.visit_draft import PlaceOffer, VisitDraft
from lpj_desktop.services import figures, goals
from lpj_desktop.services.goal_admin import set_goal
from lpj_desktop.services.visits import record_visit
from lpj_desktop.store.database import Store

from .conftest import World


def test_goal_progress_is_the_same_for_hunter_and_office(store: Store, world: World) -> None:
    with store.session() as s:
        # 23:30 UTC on 31 July is 1 August in Norway (UTC+2): inside an August goal, not July's.
        record_visit(s, VisitDraft(company_id=world.companies["Harstad Mek AS"],
                                   occurred_at=datetime(2025, 7, 31, 23, 30, tzinfo=UTC),
                                   channel=Channel.VISIT, outcome=Outcome.PLACE_OFFERED,
                                   trades=["Industrimekanikerfaget"],
                                   places=[PlaceOffer("Industrimekanikerfaget", 1)]),
                     world.ola, now=datetime(2026, 1, 1, tzinfo=UTC))
        made = [
            set_goal(s, scope=GoalScope.HUNTER, subject=world.kari, period_start=date(2025, 6, 1),
                     period_end=date(2025, 9, 30), visits=10, agreements=3, places=5),
            set_goal(s, scope=GoalScope.TEAM, subject="Nord", period_start=date(2025, 6, 1),
                     period_end=date(2025, 7, 31), visits=10, agreements=3, places=5),
            set_goal(s, scope=GoalScope.TEAM, subject="Nord", period_start=date(2025, 8, 1),
                     period_end=date(2025, 8, 31), visits=10, agreements=3, places=5),
        ]
        ids = [g.id for g in made]
    with store.reader() as s:
        from lpj_desktop.store.models import Goal

        for goal_id in ids:
            goal = s.get(Goal, goal_id)
            hunter_view = goals.goal_progress(s, goal)
            office_view = figures.goal_progress(s, goal)
            assert (hunter_view.achieved.visits, hunter_view.achieved.agreements,
                    hunter_view.achieved.places) == (office_view.visits, office_view.agreements,
                                                     office_view.places), goal.period_start
        august = s.get(Goal, ids[2])
        assert figures.goal_progress(s, august).places == 1  # the late-evening visit counts in August
        july = s.get(Goal, ids[1])
        assert goals.goal_progress(s, july).achieved.visits == 5  # kari 2 + ola 3 in June–July
