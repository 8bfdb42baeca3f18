"""Writing what the server sent into the local store: records, tombstones, conflicts, merges.

Used by pull (a page at a time) and snapshot (big chunks). The rules:

* the server's state of a record replaces the local one, except fields this device has changed
  and not yet pushed (a pending outbox mutation): those keep the local value until the push;
* a local tombstone never comes back because of a server value; a server tombstone is kept;
* a company the server knows under another id (merged duplicates) is re-keyed locally, with
  every reference to it, so the unique organisation number never clashes;
* conflicts arrive as entity "conflict" and land in `sync_conflict`.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

from sqlalchemy import Date, Table, bindparam, select, text, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from lpj_desktop.domain.ladder import Outcome, OutcomeEvent, current_stage
from lpj_desktop.store.base import UTCDateTime, utcnow
from lpj_desktop.store.models import (
    Campaign,
    CampaignTarget,
    Company,
    Contact,
    Event,
    FollowUp,
    Goal,
    Note,
    OutboxMutation,
    SyncConflict,
    User,
    Visit,
)
from lpj_desktop.store.models.local import OutboxState
from lpj_desktop.store.wire import parse_date, parse_datetime
from sync.entities import ENTITIES, MutationName
from sync.protocol import Change, ConflictInfo

log = logging.getLogger(__name__)

MODELS: dict[str, type[Any]] = {
    "company": Company, "contact": Contact, "event": Event, "visit": Visit, "note": Note,
    "followup": FollowUp, "campaign": Campaign, "campaign_target": CampaignTarget, "goal": Goal,
    "user": User,
}
CONFLICT_ENTITY = "conflict"
# Columns pointing at a company, per table: what a re-key of a company rewrites.
COMPANY_REFERENCES: tuple[tuple[str, str], ...] = (
    ("contact", "company_id"), ("visit", "company_id"), ("note", "company_id"),
    ("followup", "company_id"), ("campaign_target", "company_id"), ("lb_apprentices", "company_id"),
)
ALL_FIELDS = frozenset({"*"})


@dataclass
class ApplyStats:
    """What one batch of server changes did locally."""

    applied: int = 0
    new_conflicts: int = 0
    companies_touched: set[str] = field(default_factory=set)
    rekeyed: int = 0


# --- wire values to column values ----------------------------------------------------------------


@cache
def _converters(entity: str) -> dict[str, Any]:
    """Per synced field of `entity`: a function from its wire value to the column value."""
    table: Table = MODELS[entity].__table__
    out: dict[str, Any] = {}
    for name in ENTITIES[entity].fields:
        if name not in table.c:
            continue
        kind = table.c[name].type
        if isinstance(kind, UTCDateTime):
            out[name] = _to_datetime
        elif isinstance(kind, Date):
            out[name] = _to_date
        else:
            out[name] = None
    return out


def _to_datetime(value: Any) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return parse_datetime(value)


def _to_date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return parse_date(str(value)[:10])


def column_values(entity: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The synced fields of a change as column values (unknown fields are left out)."""
    conv = _converters(entity)
    out = {}
    for name, value in fields.items():
        if name in conv:
            fn = conv[name]
            out[name] = fn(value) if fn is not None else value
    return out


# --- pending local edits -------------------------------------------------------------------------


def pending_fields(session: Session, entity: str, record_ids: Iterable[str]) -> dict[str, frozenset[str]]:
    """For records with unpushed local changes: the field names those changes touch (ALL_FIELDS for
    a pending create or delete)."""
    ids = list(record_ids)
    out: dict[str, set[str]] = defaultdict(set)
    for start in range(0, len(ids), 500):
        rows = session.execute(
            select(OutboxMutation.record_id, OutboxMutation.name, OutboxMutation.args)
            .where(OutboxMutation.state == OutboxState.PENDING, OutboxMutation.entity == entity,
                   OutboxMutation.record_id.in_(ids[start:start + 500]))
        ).all()
        for record_id, name, args in rows:
            if name == MutationName.UPDATE:
                out[record_id].update((args or {}).get("fields", {}))
            else:
                out[record_id].add("*")
    return {k: (ALL_FIELDS if "*" in v else frozenset(v)) for k, v in out.items()}


def records_with_pending(session: Session, entity: str) -> set[str]:
    return set(session.scalars(
        select(OutboxMutation.record_id).where(OutboxMutation.state == OutboxState.PENDING,
                                               OutboxMutation.entity == entity)))


# --- applying changes ----------------------------------------------------------------------------


def apply_changes(session: Session, changes: list[Change]) -> ApplyStats:
    """Write a page of server changes (oldest first) into the store, in the caller's transaction."""
    stats = ApplyStats()
    by_entity: dict[str, list[Change]] = defaultdict(list)
    # Only the newest state of a record in the page matters.
    latest: dict[tuple[str, str], Change] = {}
    for change in changes:
        latest[(change.entity, change.record_id)] = change
    for change in latest.values():
        by_entity[change.entity].append(change)
    # Companies first: the other records point at them.
    order = sorted(by_entity, key=lambda e: (e != "company", e))
    for entity in order:
        group = by_entity[entity]
        if entity == CONFLICT_ENTITY:
            for change in group:
                stats.new_conflicts += int(apply_conflict(session, change))
            stats.applied += len(group)
        elif entity in MODELS:
            # Records without local pending edits go in one executemany upsert (as in the
            # snapshot); pending edits and tombstones take the careful path inside bulk_upsert.
            bulk_upsert(session, entity, group, stats)
        else:
            log.warning("pull: %d changes of unknown entity %r skipped", len(group), entity)
    return stats


def _apply_records(session: Session, entity: str, group: list[Change], stats: ApplyStats) -> None:
    model = MODELS[entity]
    ids = [c.record_id for c in group]
    pending = pending_fields(session, entity, ids)
    if entity == "company":
        _rekey_orgnr_clashes(session, group, stats)
    existing: dict[str, Any] = {}
    for start in range(0, len(ids), 500):
        for obj in session.scalars(select(model).where(model.id.in_(ids[start:start + 500]))):
            existing[obj.id] = obj
    for change in group:
        obj = existing.get(change.record_id)
        mine = pending.get(change.record_id, frozenset())
        if change.deleted:
            if obj is not None:
                if obj.deleted_at is None:
                    obj.deleted_at = change.updated_at or utcnow()
                obj.server_version = change.version
                if entity == "visit":
                    stats.companies_touched.add(obj.company_id)
            stats.applied += 1
            continue
        values = column_values(entity, change.fields)
        if obj is None:
            obj = model(id=change.record_id, **values)
            session.add(obj)
        else:
            if obj.deleted_at is not None:
                # A tombstone never comes back by accident: keep it; only the version moves.
                obj.server_version = max(obj.server_version or 0, change.version)
                stats.applied += 1
                continue
            if mine is ALL_FIELDS:
                values = {}
            for name, value in values.items():
                if name not in mine and getattr(obj, name) != value:
                    setattr(obj, name, value)
        obj.server_version = change.version
        if change.updated_at is not None and not mine:
            obj.updated_at = change.updated_at
        if entity == "visit":
            stats.companies_touched.add(obj.company_id)
        stats.applied += 1
    session.flush()


def _rekey_orgnr_clashes(session: Session, group: list[Change], stats: ApplyStats) -> None:
    """A server company whose orgnr is held locally under another id takes over the local row."""
    by_orgnr = {c.fields.get("orgnr"): c.record_id for c in group
                if not c.deleted and c.fields.get("orgnr")}
    if not by_orgnr:
        return
    keys = list(by_orgnr)
    for start in range(0, len(keys), 500):
        rows = session.execute(select(Company.id, Company.orgnr).where(
            Company.orgnr.in_(keys[start:start + 500]))).all()
        for local_id, orgnr in rows:
            if local_id != by_orgnr[orgnr]:
                rekey_company(session, local_id, by_orgnr[orgnr])
                stats.rekeyed += 1


def rekey_company(session: Session, old_id: str, new_id: str) -> None:
    """Make every local trace of company `old_id` point at `new_id` (the server merged the two).

    The local row is renamed when `new_id` is not here yet, or dropped in favour of it."""
    if old_id == new_id:
        return
    session.flush()
    conn = session.connection()
    # The references are rewritten after the row: checked at commit, not statement by statement.
    # (The pragma holds within a transaction; a write makes sure one is open.)
    conn.execute(text("UPDATE company SET id = id WHERE 0"))
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    have_new = conn.execute(select(Company.id).where(Company.id == new_id)).first() is not None
    if have_new:
        conn.execute(text("UPDATE company SET orgnr = NULL WHERE id = :old"), {"old": old_id})
    else:
        conn.execute(text("UPDATE company SET id = :new WHERE id = :old"), {"new": new_id, "old": old_id})
    for table, column in COMPANY_REFERENCES:
        # Where the pair is unique (a campaign target, the apprentice count) the merged-into
        # company's own row wins and the duplicate goes.
        conn.execute(text(f"UPDATE OR IGNORE {table} SET {column} = :new WHERE {column} = :old"),
                     {"new": new_id, "old": old_id})
        conn.execute(text(f"DELETE FROM {table} WHERE {column} = :old"), {"old": old_id})
    if have_new:
        conn.execute(text("DELETE FROM company WHERE id = :old"), {"old": old_id})
    conn.execute(update(SyncConflict).where(SyncConflict.record_id == old_id).values(record_id=new_id))
    # Unpushed mutations follow the record: their record id and any company reference.
    for m in session.scalars(select(OutboxMutation).where(OutboxMutation.state == OutboxState.PENDING)):
        changed = False
        if m.entity == "company" and m.record_id == old_id:
            m.record_id = new_id
            changed = True
        fields = dict((m.args or {}).get("fields") or {})
        if fields.get("company_id") == old_id:
            fields["company_id"] = new_id
            m.args = {**m.args, "fields": fields}
            changed = True
        if changed:
            session.add(m)
    session.expire_all()


def apply_conflict(session: Session, change: Change) -> bool:
    """Mirror a server conflict record; True when it is new here."""
    conflict = session.get(SyncConflict, change.record_id)
    if change.deleted:
        if conflict is not None:
            session.delete(conflict)
        return False
    info = ConflictInfo.model_validate({**change.fields, "id": change.record_id})
    return upsert_conflict(session, info, conflict)


def upsert_conflict(session: Session, info: ConflictInfo, conflict: SyncConflict | None = None,
                    *, looked_up: bool = False) -> bool:
    """Insert or refresh a conflict from its server copy; True when it is new here."""
    if conflict is None and not looked_up:
        conflict = session.get(SyncConflict, info.id)
    new = conflict is None
    if conflict is None:
        conflict = SyncConflict(id=info.id)
        session.add(conflict)
    conflict.entity = info.entity
    conflict.record_id = info.record_id
    conflict.field = info.field
    conflict.base_value = info.base_value
    conflict.kept_value = info.kept_value
    conflict.lost_value = info.lost_value
    conflict.kept_by = info.kept_by
    conflict.lost_by = info.lost_by
    conflict.created_at = info.created_at
    conflict.resolved_at = info.resolved_at
    conflict.resolution = info.resolution
    if info.resolved_at is not None:
        conflict.local_choice = None
    return new and info.resolved_at is None


# --- derived columns -----------------------------------------------------------------------------


def refresh_stages(session: Session, company_ids: set[str] | None) -> None:
    """Recompute stage and last contact of these companies (None: of every company with visits)."""
    known = Outcome._value2member_map_
    query = select(Visit.company_id, Visit.occurred_at, Visit.outcome).where(Visit.deleted_at.is_(None))
    events: dict[str, list[OutcomeEvent]] = defaultdict(list)
    if company_ids is None:
        rows: Iterable[Any] = session.execute(query)
    else:
        ids = list(company_ids)
        rows = []
        for start in range(0, len(ids), 500):
            rows.extend(session.execute(query.where(Visit.company_id.in_(ids[start:start + 500]))))
        for cid in ids:
            events[cid]  # noqa: B018 — companies whose last visit went away get their stage cleared
    for company_id, occurred_at, outcome in rows:
        if outcome in known:
            events[company_id].append(OutcomeEvent(occurred_at, Outcome(outcome)))
        else:
            events[company_id]  # noqa: B018
    params = []
    for cid, evs in events.items():
        stage = current_stage(evs)
        params.append({"cid": cid, "stage": stage.value if stage else None,
                       "last": max((e.when for e in evs), default=None)})
    if params:
        table = Company.__table__
        session.execute(
            update(table).where(table.c.id == bindparam("cid"))
            .values(stage=bindparam("stage"), last_contact_at=bindparam("last")),
            params,
        )


# --- bulk path for snapshots ---------------------------------------------------------------------


def bulk_upsert(session: Session, entity: str, changes: list[Change], stats: ApplyStats) -> None:
    """Fast path for many server records: one executemany upsert for rows without local pending
    changes; the rest go through the careful path."""
    model = MODELS[entity]
    table: Table = model.__table__
    careful_ids = set(pending_fields(session, entity, [c.record_id for c in changes]))
    if entity == "company":
        _rekey_orgnr_clashes(session, changes, stats)
    careful: list[Change] = []
    rows: list[dict[str, Any]] = []
    conv_fields = [f for f in ENTITIES[entity].fields if f in table.c]
    for change in changes:
        # Tombstones are few in a snapshot; the careful path keeps them and the stages right.
        if change.record_id in careful_ids or change.deleted:
            careful.append(change)
            continue
        values = column_values(entity, change.fields)
        row = {name: values.get(name) for name in conv_fields if name in values}
        row["id"] = change.record_id
        row["server_version"] = change.version
        row["updated_at"] = change.updated_at or utcnow()
        rows.append(row)
        if entity == "visit":
            stats.companies_touched.add(row.get("company_id"))
    if rows:
        # Rows of one statement must share their keys; group by key set (usually one group).
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            groups[tuple(row)].append(row)
        for keys, group_rows in groups.items():
            stmt = sqlite_insert(table)
            set_ = {k: stmt.excluded[k] for k in keys if k != "id"}
            # A local tombstone stays a tombstone.
            stmt = stmt.on_conflict_do_update(index_elements=[table.c.id], set_=set_,
                                              where=table.c.deleted_at.is_(None))
            session.execute(stmt, group_rows)
        stats.applied += len(rows)
    if careful:
        _apply_records(session, entity, careful, stats)
