"""A company's history in one list: visits (with their event), notes and follow-ups, newest first."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.store.models import Contact, Event, FollowUp, Note, User, Visit


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of a timeline. `kind` is "visit", "note" or "followup"; the UI picks the words.

    Follow-ups sit at their due date, so open tasks for the future come first, above the history.
    """

    kind: str
    when: datetime
    record_id: str
    author: str = ""
    channel: str | None = None
    outcome: str | None = None
    reason: str | None = None
    text: str = ""
    trades: list[str] = field(default_factory=list)
    places: list[dict[str, object]] = field(default_factory=list)
    contact_name: str | None = None
    event_name: str | None = None
    event_kind: str | None = None
    next_step: str | None = None
    next_step_on: date | None = None
    status: str | None = None
    due_on: date | None = None


def company_timeline(session: Session, company_id: str) -> list[TimelineEntry]:
    """Every visit, note and follow-up of a company, newest first; tombstones left out."""
    names = dict(session.execute(select(User.id, User.name)).all())
    entries: list[TimelineEntry] = []
    visit_rows = session.execute(
        select(Visit, Contact.name, Event.name, Event.kind)
        .outerjoin(Contact, Contact.id == Visit.contact_id)
        .outerjoin(Event, Event.id == Visit.event_id)
        .where(Visit.company_id == company_id, Visit.deleted_at.is_(None))
    ).all()
    for v, contact_name, event_name, event_kind in visit_rows:
        entries.append(TimelineEntry(
            kind="visit", when=v.occurred_at, record_id=v.id, author=names.get(v.hunter_id, ""),
            channel=v.channel, outcome=v.outcome, reason=v.reason, text=v.notes or "",
            trades=list(v.trades or []), places=list(v.places or []), contact_name=contact_name,
            event_name=event_name, event_kind=event_kind, next_step=v.next_step,
            next_step_on=v.next_step_on,
        ))
    for n in session.scalars(select(Note).where(Note.company_id == company_id, Note.deleted_at.is_(None))):
        entries.append(TimelineEntry(kind="note", when=n.created_at, record_id=n.id,
                                     author=names.get(n.author_id, ""), text=n.text))
    for f in session.scalars(
        select(FollowUp).where(FollowUp.company_id == company_id, FollowUp.deleted_at.is_(None))
    ):
        entries.append(TimelineEntry(
            kind="followup", when=datetime.combine(f.due_on, time(23, 59), tzinfo=UTC), record_id=f.id,
            author=names.get(f.assignee_id, ""), text=f.title, status=f.status, due_on=f.due_on,
        ))
    entries.sort(key=lambda e: e.when, reverse=True)
    return entries
