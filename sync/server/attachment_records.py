"""Attachment records as the server holds them: one `records` row each (entity "attachment"),
like every synced record. These lookups find them by what the generic table does not index (their
parent, their file) by matching the stored JSON text, which the server always writes in one
compact form (`records.dumps`): `"parent_id":"<id>"`. They run on a delete of a parent, an
upload's start and a file's release, never on a pull.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from sync.entities import ENTITIES
from sync.server.access import Caller, read_scope
from sync.server.blobs import BlobStore
from sync.server.db import Database
from sync.server.models import Record
from sync.server.records import dumps, loads
from sync.vocabulary import AttachmentParent

log = logging.getLogger("lpj.server.files")
ATTACHMENT = "attachment"
ATTACHMENT_PARENTS = frozenset(p.value for p in AttachmentParent)
SPEC = ENTITIES[ATTACHMENT]


def attachment_hashes(fields: Mapping[str, Any]) -> set[str]:
    """The files an attachment names: its original and its thumbnail."""
    return {h for h in (fields.get("sha256"), fields.get("thumbnail_sha256")) if isinstance(h, str)}


def _json_pair(name: str, value: str) -> str:
    """`"name":"value"` as the stored JSON text has it, escaped for LIKE."""
    text = dumps({name: value})[1:-1]
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def attachments_of(session: Session, entity: str, record_id: str) -> list[tuple[str, str]]:
    """The keys of every attachment (live or not, any organisation) of one record."""
    rows = session.execute(
        select(Record.record_id, Record.fields).where(
            Record.entity == ATTACHMENT,
            Record.fields.like(f"%{_json_pair('parent_id', record_id)}%", escape="\\")))
    out = []
    for attachment_id, text in rows:
        fields = loads(text)
        if fields.get("parent_id") == record_id and fields.get("parent_entity") == entity:
            out.append((ATTACHMENT, attachment_id))
    return out


def live_attachments_naming(session: Session, digest: str) -> list[Record]:
    """The live attachments whose original or thumbnail is the file `digest`."""
    rows = session.scalars(
        select(Record).where(
            Record.entity == ATTACHMENT, Record.deleted.is_(False),
            or_(Record.fields.like(f"%{_json_pair('sha256', digest)}%", escape="\\"),
                Record.fields.like(f"%{_json_pair('thumbnail_sha256', digest)}%", escape="\\"))))
    return [r for r in rows if digest in attachment_hashes(loads(r.fields))]


def organisation_usage(session: Session, org_id: str) -> int:
    """The bytes the organisation's live attachments take (each counted, shared files too)."""
    total = 0
    for text in session.scalars(select(Record.fields).where(
            Record.entity == ATTACHMENT, Record.org_id == org_id, Record.deleted.is_(False))):
        fields = loads(text)
        total += int(fields.get("size") or 0) + int(fields.get("thumbnail_size") or 0)
    return total


def count_attachments(session: Session) -> int:
    """How many attachment records the server holds (live or not)."""
    return int(session.scalar(select(func.count()).select_from(Record).where(
        Record.entity == ATTACHMENT)) or 0)


def unreferenced(session: Session, digests: Iterable[str]) -> list[str]:
    """Those of `digests` that no live attachment names any more."""
    return [d for d in digests if not live_attachments_naming(session, d)]


def readable_attachment(session: Session, caller: Caller, attachment_id: str) -> dict[str, Any] | None:
    """The fields of a live attachment the caller may see (its parent's readers), else None:
    absent, deleted and out of sight are alike, so an answer tells nothing of others' files."""
    row = session.get(Record, (ATTACHMENT, attachment_id))
    if row is None or row.deleted:
        return None
    if not read_scope(session, caller).can_read_row(row.org_id, row.owner_id):
        return None
    fields: dict[str, Any] = loads(row.fields)
    fields["org_id"] = row.org_id
    return fields


def release(db: Database, blobs: BlobStore, digests: Iterable[str]) -> list[str]:
    """Delete the files that no live attachment names any more (after a push deleted
    attachments: an erased contact's or visit's photos leave the server's disk too). Run after
    the push's commit; a crash in between leaves files for `sweep_orphans`. The ones deleted."""
    digests = sorted(set(digests))
    if not digests:
        return []
    with db.reader() as session:
        gone = unreferenced(session, digests)
    for digest in gone:
        blobs.delete(digest)
    if gone:
        log.info("%d file(s) of deleted attachments removed", len(gone))
    return gone


def sweep_orphans(db: Database, blobs: BlobStore) -> list[str]:
    """Delete every stored file no live attachment names (the orphan sweep: after a crash
    between a push and its release, or a restore of the database from an older backup)."""
    return release(db, blobs, list(blobs.digests()))
