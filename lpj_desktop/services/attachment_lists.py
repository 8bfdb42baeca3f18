"""What the views show of attached files: a company's files (its own, its contacts' and its
visits'), a visit's files for the timeline, one file for the viewer; and the few changes a person
makes to a file after it is attached (its caption, removing it).

Rows come out as `AttachedFile` values, never as stored records: the viewer and the timeline keep
them across sessions, and the words for them are the UI's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import literal_column, or_, select
from sqlalchemy.orm import Session

from lpj_desktop.services import changes
from lpj_desktop.services.attachments import PHOTO_TYPES, AttachmentRefused
from lpj_desktop.store.blobs import LocalBlobs
from lpj_desktop.store.models import Attachment, Campaign, Contact, Event, User, Visit
from sync.entities import ENTITIES
from sync.vocabulary import AttachmentParent, MediaType

_CAPTION_MAX = dict(ENTITIES["attachment"].max_lengths)["caption"]


@dataclass(frozen=True, slots=True)
class AttachedFile:
    """One attached file as the views show it. `parent_when`: the visit's time for a visit's
    file (None for others); `parent_name`: the contact's name for a contact's file, the event's or
    campaign's for theirs."""

    id: str
    parent_entity: str
    parent_id: str
    file_name: str
    caption: str | None
    media_type: str
    size: int
    width: int | None
    height: int | None
    created_at: datetime
    author_id: str
    author: str
    sha256: str
    thumbnail_sha256: str | None
    parent_when: datetime | None = None
    parent_name: str | None = None

    @property
    def is_photo(self) -> bool:
        """A photo the app shows itself (a document opens in the system's program)."""
        return self.media_type in {t.value for t in PHOTO_TYPES}


_COLUMNS = (Attachment.id, Attachment.parent_entity, Attachment.parent_id, Attachment.file_name,
            Attachment.caption, Attachment.media_type, Attachment.size, Attachment.width,
            Attachment.height, Attachment.created_at, Attachment.author_id, Attachment.sha256,
            Attachment.thumbnail_sha256)


def _names(session: Session) -> dict[str, str]:
    return dict(session.execute(select(User.id, User.name)).all())


def _file(row: Any, names: dict[str, str], *, parent_when: datetime | None = None,
          parent_name: str | None = None) -> AttachedFile:
    """An AttachedFile from a row of `_COLUMNS` (a result row: its values typed by the query)."""
    (aid, entity, parent_id, file_name, caption, media_type, size, width, height, created_at,
     author_id, sha256, thumb) = row
    return AttachedFile(
        id=aid, parent_entity=entity, parent_id=parent_id, file_name=file_name, caption=caption,
        media_type=media_type, size=size, width=width, height=height, created_at=created_at,
        author_id=author_id, author=names.get(author_id, ""), sha256=sha256, thumbnail_sha256=thumb,
        parent_when=parent_when, parent_name=parent_name)


def company_files(session: Session, company_id: str) -> list[AttachedFile]:
    """Every live file of a company, newest first: the company's own, its contact persons' and its
    visits' (what the company page's strip and the viewer page through)."""
    names = _names(session)
    contacts = dict(session.execute(
        select(Contact.id, Contact.name).where(Contact.company_id == company_id,
                                               Contact.deleted_at.is_(None))).all())
    own = select(*_COLUMNS).where(
        Attachment.deleted_at.is_(None),
        or_(
            (Attachment.parent_entity == AttachmentParent.COMPANY.value)
            & (Attachment.parent_id == company_id),
            (Attachment.parent_entity == AttachmentParent.CONTACT.value)
            & Attachment.parent_id.in_(list(contacts)),
        ))
    files = [_file(row, names, parent_name=contacts.get(str(row[2]))) for row in session.execute(own)]
    # The attachments first, each visit found by its key: a laptop holds thousands of files but
    # a busy company tens of thousands of visits, and going through those (what SQLite picks with
    # the visit's company index) cost 45–150 ms on the busiest company. The unary + keeps SQLite
    # from using that index, so it scans the attachments instead (a few ms at 10,000 files).
    of_visits = (
        select(*_COLUMNS, Visit.occurred_at)
        .join(Visit, Visit.id == Attachment.parent_id)
        .where(Attachment.parent_entity == AttachmentParent.VISIT.value, Attachment.deleted_at.is_(None),
               literal_column("+visit.company_id") == company_id, Visit.deleted_at.is_(None)))
    files.extend(_file(row[:-1], names, parent_when=row[-1]) for row in session.execute(of_visits))
    return sorted(files, key=lambda f: (f.created_at, f.id), reverse=True)


def record_files(session: Session, parent_entity: str, parent_id: str) -> list[AttachedFile]:
    """The live files of one record (a campaign, an event), newest first."""
    names = _names(session)
    # The record's name goes with each file: the viewer says "Arrangement Yrkesmesse i Alta".
    title = None
    if parent_entity == AttachmentParent.EVENT.value:
        title = session.scalar(select(Event.name).where(Event.id == parent_id))
    elif parent_entity == AttachmentParent.CAMPAIGN.value:
        title = session.scalar(select(Campaign.name).where(Campaign.id == parent_id))
    rows = session.execute(select(*_COLUMNS).where(
        Attachment.parent_entity == parent_entity, Attachment.parent_id == parent_id,
        Attachment.deleted_at.is_(None)).order_by(Attachment.created_at.desc(), Attachment.id.desc()))
    return [_file(row, names, parent_name=title) for row in rows]


def files_of_visits(session: Session, visit_ids: Iterable[str],
                    names: dict[str, str] | None = None) -> dict[str, list[AttachedFile]]:
    """The live files of each of these visits, oldest first (the order they were attached)."""
    ids = list(visit_ids)
    if not ids:
        return {}
    names = names if names is not None else _names(session)
    out: dict[str, list[AttachedFile]] = {}
    # In slices: SQLite takes at most a few thousand parameters in one statement.
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(*_COLUMNS).where(Attachment.parent_entity == AttachmentParent.VISIT.value,
                                    Attachment.parent_id.in_(ids[start:start + 500]),
                                    Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at, Attachment.id))
        for row in rows:
            out.setdefault(str(row[2]), []).append(_file(row, names))
    return out


def files_by_ids(session: Session, ids: Sequence[str],
                 names: dict[str, str] | None = None) -> list[AttachedFile]:
    """These live files, oldest first; a contact's file names its contact person."""
    names = names if names is not None else _names(session)
    rows = session.execute(select(*_COLUMNS, Contact.name)
                           .outerjoin(Contact, (Attachment.parent_entity == AttachmentParent.CONTACT.value)
                                      & (Contact.id == Attachment.parent_id))
                           .where(Attachment.id.in_(list(ids)), Attachment.deleted_at.is_(None))
                           .order_by(Attachment.created_at, Attachment.id)).all()
    return [_file(row[:13], names, parent_name=row[13]) for row in rows]


def file_by_id(session: Session, attachment_id: str) -> AttachedFile | None:
    """One live file (None when it is gone: removed here, or erased by a sync)."""
    row = session.execute(select(*_COLUMNS).where(Attachment.id == attachment_id,
                                                  Attachment.deleted_at.is_(None))).first()
    return _file(row, _names(session)) if row is not None else None


def _own_live(session: Session, attachment_id: str, user_id: str) -> Attachment:
    attachment = session.get(Attachment, attachment_id)
    if attachment is None or attachment.deleted_at is not None:
        raise AttachmentRefused("attachment_gone")
    if attachment.author_id != user_id:
        # The server lets only the author change an attached file: refusing here says so at once
        # instead of after a sync.
        raise AttachmentRefused("not_yours")
    return attachment


def set_caption(session: Session, attachment_id: str, caption: str, *, user_id: str) -> None:
    """Change the caption of the user's own file (the only thing of a file that may change)."""
    attachment = _own_live(session, attachment_id, user_id)
    text = caption.strip()[:_CAPTION_MAX] or None
    if text != attachment.caption:
        changes.update(session, attachment, caption=text)


def remove_file(session: Session, attachment_id: str, *, user_id: str) -> None:
    """Remove the user's own file from its record; the removal syncs, and the bytes go from the
    server when no other record holds the same file."""
    changes.delete(session, _own_live(session, attachment_id, user_id))


def local_copy(blobs: LocalBlobs, digest: str | None) -> Path | None:
    """The file with this SHA-256 on this laptop, or None (not fetched yet, or no digest)."""
    if not digest:
        return None
    path = blobs.path(digest)
    return path if path.is_file() else None


def suffix_for(media_type: str, file_name: str) -> str:
    """The extension a copy of the file is saved or opened with: its own name's when it has one
    (the system picks the program by it), else the media type's."""
    ext = Path(file_name).suffix
    if ext:
        return ext
    return {MediaType.JPEG.value: ".jpg", MediaType.PNG.value: ".png", MediaType.PDF.value: ".pdf",
            MediaType.HEIC.value: ".heic"}.get(media_type, "")
