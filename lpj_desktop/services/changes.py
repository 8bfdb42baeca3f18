"""Where every local edit is recorded: the domain row and its outbox mutation, in one transaction.

Services never write a synced record any other way; that is what makes the outbox complete.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.store.base import SyncedRecord, utcnow
from lpj_desktop.store.models import Company, OutboxMutation
from lpj_desktop.store.models.local import OutboxState
from sync.entities import ENTITIES, FieldProblem, MutationName, Policy, contract_problems
from sync.kernel.wire import to_wire


def entity_of(record: SyncedRecord) -> str:
    """The sync entity name of a record ("company", "visit", …)."""
    table = record.__tablename__  # type: ignore[attr-defined]
    return "user" if table == "app_user" else table


def _spec_fields(entity: str) -> tuple[str, ...]:
    spec = ENTITIES[entity]
    if spec.policy is Policy.SERVER:
        raise ValueError(f"{entity} records are written by the server only")
    return spec.fields


def ensure_company_on_server(session: Session, company_id: str | None) -> None:
    """Queue an insert-if-absent create for a company the server has never seen, before a change
    that needs it there (a visit on it, an edit of it).

    Register companies are imported on every replica and are not put in the outbox (see
    importers/brreg.py); the server learns of one only when something points at it. Queued here,
    in the same transaction and before the change, the create reaches the server first.
    """
    if not company_id:
        return
    company = session.get(Company, company_id)
    if company is None or company.server_version is not None:
        return
    queued = session.scalar(
        select(OutboxMutation.mutation_id).where(
            OutboxMutation.entity == "company", OutboxMutation.record_id == company_id,
            OutboxMutation.name == MutationName.CREATE.value,
            OutboxMutation.state != OutboxState.REJECTED).limit(1))
    if queued is not None:
        return
    payload = {f: to_wire(getattr(company, f)) for f in ENTITIES["company"].fields}
    session.add(OutboxMutation(
        name=MutationName.CREATE.value, entity="company", record_id=company_id,
        args={"fields": payload}, base_version=None,
    ))
    session.flush()  # its outbox id comes before the change's


class ContractViolation(ValueError):
    """A write with a value outside the contract (sync.entities): refused before it is stored or
    queued, whichever path it came by. The services say it in their own words before this."""

    def __init__(self, entity: str, problems: list[FieldProblem]) -> None:
        super().__init__(f"{entity}: " + ", ".join(f"{p.field} {p.key}" for p in problems))
        self.entity = entity
        self.problems = problems


def _check_contract(entity: str, wire: dict[str, Any]) -> None:
    problems = contract_problems(entity, wire)
    if problems:
        raise ContractViolation(entity, problems)


def create(session: Session, record: SyncedRecord) -> SyncedRecord:
    """Add a new record and queue its create mutation."""
    entity = entity_of(record)
    fields = _spec_fields(entity)
    _check_contract(entity, {f: to_wire(getattr(record, f)) for f in fields})
    session.add(record)
    session.flush()  # defaults (id, timestamps) are filled in now
    if entity != "company":
        ensure_company_on_server(session, getattr(record, "company_id", None))
    payload = {f: to_wire(getattr(record, f)) for f in fields}
    session.add(OutboxMutation(
        name=MutationName.CREATE.value, entity=entity, record_id=record.id,
        args={"fields": payload}, base_version=None,
    ))
    return record


def create_all(session: Session, records: Sequence[SyncedRecord]) -> None:
    """`create` for many new records at once, with one flush for all of them instead of one each
    (a handover writes a record per company: 5,000 flushes were most of its time). Every record is
    checked against the contract before any is added; their create mutations are queued in the
    order given, each after the create of a company the server has not seen."""
    checked = []
    for record in records:
        entity = entity_of(record)
        fields = _spec_fields(entity)
        _check_contract(entity, {f: to_wire(getattr(record, f)) for f in fields})
        checked.append((record, entity, fields))
    session.add_all(records)
    session.flush()  # defaults (id, timestamps) are filled in now
    for record, entity, fields in checked:
        if entity != "company":
            ensure_company_on_server(session, getattr(record, "company_id", None))
        session.add(OutboxMutation(
            name=MutationName.CREATE.value, entity=entity, record_id=record.id,
            args={"fields": {f: to_wire(getattr(record, f)) for f in fields}}, base_version=None,
        ))


def update(session: Session, record: SyncedRecord, **changes: Any) -> dict[str, Any]:
    """Set fields on a record and queue an update mutation with just the fields that changed.

    Returns the changed fields (empty when nothing changed: no mutation is queued then).
    """
    entity = entity_of(record)
    fields = _spec_fields(entity)
    # Checked before anything is set: a refused value leaves the record as it was.
    _check_contract(entity, {n: to_wire(v) for n, v in changes.items()
                             if n in fields and getattr(record, n, None) != v})
    if any(n in fields and getattr(record, n, None) != v for n, v in changes.items()):
        if entity == "company":
            ensure_company_on_server(session, record.id)
        elif "company_id" in changes:
            ensure_company_on_server(session, changes["company_id"])
    changed: dict[str, Any] = {}
    before: dict[str, Any] = {}
    for name, value in changes.items():
        if not hasattr(record, name):
            raise AttributeError(f"{entity} has no field {name!r}")
        old = getattr(record, name)
        if old != value:
            setattr(record, name, value)
            if name in fields:
                changed[name] = value
                before[name] = to_wire(old)
    if changed:
        record.updated_at = utcnow()
        session.add(OutboxMutation(
            name=MutationName.UPDATE.value, entity=entity, record_id=record.id,
            # "before" never goes on the wire: it lets a rejected edit be undone locally
            # (services.sync_rejections.discard_rejected) so the record matches the server again.
            args={"fields": {k: to_wire(v) for k, v in changed.items()}, "before": before},
            base_version=record.server_version,
        ))
    return changed


def delete(session: Session, record: SyncedRecord) -> None:
    """Make a tombstone and queue the delete mutation. The row stays, so the delete can sync."""
    if record.deleted_at is not None:
        return
    entity = entity_of(record)
    _spec_fields(entity)
    if entity == "company":
        ensure_company_on_server(session, record.id)
    record.deleted_at = utcnow()
    session.add(OutboxMutation(
        name=MutationName.DELETE.value, entity=entity, record_id=record.id,
        args={}, base_version=record.server_version,
    ))


RESOLVE = MutationName.RESOLVE.value
CONFLICT_ENTITY = "conflict"


def resolve(session: Session, conflict_id: str, choice: str, value: Any = None) -> OutboxMutation:
    """Queue the resolution of a server conflict (`choice` is the server's word: "mine" = the value
    that lost, "theirs" = the value kept, "edited" = `value`). The caller writes the chosen value to
    the local record in the same transaction."""
    fields: dict[str, Any] = {"choice": choice}
    if choice == "edited":
        fields["value"] = to_wire(value)
    mutation = OutboxMutation(name=RESOLVE, entity=CONFLICT_ENTITY, record_id=conflict_id,
                              args={"fields": fields}, base_version=None)
    session.add(mutation)
    return mutation


def create_args(record: SyncedRecord) -> dict[str, Any]:
    """The outbox args of a create mutation for `record` as it is now."""
    fields = _spec_fields(entity_of(record))
    return {"fields": {f: to_wire(getattr(record, f)) for f in fields}}


def requeue(session: Session, record: SyncedRecord, name: str,
            field_names: tuple[str, ...] = ()) -> OutboxMutation:
    """Queue `name` ("create", "update", "delete") again for `record` with its current values: a
    change the server rejected, fixed by the user and sent as a new mutation."""
    entity = entity_of(record)
    fields = _spec_fields(entity)
    if name == MutationName.CREATE.value:
        args: dict[str, Any] = create_args(record)
        base = None
    elif name == MutationName.UPDATE.value:
        names = [f for f in field_names if f in fields]
        args = {"fields": {f: to_wire(getattr(record, f)) for f in names}, "before": {}}
        base = record.server_version
    else:
        args, base = {}, record.server_version
    mutation = OutboxMutation(name=name, entity=entity, record_id=record.id, args=args, base_version=base)
    session.add(mutation)
    return mutation
