"""Originals ahead of a trip (issue 23): other laptops get thumbnails with the sync and originals
when opened; before a trip out of coverage a hunter may fetch the originals of their own
companies' files instead, within a byte budget they choose.

"Their own companies" are those the hunter is responsible for (`Company.owner_id`, set by the
company page, a handover or the import); their files are those attached to such a company, to
its visits and to the events it was at (a market day's photos of its stand), whoever attached
them. The fetching itself is the sync engine's
(`SyncEngine.fetch_trip_originals`); this module only decides what, in what order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.models import Attachment, Company, Event, Visit

MB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class TripFile:
    """An original to fetch: its attachment, the file's hash and size, its name and company (for
    an event's file, the event's name)."""

    attachment_id: str
    sha256: str
    size: int
    file_name: str
    company_name: str
    # Bytes of it this laptop holds already (a download cut before, to be resumed).
    here: int = 0


@dataclass(frozen=True, slots=True)
class TripPlan:
    """What a fetch within the budget takes (`files`, newest first), and what it leaves."""

    files: list[TripFile] = field(default_factory=list)
    companies: int = 0
    here_already: int = 0
    over_budget: int = 0
    over_budget_bytes: int = 0

    @property
    def bytes_to_fetch(self) -> int:
        """What the fetch brings over the wire (a partial download counts what it lacks)."""
        return sum(f.size - f.here for f in self.files)


def plan_trip_originals(session: Session, blobs: LocalBlobs, user_id: str, budget_bytes: int) -> TripPlan:
    """The originals of the files attached to the user's own companies, their visits and the
    events they were at that this laptop lacks, newest first, as many as fit in `budget_bytes`
    (a file that does not fit is left out, and smaller, older ones after it may still fit).
    Each file once, however many attachments name it."""
    own = select(Company.id).where(Company.owner_id == user_id, Company.deleted_at.is_(None))
    live_visits = and_(Visit.company_id.in_(own), Visit.deleted_at.is_(None))
    visit_company = dict(session.execute(select(Visit.id, Visit.company_id).where(live_visits)).all())
    names = dict(session.execute(select(Company.id, Company.name).where(Company.id.in_(own))).all())
    # An event's file is named by the event (it belongs to every company that was there).
    events = dict(session.execute(select(Event.id, Event.name).where(
        Event.id.in_(select(Visit.event_id).where(live_visits, Visit.event_id.is_not(None))),
        Event.deleted_at.is_(None))).all())
    rows = session.execute(
        select(Attachment.id, Attachment.sha256, Attachment.size, Attachment.file_name,
               Attachment.parent_entity, Attachment.parent_id)
        .where(Attachment.deleted_at.is_(None), or_(
            and_(Attachment.parent_entity == "company", Attachment.parent_id.in_(own)),
            and_(Attachment.parent_entity == "visit",
                 Attachment.parent_id.in_(select(Visit.id).where(live_visits))),
            and_(Attachment.parent_entity == "event", Attachment.parent_id.in_(list(events)))))
        .order_by(Attachment.created_at.desc())).all()
    files: list[TripFile] = []
    seen: set[str] = set()
    here = over = over_bytes = 0
    left = budget_bytes
    for attachment_id, sha, size, name, parent_entity, parent_id in rows:
        if sha in seen:
            continue
        seen.add(sha)
        if blobs.has(sha):
            here += 1
            continue
        partial = blobs.partial(sha)
        have = min(partial.stat().st_size, size) if partial.exists() else 0
        if size - have > left:
            over += 1
            over_bytes += size - have
            continue
        left -= size - have
        if parent_entity == "event":
            where = events[parent_id]
        else:
            where = names.get(parent_id if parent_entity == "company" else visit_company[parent_id], "")
        files.append(TripFile(attachment_id, sha, size, name, where, have))
    return TripPlan(files, len(names), here, over, over_bytes)
