"""Follow-ups for the hunter: what is overdue, due today, due this week; marking done and moving."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from lpj_desktop.domain.enums import FollowUpStatus
from lpj_desktop.services import changes
from lpj_desktop.store.base import utcnow
from lpj_desktop.store.models import Company, FollowUp


@dataclass(frozen=True, slots=True)
class FollowUpItem:
    """One follow-up as lists show it, with the company's name."""

    id: str
    company_id: str
    company_name: str
    title: str
    kind: str
    due_on: date
    status: str


@dataclass
class FollowUpBuckets:
    """Open follow-ups by urgency. `this_week` is tomorrow up to Sunday; `later` is after that."""

    overdue: list[FollowUpItem] = field(default_factory=list)
    today: list[FollowUpItem] = field(default_factory=list)
    this_week: list[FollowUpItem] = field(default_factory=list)
    later: list[FollowUpItem] = field(default_factory=list)

    @property
    def total(self) -> int:
        return len(self.overdue) + len(self.today) + len(self.this_week) + len(self.later)


class FollowUpError(ValueError):
    """A follow-up change that cannot be made; `key` names the reason for the UI."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _items(session: Session, *conds: ColumnElement[bool]) -> list[FollowUpItem]:
    rows = session.execute(
        select(FollowUp.id, FollowUp.company_id, Company.name, FollowUp.title, FollowUp.kind,
               FollowUp.due_on, FollowUp.status)
        .join(Company, Company.id == FollowUp.company_id)
        .where(FollowUp.deleted_at.is_(None), *conds)
        .order_by(FollowUp.due_on, Company.name)
    ).all()
    return [FollowUpItem(*row) for row in rows]


def open_followups(session: Session, assignee_id: str) -> list[FollowUpItem]:
    """All open follow-ups of one person, earliest due first."""
    return _items(session, FollowUp.assignee_id == assignee_id,
                  FollowUp.status == FollowUpStatus.OPEN.value)


def followup_buckets(session: Session, assignee_id: str, today: date) -> FollowUpBuckets:
    """Open follow-ups of one person sorted into overdue / today / this week / later."""
    end_of_week = today + timedelta(days=6 - today.weekday())
    out = FollowUpBuckets()
    for item in open_followups(session, assignee_id):
        if item.due_on < today:
            out.overdue.append(item)
        elif item.due_on == today:
            out.today.append(item)
        elif item.due_on <= end_of_week:
            out.this_week.append(item)
        else:
            out.later.append(item)
    return out


def followups_of_company(session: Session, company_id: str) -> list[FollowUp]:
    return list(session.scalars(
        select(FollowUp).where(FollowUp.company_id == company_id, FollowUp.deleted_at.is_(None))
        .order_by(FollowUp.due_on.desc())
    ))


def _get_open(session: Session, followup_id: str) -> FollowUp:
    fu = session.get(FollowUp, followup_id)
    if fu is None or fu.deleted_at is not None:
        raise FollowUpError("followup_unknown")
    return fu


def mark_done(session: Session, followup_id: str, now: datetime | None = None) -> FollowUp:
    """Close a follow-up as done (synced as an update of status and done_at)."""
    fu = _get_open(session, followup_id)
    if fu.status != FollowUpStatus.OPEN.value:
        raise FollowUpError("followup_not_open")
    changes.update(session, fu, status=FollowUpStatus.DONE.value, done_at=now or utcnow())
    return fu


def reopen(session: Session, followup_id: str) -> FollowUp:
    fu = _get_open(session, followup_id)
    changes.update(session, fu, status=FollowUpStatus.OPEN.value, done_at=None)
    return fu


def cancel(session: Session, followup_id: str) -> FollowUp:
    fu = _get_open(session, followup_id)
    changes.update(session, fu, status=FollowUpStatus.CANCELLED.value)
    return fu


def move(session: Session, followup_id: str, due_on: date, today: date) -> FollowUp:
    """Give an open follow-up a new due date; a date in the past is refused."""
    fu = _get_open(session, followup_id)
    if fu.status != FollowUpStatus.OPEN.value:
        raise FollowUpError("followup_not_open")
    if due_on < today:
        raise FollowUpError("due_in_past")
    changes.update(session, fu, due_on=due_on)
    return fu
