"""Attachment records as the server holds them: one `records` row each (entity "attachment"),
like every synced record. The lookups by what the generic table keys nothing by (their parent,
their files, their bytes) use columns generated from the stored JSON and indexed
(`Record.attachment_*`, NULL on every other record: sync/server/models.py). They run on a delete
of a parent, an upload's start and end and a file's release, never on a pull.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from sync.entities import ENTITIES
from sync.server.access import Caller, read_scope
from sync.server.blobs import BlobStore
from sync.server.db import Database
from sync.server.models import Record
from sync.server.records import loads
from sync.vocabulary import AttachmentParent

log = logging.getLogger("lpj.server.files")
ATTACHMENT = "attachment"
ATTACHMENT_PARENTS = frozenset(p.value for p in AttachmentParent)
SPEC = ENTITIES[ATTACHMENT]
# Digests asked about in one statement (the orphan sweep asks about every stored file).
_IN_CHUNK = 500


def attachment_hashes(fields: Mapping[str, Any]) -> set[str]:
    """The files an attachment names: its original and its thumbnail."""
    return {h for h in (fields.get("sha256"), fields.get("thumbnail_sha256")) if isinstance(h, str)}


def attachments_of(session: Session, entity: str, record_id: str) -> list[tuple[str, str]]:
    """The keys of every attachment (live or not, any organisation) of one record."""
    rows = session.execute(
        select(Record.record_id, Record.fields).where(Record.attachment_parent_id == record_id))
    out = []
    for attachment_id, text in rows:
        # The parent's kind is in the JSON only: ids of different kinds never collide (UUIDs),
        # but the rule is the record's whole parent, not its id alone.
        if loads(text).get("parent_entity") == entity:
            out.append((ATTACHMENT, attachment_id))
    return out


def organisation_usage(session: Session, org_id: str) -> int:
    """The bytes the organisation's live attachments take (each counted, shared files too)."""
    return int(session.scalar(
        select(func.coalesce(func.sum(Record.attachment_bytes), 0)).where(
            Record.attachment_bytes.is_not(None), Record.org_id == org_id,
            Record.deleted.is_(False))) or 0)


def count_attachments(session: Session) -> int:
    """How many attachment records the server holds (live or not)."""
    return int(session.scalar(select(func.count()).select_from(Record).where(
        Record.entity == ATTACHMENT)) or 0)


def unreferenced(session: Session, digests: Iterable[str]) -> list[str]:
    """Those of `digests` that no live attachment names any more."""
    digests = list(digests)
    named: set[str] = set()
    for start in range(0, len(digests), _IN_CHUNK):
        chunk = digests[start:start + _IN_CHUNK]
        named.update(session.scalars(union(
            select(Record.attachment_sha256).where(Record.attachment_sha256.in_(chunk),
                                                   Record.deleted.is_(False)),
            select(Record.attachment_thumbnail_sha256).where(
                Record.attachment_thumbnail_sha256.in_(chunk), Record.deleted.is_(False)))))
    return [d for d in digests if d not in named]


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


def readable_thumbnails(session: Session, caller: Caller, ids: Iterable[str]) -> list[tuple[str, str]]:
    """(attachment id, thumbnail digest) of those of `ids` that are live attachments with a
    thumbnail the caller may see, in the order asked (repeats once): one query for them all."""
    wanted = list(dict.fromkeys(ids))
    scope = read_scope(session, caller)
    found: dict[str, str] = {}
    for start in range(0, len(wanted), _IN_CHUNK):
        rows = session.execute(
            select(Record.record_id, Record.org_id, Record.owner_id, Record.attachment_thumbnail_sha256)
            .where(Record.entity == ATTACHMENT, Record.record_id.in_(wanted[start:start + _IN_CHUNK]),
                   Record.deleted.is_(False), Record.attachment_thumbnail_sha256.is_not(None)))
        for record_id, org_id, owner_id, digest in rows:
            if digest is not None and scope.can_read_row(org_id, owner_id):
                found[record_id] = digest
    return [(i, found[i]) for i in wanted if i in found]


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
