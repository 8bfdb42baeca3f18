"""Where every local edit is recorded: the domain row and its outbox mutation, in one transaction.

Services never write a synced record any other way; that is what makes the outbox complete.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from lpj_desktop.store.base import SyncedRecord, utcnow
from lpj_desktop.store.models import OutboxMutation
from lpj_desktop.store.wire import to_wire
from sync.entities import ENTITIES, MutationName, Policy


def entity_of(record: SyncedRecord) -> str:
    """The sync entity name of a record ("company", "visit", …)."""
    table = record.__tablename__  # type: ignore[attr-defined]
    return "user" if table == "app_user" else table


def _spec_fields(entity: str) -> tuple[str, ...]:
    spec = ENTITIES[entity]
    if spec.policy is Policy.SERVER:
        raise ValueError(f"{entity} records are written by the server only")
    return spec.fields


def create(session: Session, record: SyncedRecord) -> SyncedRecord:
    """Add a new record and queue its create mutation."""
    entity = entity_of(record)
    fields = _spec_fields(entity)
    session.add(record)
    session.flush()  # defaults (id, timestamps) are filled in now
    payload = {f: to_wire(getattr(record, f)) for f in fields}
    session.add(OutboxMutation(
        name=MutationName.CREATE.value, entity=entity, record_id=record.id,
        args={"fields": payload}, base_version=None,
    ))
    return record


def update(session: Session, record: SyncedRecord, **changes: Any) -> dict[str, Any]:
    """Set fields on a record and queue an update mutation with just the fields that changed.

    Returns the changed fields (empty when nothing changed: no mutation is queued then).
    """
    entity = entity_of(record)
    fields = _spec_fields(entity)
    changed: dict[str, Any] = {}
    for name, value in changes.items():
        if not hasattr(record, name):
            raise AttributeError(f"{entity} has no field {name!r}")
        if getattr(record, name) != value:
            setattr(record, name, value)
            if name in fields:
                changed[name] = value
    if changed:
        record.updated_at = utcnow()
        session.add(OutboxMutation(
            name=MutationName.UPDATE.value, entity=entity, record_id=record.id,
            args={"fields": {k: to_wire(v) for k, v in changed.items()}},
            base_version=record.server_version,
        ))
    return changed


def delete(session: Session, record: SyncedRecord) -> None:
    """Make a tombstone and queue the delete mutation. The row stays, so the delete can sync."""
    if record.deleted_at is not None:
        return
    entity = entity_of(record)
    _spec_fields(entity)
    record.deleted_at = utcnow()
    session.add(OutboxMutation(
        name=MutationName.DELETE.value, entity=entity, record_id=record.id,
        args={}, base_version=record.server_version,
    ))
