"""What the events page reads: the events this laptop holds (a market day, a speed-dating with
students: one gathering, a visit on each company there), newest first, and one event whole with the
companies that were there. Events are recorded, corrected and deleted by `visits` (record_event,
correct_event, delete_event): the visits they write are saved there."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lpj_desktop.domain.ladder import Outcome
from lpj_desktop.services.visits import event_outcome
from lpj_desktop.store.models import Attachment, Company, Event, User, Visit
from sync.vocabulary import AttachmentParent

# The list shows the newest events; a hunter records a few a month, an office some hundreds a year.
LIST_LIMIT = 1000


@dataclass(frozen=True, slots=True)
class EventRow:
    """One event as the list shows it. `hunter`: who recorded it (its author: only they may
    change it or attach files to it)."""

    id: str
    name: str
    kind: str
    occurred_at: datetime
    hunter_id: str
    hunter: str
    companies: int = 0
    files: int = 0


@dataclass(frozen=True, slots=True)
class EventDetails:
    """One event whole: its row, its notes and the companies that were there (id, name), by name."""

    row: EventRow
    notes: str = ""
    companies: list[tuple[str, str]] = field(default_factory=list)


def event_list(session: Session, limit: int = LIST_LIMIT) -> list[EventRow]:
    """The live events on this laptop, newest first, each with how many companies were there and
    how many files it has."""
    names = dict(session.execute(select(User.id, User.name)).all())
    present = (select(Visit.event_id, func.count().label("n"))
               .where(Visit.event_id.is_not(None), Visit.deleted_at.is_(None))
               .group_by(Visit.event_id).subquery())
    files = (select(Attachment.parent_id, func.count().label("n"))
             .where(Attachment.parent_entity == AttachmentParent.EVENT.value,
                    Attachment.deleted_at.is_(None))
             .group_by(Attachment.parent_id).subquery())
    rows = session.execute(
        select(Event.id, Event.name, Event.kind, Event.occurred_at, Event.hunter_id,
               func.coalesce(present.c.n, 0), func.coalesce(files.c.n, 0))
        .outerjoin(present, present.c.event_id == Event.id)
        .outerjoin(files, files.c.parent_id == Event.id)
        .where(Event.deleted_at.is_(None))
        .order_by(Event.occurred_at.desc(), Event.id.desc()).limit(limit))
    return [EventRow(eid, name, kind, when, hunter_id, names.get(hunter_id, ""), n_companies, n_files)
            for eid, name, kind, when, hunter_id, n_companies, n_files in rows]


def event_details(session: Session, event_id: str) -> EventDetails | None:
    """The event with this id and the companies that were there, or None when it is gone."""
    event = session.get(Event, event_id)
    if event is None or event.deleted_at is not None:
        return None
    companies = [(cid, name) for cid, name in session.execute(
        select(Company.id, Company.name).join(Visit, Visit.company_id == Company.id)
        .where(Visit.event_id == event_id, Visit.deleted_at.is_(None))
        .distinct().order_by(Company.name))]
    files = session.scalar(select(func.count()).select_from(Attachment).where(
        Attachment.parent_entity == AttachmentParent.EVENT.value, Attachment.parent_id == event_id,
        Attachment.deleted_at.is_(None))) or 0
    author = session.get(User, event.hunter_id)
    row = EventRow(event.id, event.name, event.kind, event.occurred_at, event.hunter_id,
                   author.name if author is not None else "", len(companies), files)
    return EventDetails(row, event.notes or "", companies)


def event_for_editing(session: Session, event_id: str) -> tuple[EventDetails, Outcome | None] | None:
    """The event as its correction form starts: its details and the outcome all its companies
    share (None when they differ), or None when it is gone."""
    details = event_details(session, event_id)
    return None if details is None else (details, event_outcome(session, event_id))
