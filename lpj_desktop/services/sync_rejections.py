"""Changes the server refused for good (the queue moved past them): listing them with the reason
and the record they concern, discarding them, or sending them again after the user fixed them.

Discarding never leaves the local record silently different from the server:
* a refused create: the record never reached the server, so it is removed here;
* a refused update: the fields it changed get back the values they had before the edit (kept in
  the outbox row as "before"), unless something newer has written them since; an old row without
  "before" makes the next sync take a fresh snapshot instead (the engine's full refresh);
* a refused delete: the record comes back, as it still is on the server;
* a refused conflict resolution: the conflict is open again and the record shows the value the
  server kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lpj_desktop.services import changes
from lpj_desktop.services.stage import refresh_company_stage
from lpj_desktop.services.sync_records import RecordRef, describe, record_of
from lpj_desktop.store.models import OutboxMutation, SyncConflict, Visit
from lpj_desktop.store.models.local import OutboxState
from lpj_desktop.sync_client.api import STATE_CURSOR
from lpj_desktop.sync_client.records import column_values
from lpj_desktop.sync_client.state import set_state
from sync.entities import MutationName
from sync.kernel.wire import to_wire

UNKNOWN_RECORD = "unknown_record"
RECORD_DELETED = "record_deleted"
# Refusals no edit here can fix (who may write, a tombstone): sending again would be refused again.
UNFIXABLE = frozenset({"not_owner", "staff_only", "other_organisation", RECORD_DELETED, "id_taken",
                       "unknown_entity", "unknown_mutation"})


class RejectionProblem(Exception):
    """What stops a discard or a resend; `key` names it for the UI, `count` says how many."""

    def __init__(self, key: str, count: int = 0) -> None:
        super().__init__(key)
        self.key, self.count = key, count


@dataclass(frozen=True, slots=True)
class RejectedChange:
    mutation_id: int
    name: str  # create / update / delete / resolve
    record: RecordRef
    fields: dict[str, Any]  # the values it tried to write (wire form)
    error_code: str | None
    reason: str  # the server's words
    made_at: datetime
    can_resend: bool


def _target(row: OutboxMutation) -> tuple[str, str]:
    """(entity, record id) the change concerns; a resolution concerns the conflict's record."""
    return row.entity, row.record_id


def rejected_changes(session: Session) -> list[RejectedChange]:
    """Every refused change, oldest first."""
    rows = session.scalars(select(OutboxMutation).where(OutboxMutation.state == OutboxState.REJECTED)
                           .order_by(OutboxMutation.mutation_id))
    out = []
    for row in rows:
        entity, record_id = row.entity, row.record_id
        if row.entity == changes.CONFLICT_ENTITY:
            conflict = session.get(SyncConflict, row.record_id)
            if conflict is not None:
                entity, record_id = conflict.entity, conflict.record_id
        ref = describe(session, entity, record_id)
        record = record_of(session, entity, record_id)
        live = record is not None and record.deleted_at is None
        can_resend = live if row.name != MutationName.DELETE.value else record is not None
        if row.entity == changes.CONFLICT_ENTITY:
            can_resend = True
        if row.error_code in UNFIXABLE:
            can_resend = False
        out.append(RejectedChange(
            mutation_id=row.mutation_id, name=row.name, record=ref, fields=row.fields,
            error_code=row.error_code, reason=row.error_message or "", made_at=row.created_at,
            can_resend=can_resend,
        ))
    return out


def _rejected_row(session: Session, mutation_id: int) -> OutboxMutation:
    row = session.get(OutboxMutation, mutation_id)
    if row is None or row.state != OutboxState.REJECTED:
        raise RejectionProblem("gone")
    return row


def _later_rows(session: Session, row: OutboxMutation) -> list[OutboxMutation]:
    """The same record's changes queued after `row` that are not yet accepted."""
    return list(session.scalars(select(OutboxMutation).where(
        OutboxMutation.entity == row.entity, OutboxMutation.record_id == row.record_id,
        OutboxMutation.mutation_id > row.mutation_id,
        OutboxMutation.state.in_((OutboxState.PENDING, OutboxState.REJECTED)))))


def discard_rejected(session: Session, mutation_id: int) -> None:
    """Drop a refused change and put the local record back in step with the server (see the
    module text). Raises RejectionProblem("gone") or ("in_use", n) for a create that other local
    records still point at."""
    row = _rejected_row(session, mutation_id)
    if row.name == MutationName.CREATE.value:
        _discard_create(session, row)
        return
    if row.name == changes.RESOLVE:
        _discard_resolve(session, row)
    elif row.name == MutationName.UPDATE.value:
        _discard_update(session, row)
    elif row.name == MutationName.DELETE.value:
        _discard_delete(session, row)
    session.delete(row)
    session.flush()


def _discard_create(session: Session, row: OutboxMutation) -> None:
    record = record_of(session, row.entity, row.record_id)
    # The record's own later edits can only be refused too: they go with it.
    rows = [row, *_later_rows(session, row)]
    if record is not None:
        company_id = record.company_id if isinstance(record, Visit) else None
        try:
            with session.begin_nested():
                session.delete(record)
                session.flush()
        except IntegrityError:
            raise RejectionProblem("in_use", _references(session, row.entity, row.record_id)) from None
        if company_id:
            refresh_company_stage(session, company_id)
    for r in rows:
        session.delete(r)
    session.flush()


def _references(session: Session, entity: str, record_id: str) -> int:
    from lpj_desktop.store.models import CampaignTarget, Contact, FollowUp, Note

    column = {"company": "company_id", "visit": "visit_id", "contact": "contact_id",
              "campaign": "campaign_id", "event": "event_id"}.get(entity)
    if column is None:
        return 0
    total = 0
    for model in (Contact, Visit, Note, FollowUp, CampaignTarget):
        col = getattr(model, column, None)
        if col is not None:
            total += len(session.scalars(select(model.id).where(col == record_id)).all())
    return total


def _discard_update(session: Session, row: OutboxMutation) -> None:
    record = record_of(session, row.entity, row.record_id)
    if record is None:
        return
    later = _later_rows(session, row)
    if row.error_code == UNKNOWN_RECORD and any(r.name == MutationName.CREATE.value for r in later):
        return  # the record is being created again with its current values
    before = row.before
    if before is None:
        # Made before the outbox kept old values: let the next sync re-take the whole view.
        set_state(session, STATE_CURSOR, None)
        return
    touched_later = {f for r in later for f in r.fields}
    restore: dict[str, Any] = {}
    for name, tried in row.fields.items():
        if name in touched_later or name not in before:
            continue
        if to_wire(getattr(record, name, None)) == tried:  # nothing newer wrote it since
            restore[name] = before[name]
    for name, value in column_values(row.entity, restore).items():
        setattr(record, name, value)
    if isinstance(record, Visit):
        refresh_company_stage(session, record.company_id)


def _discard_delete(session: Session, row: OutboxMutation) -> None:
    record = record_of(session, row.entity, row.record_id)
    if record is None or row.error_code in (UNKNOWN_RECORD, RECORD_DELETED):
        return  # the server has no live copy either
    if any(r.name == MutationName.DELETE.value for r in _later_rows(session, row)):
        return
    record.deleted_at = None
    if isinstance(record, Visit):
        refresh_company_stage(session, record.company_id)


def _discard_resolve(session: Session, row: OutboxMutation) -> None:
    conflict = session.get(SyncConflict, row.record_id)
    if conflict is None or conflict.resolved_at is not None:
        return
    conflict.local_choice = None
    record = record_of(session, conflict.entity, conflict.record_id)
    if record is not None:
        for name, value in column_values(conflict.entity, {conflict.field: conflict.kept_value}).items():
            setattr(record, name, value)


def resend_rejected(session: Session, mutation_id: int) -> OutboxMutation:
    """Send a refused change again, as a new mutation carrying the record's values as they are
    now (after the user fixed them). Returns the queued mutation. Raises RejectionProblem
    ("gone", "record_missing")."""
    row = _rejected_row(session, mutation_id)
    if row.name == changes.RESOLVE:
        queued = OutboxMutation(name=row.name, entity=row.entity, record_id=row.record_id,
                                args={"fields": row.fields}, base_version=None)
        session.add(queued)
        session.delete(row)
        session.flush()
        return queued
    record = record_of(session, row.entity, row.record_id)
    if record is None or (record.deleted_at is not None and row.name != MutationName.DELETE.value):
        raise RejectionProblem("record_missing")
    to_drop = [row]
    if row.name == MutationName.CREATE.value:
        later = _later_rows(session, row)
        # The create carries every current value: the record's refused edits are folded into it.
        to_drop += [r for r in later if r.state == OutboxState.REJECTED]
        pending = [r for r in later if r.state == OutboxState.PENDING]
        if pending:
            # An edit still waiting would reach the server before a new create and be refused;
            # it becomes the create instead (insert-if-absent, so a later create is harmless).
            first = pending[0]
            first.name = MutationName.CREATE.value
            first.args = changes.create_args(record)
            first.base_version = None
            queued = first
        else:
            queued = changes.requeue(session, record, MutationName.CREATE.value)
    else:
        queued = changes.requeue(session, record, row.name, tuple(row.fields))
    for r in to_drop:
        session.delete(r)
    session.flush()
    return queued
