"""Where every local edit is recorded: the domain row and its outbox mutation, in one transaction.

Services never write a synced record any other way; that is what makes the outbox complete.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from lpj_desktop.store.base import SyncedRecord, utcnow
from lpj_desktop.store.models import Company, OutboxMutation, User
from lpj_desktop.store.models.local import OutboxState
from sync.entities import ENTITIES, FieldProblem, MutationName, Policy, contract_problems
from sync.kernel.ids import uuid7
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


def _company_named(record: SyncedRecord) -> str | None:
    """The company a new record points at: its `company_id`, or for a file attached to a
    company, its parent (a photo of a register company nobody has visited yet)."""
    company_id = getattr(record, "company_id", None)
    if company_id is None and getattr(record, "parent_entity", None) == "company":
        company_id = getattr(record, "parent_id", None)
    return company_id


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


def users_gone(session: Session) -> set[str]:
    """Users who have left (their account deactivated): they are given no new work."""
    return set(session.scalars(select(User.id).where(User.active.is_(False))))


def receiver_problems(session: Session, entity: str, values: dict[str, Any]) -> list[FieldProblem]:
    """Fields of `values` that would give the record to a user who has left ("receiver_inactive").

    The laptop's side of the server's rule (sync.entities EntitySpec.receivers, checked again by
    sync.server.push): every write path comes through `create`/`update` here, so a form, an
    importer or the register feed cannot queue work the server will refuse. Services call this
    first to say it in their own words. A user this store has not heard of (a stand-in id from
    before the first login) is not refused."""
    named = {n: v for n, v in values.items() if n in ENTITIES[entity].receivers and v}
    if not named:
        return []
    gone = set(session.scalars(select(User.id).where(
        User.id.in_(set(named.values())), User.active.is_(False))))
    return [FieldProblem(n, "receiver_inactive") for n, v in named.items() if v in gone]


def _check_receivers(session: Session, entity: str, values: dict[str, Any]) -> None:
    problems = receiver_problems(session, entity, values)
    if problems:
        raise ContractViolation(entity, problems)


def create(session: Session, record: SyncedRecord) -> SyncedRecord:
    """Add a new record and queue its create mutation."""
    entity = entity_of(record)
    fields = _spec_fields(entity)
    _check_contract(entity, {f: to_wire(getattr(record, f)) for f in fields})
    _check_receivers(session, entity, {f: getattr(record, f) for f in ENTITIES[entity].receivers})
    session.add(record)
    session.flush()  # defaults (id, timestamps) are filled in now
    if entity != "company":
        ensure_company_on_server(session, _company_named(record))
    payload = {f: to_wire(getattr(record, f)) for f in fields}
    session.add(OutboxMutation(
        name=MutationName.CREATE.value, entity=entity, record_id=record.id,
        args={"fields": payload}, base_version=None,
    ))
    return record


def create_all(session: Session, records: Sequence[SyncedRecord]) -> None:
    """`create` for many new records of one kind at once (a handover writes one per company): the
    rows and their create mutations are written by two multi-row INSERTs instead of an ORM object
    and a flush each, which was most of the time for 5,000 records. Every record is checked
    against the contract before anything is written; the mutations are queued after those
    already pending in the session, in the order given, each after the create of a company the
    server has not seen. The objects given are not added to the session (read them back if
    needed)."""
    if not records:
        return
    model = type(records[0])
    if any(type(r) is not model for r in records):
        raise TypeError("create_all takes records of one kind")
    entity = entity_of(records[0])
    fields = _spec_fields(entity)
    now = utcnow()
    table = model.__table__  # type: ignore[attr-defined]
    rows = []
    for record in records:
        # The defaults a flush would fill in, filled here: the rows are not flushed objects.
        record.id = record.id or uuid7()
        record.created_at = record.created_at or now
        record.updated_at = record.updated_at or now
        row = {c.key: getattr(record, c.key) for c in table.columns}
        for column in table.columns:
            default = column.default
            if row[column.key] is None and default is not None:
                # A scalar default ("open"), or a callable one (list): SQLAlchemy has wrapped the
                # callable to take its execution context, which these defaults do not read.
                row[column.key] = default.arg(None) if default.is_callable else default.arg  # type: ignore[attr-defined]
        _check_contract(entity, {f: to_wire(row[f]) for f in fields})
        rows.append(row)
    if ENTITIES[entity].receivers:
        gone = users_gone(session)
        for row in rows:
            problems = [FieldProblem(n, "receiver_inactive") for n in ENTITIES[entity].receivers
                        if row.get(n) in gone]
            if problems:
                raise ContractViolation(entity, problems)
    session.flush()  # what is pending (the edits before these creates) takes its outbox ids first
    if entity != "company":
        company_ids = [c for c in dict.fromkeys(r.get("company_id") for r in rows) if c]
        for company_id in _unknown_to_server(session, company_ids):
            ensure_company_on_server(session, company_id)
        session.flush()
    session.execute(insert(model), rows)
    session.execute(insert(OutboxMutation), [
        {"name": MutationName.CREATE.value, "entity": entity, "record_id": row["id"],
         "args": {"fields": {f: to_wire(row[f]) for f in fields}}, "base_version": None,
         "created_at": now, "state": OutboxState.PENDING}
        for row in rows])


def update(session: Session, record: SyncedRecord, **changes: Any) -> dict[str, Any]:
    """Set fields on a record and queue an update mutation with just the fields that changed.

    Returns the changed fields (empty when nothing changed: no mutation is queued then).
    """
    entity = entity_of(record)
    fields = _spec_fields(entity)
    # Checked before anything is set: a refused value leaves the record as it was.
    _check_contract(entity, {n: to_wire(v) for n, v in changes.items()
                             if n in fields and getattr(record, n, None) != v})
    # Only a change gives work: a record already theirs stays theirs when other fields change.
    _check_receivers(session, entity, {n: v for n, v in changes.items()
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


def update_all(session: Session, model: type[SyncedRecord], ids: Sequence[str],
               **changes: Any) -> list[str]:
    """`update` of many records of one kind to the same values, by id: a record whose values
    already are these is left alone; each other one gets an update mutation with just the fields
    that changed (and their values before), based on its server version, as `update` queues.
    Written by one UPDATE and one multi-row INSERT per chunk instead of an ORM object, a flushed
    row and an outbox object each (5,000 companies given to a new hunter took a second that
    way). Objects of these records already in the session are expired, so they are read anew.
    Returns the ids that changed."""
    table = model.__table__  # type: ignore[attr-defined]
    entity = "user" if table.name == "app_user" else table.name
    fields = _spec_fields(entity)
    for name in changes:
        if name not in table.c:
            raise AttributeError(f"{entity} has no field {name!r}")
    _check_contract(entity, {n: to_wire(v) for n, v in changes.items() if n in fields})
    _check_receivers(session, entity, {n: v for n, v in changes.items() if n in fields})
    # What is pending goes first: its outbox ids come before these, and the rows read are current.
    session.flush()
    found: list[tuple[str, int | None, dict[str, Any]]] = []
    for start in range(0, len(ids), _CHUNK):
        part = list(ids[start:start + _CHUNK])
        columns = [table.c.id, table.c.server_version, *(table.c[n] for n in changes)]
        for row in session.execute(select(*columns).where(table.c.id.in_(part))):
            before = {n: row._mapping[n] for n in changes if row._mapping[n] != changes[n]}
            if before:
                found.append((row.id, row.server_version, before))
    if entity == "company":
        for record_id, version, _before in found:
            if version is None:
                ensure_company_on_server(session, record_id)
        session.flush()
    elif "company_id" in changes:
        for company_id in _unknown_to_server(session, [changes["company_id"]]):
            ensure_company_on_server(session, company_id)
        session.flush()
    now = utcnow()
    changed_ids = [record_id for record_id, _v, _b in found]
    for start in range(0, len(changed_ids), _CHUNK):
        session.execute(sql_update(table).where(table.c.id.in_(changed_ids[start:start + _CHUNK]))
                        .values(**changes, updated_at=now))
    mutations = [
        {"name": MutationName.UPDATE.value, "entity": entity, "record_id": record_id,
         # "before": as in `update`, so a rejected edit can be undone locally.
         "args": {"fields": {n: to_wire(changes[n]) for n in before if n in fields},
                  "before": {n: to_wire(v) for n, v in before.items() if n in fields}},
         "base_version": version, "created_at": now, "state": OutboxState.PENDING}
        for record_id, version, before in found if any(n in fields for n in before)]
    if mutations:
        session.execute(insert(OutboxMutation), mutations)
    for record_id in changed_ids:
        loaded = session.identity_map.get(session.identity_key(model, record_id))  # type: ignore[arg-type]
        if loaded is not None:
            session.expire(loaded)
    return changed_ids


# Ids per IN (…) list: well under SQLite's bound-parameter limit.
_CHUNK = 900


def _unknown_to_server(session: Session, company_ids: Sequence[str]) -> list[str]:
    """Those of `company_ids` that this store holds and the server has never acknowledged (no
    server version): the ones ensure_company_on_server may have to queue. One query per chunk,
    not one per company."""
    out: list[str] = []
    for start in range(0, len(company_ids), _CHUNK):
        out.extend(session.scalars(select(Company.id).where(
            Company.id.in_(company_ids[start:start + _CHUNK]), Company.server_version.is_(None))))
    return out


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
