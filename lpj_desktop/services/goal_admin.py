"""Setting goals (produksjonsmål) per hunter or team and period: a staff task. Goals sync (staff only)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.domain.enums import GoalScope
from lpj_desktop.services import changes
from lpj_desktop.store.models import Goal


class GoalInputError(ValueError):
    def __init__(self, field_name: str, key: str) -> None:
        super().__init__(f"{field_name}: {key}")
        self.field = field_name
        self.key = key


def set_goal(session: Session, *, scope: GoalScope, subject: str, period_start: date, period_end: date,
             visits: int, agreements: int, places: int) -> Goal:
    """Create the goal, or change the one already set for the same subject and period."""
    if not subject.strip():
        raise GoalInputError("subject", "goal_subject_missing")
    if period_end < period_start:
        raise GoalInputError("period_end", "ends_before_start")
    if min(visits, agreements, places) < 0:
        raise GoalInputError("visits", "negative")
    if visits == agreements == places == 0:
        raise GoalInputError("visits", "goal_empty")
    existing = session.scalar(select(Goal).where(
        Goal.scope == scope.value, Goal.subject == subject, Goal.period_start == period_start,
        Goal.period_end == period_end, Goal.deleted_at.is_(None)))
    if existing is not None:
        changes.update(session, existing, visits=visits, agreements=agreements, places=places)
        return existing
    goal = Goal(scope=scope.value, subject=subject, period_start=period_start, period_end=period_end,
                visits=visits, agreements=agreements, places=places)
    changes.create(session, goal)
    return goal


def delete_goal(session: Session, goal_id: str) -> bool:
    """Delete a goal; False when it was gone already."""
    goal = session.get(Goal, goal_id)
    if goal is None or goal.deleted_at is not None:
        return False
    changes.delete(session, goal)
    return True


def all_goals(session: Session) -> list[Goal]:
    """Every live goal, latest period first."""
    return list(session.scalars(select(Goal).where(Goal.deleted_at.is_(None))
                                .order_by(Goal.period_start.desc(), Goal.scope, Goal.subject)))
