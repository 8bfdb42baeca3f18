"""Goal progress (produksjonsmål): visits, agreements and places offered in a goal's period.

Shared by the hunter's "My goals" page and the staff views, so it works for any goal: a hunter's
(subject = user id) or a team's (subject = team name; the team's members from the user directory).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from lpj_desktop.domain.enums import GoalScope
from lpj_desktop.services.figures import hunters_activity
from lpj_desktop.store.models import Goal, LocalProfile, User


@dataclass(frozen=True, slots=True)
class Activity:
    """What was achieved in a period.

    `agreements` counts companies (not visits) with at least one agreement-level outcome in the
    period: three calls that each confirm the same agreement are one agreement.
    """

    visits: int
    agreements: int
    places: int


@dataclass(frozen=True, slots=True)
class GoalProgress:
    goal: Goal
    achieved: Activity
    # Share of the period that has passed on the day asked about (0..1): the pace to compare with.
    elapsed: float

    @property
    def visits_ratio(self) -> float:
        return _ratio(self.achieved.visits, self.goal.visits)

    @property
    def agreements_ratio(self) -> float:
        return _ratio(self.achieved.agreements, self.goal.agreements)

    @property
    def places_ratio(self) -> float:
        return _ratio(self.achieved.places, self.goal.places)


def _ratio(done: int, target: int) -> float:
    return 1.0 if target <= 0 else done / target


def team_members(session: Session, team: str) -> list[str]:
    """User ids in a team: from the user directory, plus this device's user when their profile says so."""
    ids = set(session.scalars(select(User.id).where(User.team == team, User.deleted_at.is_(None))))
    profile = session.get(LocalProfile, 1)
    if profile is not None and profile.team == team:
        ids.add(profile.user_id)
    return sorted(ids)


def activity(session: Session, hunter_ids: list[str], start: date, end: date) -> Activity:
    """Visits, agreements and places offered by these hunters from `start` to `end` (inclusive),
    counted as the staff figures count them (`figures.hunters_activity`)."""
    return Activity(*hunters_activity(session, hunter_ids, start, end))


def goal_progress(session: Session, goal: Goal, on: date | None = None) -> GoalProgress:
    """How far `goal` has come; `on` (default today) sets how much of the period has passed."""
    if goal.scope == GoalScope.TEAM.value:
        hunters = team_members(session, goal.subject)
    else:
        hunters = [goal.subject]
    achieved = activity(session, hunters, goal.period_start, goal.period_end)
    on = on or date.today()
    days = (goal.period_end - goal.period_start).days + 1
    passed = min(max((on - goal.period_start).days + 1, 0), days)
    return GoalProgress(goal, achieved, passed / days if days > 0 else 1.0)


def goals_for_user(session: Session, user_id: str, on: date) -> list[Goal]:
    """The goals that apply to a user on a day: their own, then their team's."""
    user = session.get(User, user_id)
    team = user.team if user is not None else None
    profile = session.get(LocalProfile, 1)
    if profile is not None and profile.user_id == user_id and profile.team:
        team = profile.team
    subject = [and_(Goal.scope == GoalScope.HUNTER.value, Goal.subject == user_id)]
    if team:
        subject.append(and_(Goal.scope == GoalScope.TEAM.value, Goal.subject == team))
    return list(session.scalars(
        select(Goal).where(Goal.deleted_at.is_(None), Goal.period_start <= on, Goal.period_end >= on,
                           or_(*subject))
        .order_by(Goal.scope, Goal.period_start)
    ))


def month_bounds(on: date) -> tuple[date, date]:
    start = on.replace(day=1)
    nxt = (start + timedelta(days=32)).replace(day=1)
    return start, nxt - timedelta(days=1)


@dataclass(frozen=True, slots=True)
class MyGoals:
    """A hunter's goals on a day, with this month's activity beside them."""

    progress: list[GoalProgress]
    start: date
    end: date
    month: Activity


def my_goals(session: Session, user_id: str, on: date) -> MyGoals:
    """The goals of `user_id` that run on `on`, how far each has come, and the month's activity."""
    found = goals_for_user(session, user_id, on)
    progress = [goal_progress(session, g, on) for g in found]
    start, end = month_bounds(on)
    return MyGoals(progress, start, end, activity(session, [user_id], start, end))
