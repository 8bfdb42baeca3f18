"""A company's history in one list: visits (with their event), notes and follow-ups, newest first."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time

from sqlalchemy import and_, or_, select
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


class TimelineReader:
    """A company's timeline read a page at a time, newest first, for a list that fetches as it is
    scrolled: a company with 25,000 visits opens with the first page, not all of them.

    Notes and follow-ups (a handful per company) are read once; visits are read by their index in
    pages, continuing after the last one read (occurred_at, id), so a page costs the same at the
    top and deep down. Holds no session: each `fetch` is given one.
    """

    def __init__(self, company_id: str) -> None:
        self.company_id = company_id
        self._names: dict[str, str] | None = None
        self._others: list[TimelineEntry] | None = None  # notes and follow-ups not yet handed out
        self._after: tuple[datetime, str] | None = None  # the last visit handed out
        self._visits_done = False

    @property
    def exhausted(self) -> bool:
        """True once every entry has been handed out."""
        return self._visits_done and self._others is not None and not self._others

    def fetch(self, session: Session, limit: int) -> list[TimelineEntry]:
        """The next entries, at most `limit` visits (plus the notes and follow-ups among them)."""
        if self._names is None:
            self._names = dict(session.execute(select(User.id, User.name)).all())
        if self._others is None:
            self._others = sorted(_notes_and_followups(session, self.company_id, self._names),
                                  key=lambda e: (e.when, e.record_id), reverse=True)
        visits: list[TimelineEntry] = []
        if not self._visits_done:
            visits = _visit_page(session, self.company_id, self._names, self._after, limit)
            self._visits_done = len(visits) < limit
            if visits:
                self._after = (visits[-1].when, visits[-1].record_id)
        # Notes and follow-ups newer than the last visit of this page belong on it; the rest wait.
        if self._visits_done:
            others, self._others = self._others, []
        else:
            floor = visits[-1].when
            cut = next((i for i, e in enumerate(self._others) if e.when < floor), len(self._others))
            others, self._others = self._others[:cut], self._others[cut:]
        return sorted(visits + others, key=lambda e: (e.when, e.record_id), reverse=True)


def _visit_page(session: Session, company_id: str, names: dict[str, str],
                after: tuple[datetime, str] | None, limit: int) -> list[TimelineEntry]:
    query = (
        select(Visit, Contact.name, Event.name, Event.kind)
        .outerjoin(Contact, Contact.id == Visit.contact_id)
        .outerjoin(Event, Event.id == Visit.event_id)
        .where(Visit.company_id == company_id, Visit.deleted_at.is_(None))
        .order_by(Visit.occurred_at.desc(), Visit.id.desc())
        .limit(limit)
    )
    if after is not None:
        when, last_id = after
        query = query.where(or_(Visit.occurred_at < when,
                                and_(Visit.occurred_at == when, Visit.id < last_id)))
    return [_visit_entry(v, names, contact_name, event_name, event_kind)
            for v, contact_name, event_name, event_kind in session.execute(query)]


def _visit_entry(v: Visit, names: dict[str, str], contact_name: str | None, event_name: str | None,
                 event_kind: str | None) -> TimelineEntry:
    return TimelineEntry(
        kind="visit", when=v.occurred_at, record_id=v.id, author=names.get(v.hunter_id, ""),
        channel=v.channel, outcome=v.outcome, reason=v.reason, text=v.notes or "",
        trades=list(v.trades or []), places=list(v.places or []), contact_name=contact_name,
        event_name=event_name, event_kind=event_kind, next_step=v.next_step,
        next_step_on=v.next_step_on,
    )


def _notes_and_followups(session: Session, company_id: str, names: dict[str, str]) -> list[TimelineEntry]:
    entries = [
        TimelineEntry(kind="note", when=n.created_at, record_id=n.id, author=names.get(n.author_id, ""),
                      text=n.text)
        for n in session.scalars(select(Note).where(Note.company_id == company_id, Note.deleted_at.is_(None)))
    ]
    entries.extend(
        TimelineEntry(
            kind="followup", when=datetime.combine(f.due_on, time(23, 59), tzinfo=UTC), record_id=f.id,
            author=names.get(f.assignee_id, ""), text=f.title, status=f.status, due_on=f.due_on,
        )
        for f in session.scalars(
            select(FollowUp).where(FollowUp.company_id == company_id, FollowUp.deleted_at.is_(None)))
    )
    return entries


def company_timeline(session: Session, company_id: str) -> list[TimelineEntry]:
    """Every visit, note and follow-up of a company, newest first; tombstones left out."""
    reader = TimelineReader(company_id)
    entries: list[TimelineEntry] = []
    while not reader.exhausted:
        entries.extend(reader.fetch(session, 5000))
    return entries
