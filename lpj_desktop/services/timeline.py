"""A company's history in one list: visits (with their event), notes, follow-ups, handovers
(owner or follow-ups moved by staff) and what Enhetsregisteret changed (new name, new address,
bankrupt, deleted), newest first."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from lpj_desktop.services.attachment_lists import AttachedFile, files_by_ids, files_of_visits
from lpj_desktop.store.models import (
    Attachment,
    Contact,
    Event,
    FollowUp,
    Handover,
    Note,
    RegisterChange,
    User,
    Visit,
)
from sync.vocabulary import AttachmentParent


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of a timeline. `kind` is "visit", "note", "followup", "handover", "register" or
    "file" (a file attached to the company or one of its contact persons; a visit's files are
    the visit's `files`);
    the UI picks the words. A handover names who gave (`from_name`) and who got (`to_name`),
    whether the company itself moved (`company_moved`; else only follow-ups), how many follow-ups
    went with it, and whether it was an undo (`undo`); `author` is the staff member who did it. A
    register entry is a change in Enhetsregisteret: `change` says what, `text` the new value,
    `reason` the old.

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
    from_name: str | None = None
    to_name: str | None = None
    company_moved: bool = False
    moved_followups: int = 0
    undo: bool = False
    change: str | None = None  # RegisterChangeKind of a "register" entry
    files: tuple[AttachedFile, ...] = ()  # a visit's attached files; a "file" entry's one file


class TimelineReader:
    """A company's timeline read a page at a time, newest first, for a list that fetches as it is
    scrolled: a company with 25,000 visits opens with the first page, not all of them.

    Visits are read by their index in pages, continuing after the last one read (occurred_at, id),
    so a page costs the same at the top and deep down. Notes and follow-ups are read alongside, for
    the stretch of time the page of visits covers (from the page's oldest visit up to where the last
    page stopped): a company visited for years has thousands of follow-ups, and reading them all
    on open cost more than the visits (0.16 s of a 0.18 s open at 25,000 visits). Holds no session:
    each `fetch` is given one.
    """

    def __init__(self, company_id: str) -> None:
        self.company_id = company_id
        self._names: dict[str, str] | None = None
        self._after: tuple[datetime, str] | None = None  # the last visit handed out
        self._top: tuple[datetime, str] | None = None  # the newest visit handed out
        self._visits_done = False
        # Notes and follow-ups read so far go down to (and including) this instant; None: none read.
        self._floor: datetime | None = None
        self._others_done = False

    @property
    def exhausted(self) -> bool:
        """True once every entry has been handed out."""
        return self._visits_done and self._others_done

    def fetch(self, session: Session, limit: int) -> list[TimelineEntry]:
        """The next entries, at most `limit` visits (plus the notes and follow-ups among them)."""
        names = self._user_names(session)
        visits: list[TimelineEntry] = []
        if not self._visits_done:
            visits = _visit_page(session, self.company_id, names, self._after, None, limit)
            self._visits_done = len(visits) < limit
            if visits:
                self._after = (visits[-1].when, visits[-1].record_id)
                self._top = self._top or (visits[0].when, visits[0].record_id)
        others: list[TimelineEntry] = []
        if not self._others_done:
            # Notes and follow-ups at or after this page's oldest visit belong on it; the last page
            # takes all that are left.
            floor = None if self._visits_done else visits[-1].when
            others = _notes_and_followups(session, self.company_id, names, floor, self._floor)
            self._floor = floor
            self._others_done = floor is None
        return _newest_first(visits + others)

    def head(self, session: Session) -> list[TimelineEntry]:
        """What is on the pages handed out so far, read again cheaply after a save: the visits
        newer than the newest handed out (a visit just recorded) and the notes and follow-ups of
        that stretch (a follow-up just made or marked done). The older visits are not read again."""
        names = self._user_names(session)
        visits = _visit_page(session, self.company_id, names, None, self._top, None)
        if visits:
            self._top = (visits[0].when, visits[0].record_id)
            if self._after is None:  # the company had no visit before
                self._after = (visits[-1].when, visits[-1].record_id)
        others = _notes_and_followups(session, self.company_id, names,
                                      None if self._others_done else self._floor, None)
        return _newest_first(visits + others)

    def _user_names(self, session: Session) -> dict[str, str]:
        if self._names is None:
            self._names = dict(session.execute(select(User.id, User.name)).all())
        return self._names


def _newest_first(entries: list[TimelineEntry]) -> list[TimelineEntry]:
    return sorted(entries, key=lambda e: (e.when, e.record_id), reverse=True)


def _visit_page(session: Session, company_id: str, names: dict[str, str],
                after: tuple[datetime, str] | None, before: tuple[datetime, str] | None,
                limit: int | None) -> list[TimelineEntry]:
    """Visits newest first: older than `after` (the next page) or newer than `before` (new ones)."""
    query = (
        select(Visit.id, Visit.occurred_at, Visit.hunter_id, Visit.channel, Visit.outcome, Visit.reason,
               Visit.notes, Visit.trades, Visit.places, Visit.next_step, Visit.next_step_on,
               Contact.name, Event.name, Event.kind)
        .outerjoin(Contact, Contact.id == Visit.contact_id)
        .outerjoin(Event, Event.id == Visit.event_id)
        .where(Visit.company_id == company_id, Visit.deleted_at.is_(None))
        .order_by(Visit.occurred_at.desc(), Visit.id.desc())
    )
    if limit is not None:
        query = query.limit(limit)
    if after is not None:
        when, last_id = after
        query = query.where(or_(Visit.occurred_at < when,
                                and_(Visit.occurred_at == when, Visit.id < last_id)))
    if before is not None:
        when, first_id = before
        query = query.where(or_(Visit.occurred_at > when,
                                and_(Visit.occurred_at == when, Visit.id > first_id)))
    # Plain columns, not Visit objects: a page of 200 loads in a third of the time.
    rows = session.execute(query).all()
    files = files_of_visits(session, (row[0] for row in rows), names)
    return [
        TimelineEntry(
            kind="visit", when=when, record_id=vid, author=names.get(hunter_id, ""), channel=channel,
            outcome=outcome, reason=reason, text=notes or "", trades=list(trades or []),
            places=list(places or []), contact_name=contact_name, event_name=event_name,
            event_kind=event_kind, next_step=next_step, next_step_on=next_step_on,
            files=tuple(files.get(vid, ())),
        )
        for (vid, when, hunter_id, channel, outcome, reason, notes, trades, places, next_step,
             next_step_on, contact_name, event_name, event_kind) in rows
    ]


def _followup_when(due_on: date) -> datetime:
    """Where a follow-up sits on the timeline: the end of its due day."""
    return datetime.combine(due_on, time(23, 59), tzinfo=UTC)


def _first_due_on_or_after(instant: datetime) -> date:
    """The first due day whose follow-ups sit at or after `instant` (see `_followup_when`)."""
    day = instant.astimezone(UTC).date()
    return day if _followup_when(day) >= instant else day + timedelta(days=1)


def _notes_and_followups(session: Session, company_id: str, names: dict[str, str],
                         floor: datetime | None, below: datetime | None) -> list[TimelineEntry]:
    """The company's notes, follow-ups and handovers that sit at or after `floor` (None: since the
    start) and before `below` (None: up to any time)."""
    note_q = select(Note.id, Note.created_at, Note.author_id, Note.text).where(
        Note.company_id == company_id, Note.deleted_at.is_(None))
    followup_q = select(FollowUp.id, FollowUp.due_on, FollowUp.assignee_id, FollowUp.title,
                        FollowUp.status).where(FollowUp.company_id == company_id,
                                               FollowUp.deleted_at.is_(None))
    if floor is not None:
        note_q = note_q.where(Note.created_at >= floor)
        followup_q = followup_q.where(FollowUp.due_on >= _first_due_on_or_after(floor))
    if below is not None:
        note_q = note_q.where(Note.created_at < below)
        followup_q = followup_q.where(FollowUp.due_on < _first_due_on_or_after(below))
    entries = [
        TimelineEntry(kind="note", when=created_at, record_id=nid, author=names.get(author_id, ""),
                      text=text)
        for nid, created_at, author_id, text in session.execute(note_q)
    ]
    handover_q = select(Handover.id, Handover.moved_at, Handover.by_id, Handover.from_id, Handover.to_id,
                        Handover.company_moved, Handover.followup_ids, Handover.undoes).where(
        Handover.company_id == company_id, Handover.deleted_at.is_(None))
    if floor is not None:
        handover_q = handover_q.where(Handover.moved_at >= floor)
    if below is not None:
        handover_q = handover_q.where(Handover.moved_at < below)
    entries.extend(
        TimelineEntry(kind="handover", when=moved_at, record_id=hid, author=names.get(by_id, ""),
                      from_name=names.get(from_id, ""), to_name=names.get(to_id, ""),
                      company_moved=moved, moved_followups=len(fids or []), undo=undoes is not None)
        for hid, moved_at, by_id, from_id, to_id, moved, fids, undoes in session.execute(handover_q)
    )
    entries.extend(
        TimelineEntry(kind="followup", when=_followup_when(due_on), record_id=fid,
                      author=names.get(assignee_id, ""), text=title, status=status, due_on=due_on)
        for fid, due_on, assignee_id, title, status in session.execute(followup_q)
    )
    # Register changes sit where notes do: at their time, read for the same stretch.
    register_q = select(RegisterChange.id, RegisterChange.occurred_at, RegisterChange.kind,
                        RegisterChange.old_value, RegisterChange.new_value).where(
        RegisterChange.company_id == company_id, RegisterChange.deleted_at.is_(None))
    if floor is not None:
        register_q = register_q.where(RegisterChange.occurred_at >= floor)
    if below is not None:
        register_q = register_q.where(RegisterChange.occurred_at < below)
    entries.extend(
        TimelineEntry(kind="register", when=occurred_at, record_id=rid, change=kind,
                      text=new_value or "", reason=old_value)
        for rid, occurred_at, kind, old_value, new_value in session.execute(register_q)
    )
    entries.extend(_company_files(session, company_id, names, floor, below))
    return entries


def _company_files(session: Session, company_id: str, names: dict[str, str],
                   floor: datetime | None, below: datetime | None) -> list[TimelineEntry]:
    """Files attached to the company or its contact persons, each an entry at the time it was
    attached (a visit's files are shown with the visit)."""
    contacts = select(Contact.id).where(Contact.company_id == company_id).scalar_subquery()
    query = select(Attachment.id).where(
        Attachment.deleted_at.is_(None),
        or_(and_(Attachment.parent_entity == AttachmentParent.COMPANY.value,
                 Attachment.parent_id == company_id),
            and_(Attachment.parent_entity == AttachmentParent.CONTACT.value,
                 Attachment.parent_id.in_(contacts))))
    if floor is not None:
        query = query.where(Attachment.created_at >= floor)
    if below is not None:
        query = query.where(Attachment.created_at < below)
    ids = list(session.scalars(query))
    if not ids:
        return []
    return [TimelineEntry(kind="file", when=f.created_at, record_id=f.id, author=f.author,
                          text=f.caption or "", contact_name=f.parent_name, files=(f,))
            for f in files_by_ids(session, ids, names)]


def company_timeline(session: Session, company_id: str) -> list[TimelineEntry]:
    """Every visit, note and follow-up of a company, newest first; tombstones left out."""
    reader = TimelineReader(company_id)
    entries: list[TimelineEntry] = []
    while not reader.exhausted:
        entries.extend(reader.fetch(session, 5000))
    return entries
