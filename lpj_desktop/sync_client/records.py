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
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cache
from typing import Any

import orjson
from sqlalchemy import JSON, Column, Date, Dialect, Table, select, text, update
from sqlalchemy.orm import Session

from lpj_desktop.services.sync_records import MODELS
from lpj_desktop.store.base import UTCDateTime, utcnow
from lpj_desktop.store.models import (
    Company,
    OutboxMutation,
    SyncConflict,
)
from lpj_desktop.store.models.local import OutboxState
from sync.entities import ENTITIES, MutationName
from sync.kernel.wire import parse_date, parse_datetime
from sync.protocol import Change, ConflictInfo

log = logging.getLogger(__name__)

CONFLICT_ENTITY = "conflict"
# Columns pointing at a company, per table: what a re-key of a company rewrites.
COMPANY_REFERENCES: tuple[tuple[str, str], ...] = (
    ("contact", "company_id"), ("visit", "company_id"), ("note", "company_id"),
    ("followup", "company_id"), ("campaign_target", "company_id"), ("lb_apprentices", "company_id"),
    ("handover", "company_id"),
    # A company's attached files (ids are unique across kinds, so a visit's parent_id never
    # equals a company id).
    ("attachment", "parent_id"),
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
        _rekey_orgnr_clashes(session, ((c.record_id, c.fields.get("orgnr")) for c in group if not c.deleted),
                             stats)
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


def _rekey_orgnr_clashes(session: Session, records: Iterable[tuple[str, str | None]],
                         stats: ApplyStats) -> None:
    """A server company (id, orgnr) whose orgnr is held locally under another id takes over the
    local row."""
    by_orgnr = {orgnr: record_id for record_id, orgnr in records if orgnr}
    if not by_orgnr:
        return
    keys = list(by_orgnr)
    for start in range(0, len(keys), 500):
        rows = session.execute(select(Company.id, Company.orgnr).where(
            Company.orgnr.in_(keys[start:start + 500]))).all()
        for local_id, orgnr in rows:
            if orgnr is not None and local_id != by_orgnr[orgnr]:
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
        fields = m.fields
        if fields.get("company_id") == old_id:
            fields["company_id"] = new_id
            m.set_fields(fields)
            changed = True
        if m.entity == "attachment" and fields.get("parent_id") == old_id:
            fields["parent_id"] = new_id
            m.set_fields(fields)
            changed = True
        if changed:
            session.add(m)
    # Written before the expiry below, which would drop un-flushed edits of these mutations (a
    # visit's company_id queued before the re-key was left pointing at the old id).
    session.flush()
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


# --- bulk path for snapshots and pull pages ---------------------------------------------------

# One server record as the bulk path takes it: id, version, updated_at (wire text, a datetime or
# None) and its fields in wire form. Snapshot lines become these without a pydantic model.
RawRecord = tuple[str, int, Any, dict[str, Any]]

# The wire form of dates that goes into SQLite's storage text as it is.
_WIRE_DATE = re.compile(r"\d{4}-\d\d-\d\d")


def _datetime_storage(binder: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Wire timestamp → the text SQLAlchemy stores for a UTC datetime. The wire's own forms
    (UTC, "Z", none or six fraction digits) are re-cut as text after a check that they are real
    dates; anything else is parsed and bound by SQLAlchemy."""

    def store(value: Any) -> Any:
        # The separators in their places and fromisoformat's digits check are the pattern's
        # test in a third of its time (two timestamps in every record of a first sync).
        if (type(value) is str and value[-1:] == "Z" and value[10:11] == "T" and value[4:5] == "-"
                and value[7:8] == "-" and value[13:14] == ":" and value[16:17] == ":"):
            if len(value) == 20:
                datetime.fromisoformat(value)  # refuses 2025-02-31, 25:00 and letters for digits
                return f"{value[:10]} {value[11:19]}.000000"
            if len(value) == 27 and value[19] == ".":
                datetime.fromisoformat(value)
                return f"{value[:10]} {value[11:26]}"
        return binder(_to_datetime(value))

    return store


def _date_storage(binder: Callable[[Any], Any]) -> Callable[[Any], Any]:
    def store(value: Any) -> Any:
        if type(value) is str and _WIRE_DATE.fullmatch(value):
            date.fromisoformat(value)
            return value
        return binder(_to_date(value))

    return store


def _json_storage(binder: Callable[[Any], Any]) -> Callable[[Any], Any]:
    # orjson: a tenth of json.dumps' time, and the text reads back the same.
    none = binder(None)
    return lambda value: none if value is None else orjson.dumps(value).decode()


@dataclass(frozen=True)
class _UpsertPlan:
    """One executemany upsert: its SQL, per value a function from wire form to what the driver
    stores (None: as it is), and the stored defaults of columns the rows leave out (created_at…),
    appended after the given values."""

    sql: str
    keys: tuple[str, ...]
    storers: tuple[Callable[[Any], Any] | None, ...]
    default_columns: tuple[Column[Any], ...]


@cache
def _storer(entity: str, name: str, dialect: Dialect) -> Callable[[Any], Any] | None:
    column = MODELS[entity].__table__.c[name]
    binder = column.type.dialect_impl(dialect).bind_processor(dialect)
    identity: Callable[[Any], Any] = lambda v: v
    if isinstance(column.type, UTCDateTime):
        return _datetime_storage(binder or identity)
    if isinstance(column.type, Date):
        return _date_storage(binder or identity)
    if isinstance(column.type, JSON):
        return _json_storage(binder or identity)
    return binder


@cache
def _upsert_plan(entity: str, keys: tuple[str, ...], dialect: Dialect) -> _UpsertPlan:
    """INSERT … ON CONFLICT DO UPDATE of `keys` (a local tombstone stays a tombstone)."""
    table: Table = MODELS[entity].__table__
    extra = tuple(c for c in table.c
                  if c.name not in keys and c.default is not None and not c.default.is_sequence)
    names = (*keys, *(c.name for c in extra))
    sets = ", ".join(f"{k} = excluded.{k}" for k in keys if k != "id")
    sql = (f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
           f"ON CONFLICT (id) DO UPDATE SET {sets} WHERE {table.name}.deleted_at IS NULL")
    return _UpsertPlan(sql, keys, tuple(_storer(entity, k, dialect) for k in keys), extra)


def _stored_default(column: Column[Any], dialect: Dialect) -> Any:
    default: Any = column.default
    value = default.arg(None) if default.is_callable else default.arg
    binder = column.type.dialect_impl(dialect).bind_processor(dialect)
    return value if binder is None else binder(value)


@dataclass
class PreparedRows:
    """Server records of one entity and field set as driver values, ready for one executemany.
    `ids` and `sources` run parallel to `rows`; a source is what its row was made from (a raw
    record, a snapshot line's place), for the careful path of records with unpushed edits."""

    entity: str
    plan: _UpsertPlan
    ids: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    sources: list[Any] = field(default_factory=list)

    def column(self, name: str) -> list[Any] | None:
        """The stored values of one column in row order (None when these rows leave it out)."""
        if name not in self.plan.keys:
            return None
        at = self.plan.keys.index(name)
        return [row[at] for row in self.rows]


class RowBuilder:
    """Live server records (no tombstones) as driver values, made as they come: one batch per
    entity and field set, since the rows of one statement must share their columns.

    SQLAlchemy's own per-row parameter processing took three quarters of a first sync's time;
    here each value goes through one function from wire form to what SQLite stores (tested equal
    to SQLAlchemy's binding). A value its field cannot hold raises ValueError from `add`."""

    def __init__(self, dialect: Dialect) -> None:
        self.dialect = dialect
        self.now = utcnow()
        self._slots: dict[tuple[str, tuple[str, ...]], tuple[PreparedRows, _RowMaker, tuple[Any, ...]]] = {}

    def add(self, entity: str, record_id: str, version: int, updated_at: Any, fields: dict[str, Any],
            source: Any) -> None:
        """One live record of `entity` (a key of MODELS); `source` rides along for the careful path."""
        key = (entity, tuple(fields))
        slot = self._slots.get(key)
        if slot is None:
            slot = self._slots[key] = self._slot(entity, key[1])
        batch, make, defaults = slot
        batch.rows.append(make(record_id, version, updated_at, fields, self.now, defaults))
        batch.ids.append(record_id)
        batch.sources.append(source)

    def _slot(self, entity: str, keys: tuple[str, ...]) -> tuple[PreparedRows, _RowMaker, tuple[Any, ...]]:
        synced = _converters(entity)
        names = tuple(k for k in keys if k in synced)
        plan = _upsert_plan(entity, (*names, "id", "server_version", "updated_at"), self.dialect)
        defaults = tuple(_stored_default(c, self.dialect) for c in plan.default_columns)
        return PreparedRows(entity, plan), _row_maker(plan), defaults

    def batches(self) -> dict[str, list[PreparedRows]]:
        """The batches made so far, by entity (field sets that differ only in order share one)."""
        out: dict[str, list[PreparedRows]] = defaultdict(list)
        by_plan: dict[_UpsertPlan, PreparedRows] = {}
        for batch, _, _ in self._slots.values():
            same = by_plan.get(batch.plan)
            if same is None:
                by_plan[batch.plan] = batch
                out[batch.entity].append(batch)
            else:
                same.ids += batch.ids
                same.rows += batch.rows
                same.sources += batch.sources
        return out


def prepare_rows(entity: str, records: list[RawRecord], dialect: Dialect) -> list[PreparedRows]:
    """Live server records (no tombstones) of `entity` as driver values, one batch per field set;
    each row's source is its record."""
    builder = RowBuilder(dialect)
    for record in records:
        builder.add(entity, *record, record)
    return builder.batches().get(entity, [])


_RowMaker = Callable[[str, int, Any, dict[str, Any], datetime, tuple[Any, ...]], tuple[Any, ...]]


@cache
def _row_maker(plan: _UpsertPlan) -> _RowMaker:
    """A function from one record to its row of driver values, written out for this plan's
    columns: a loop over columns and converters per row was most of what remained of the
    Python time in a first sync."""
    env: dict[str, Any] = {}
    parts = []
    for i, (name, storer) in enumerate(zip(plan.keys, plan.storers, strict=True)):
        source = {"id": "record_id", "server_version": "version",
                  "updated_at": "(now if updated_at is None else updated_at)"}.get(name, f"f[{name!r}]")
        if storer is not None:
            env[f"s{i}"] = storer
            source = f"s{i}({source})"
        parts.append(source)
    code = ("def make(record_id, version, updated_at, f, now, defaults):\n"
            f"    return ({', '.join(parts)},) + defaults\n")
    exec(compile(code, f"<row maker {plan.sql[:40]}>", "exec"), env)  # noqa: S102 — our own text
    return env["make"]  # type: ignore[no-any-return]


def write_rows(session: Session, batches: list[PreparedRows], stats: ApplyStats) -> set[str]:
    """Upsert prepared rows (batches of one entity), except records with unpushed local edits:
    their ids are returned for the careful path."""
    if not batches:
        return set()
    entity = batches[0].entity
    # Usually nothing is pending: one small query instead of one per 500 records.
    pending = records_with_pending(session, entity)
    held = {i for b in batches for i in b.ids if i in pending} if pending else set()
    if entity == "company":
        # A batch without orgnr has no pairs to check (zip stops at the empty list).
        _rekey_orgnr_clashes(session, (pair for b in batches
                                       for pair in zip(b.ids, b.column("orgnr") or (), strict=False)),
                             stats)
    conn = session.connection()
    for batch in batches:
        keep = [n for n, i in enumerate(batch.ids) if i not in held] if held else None
        rows = batch.rows if keep is None else [batch.rows[n] for n in keep]
        if rows:
            conn.exec_driver_sql(batch.plan.sql, rows)
        stats.applied += len(rows)
        if entity == "visit":
            companies = batch.column("company_id") or [None] * len(batch.rows)
            stats.companies_touched.update(companies if keep is None else [companies[n] for n in keep])
    return held


def upsert_rows(session: Session, entity: str, records: list[RawRecord], stats: ApplyStats) -> set[str]:
    """One executemany upsert of live server records (no tombstones) into `entity`'s table.
    Records with unpushed local edits are not written: their ids are returned for the careful
    path."""
    return write_rows(session, prepare_rows(entity, records, session.get_bind().dialect), stats)


def bulk_upsert(session: Session, entity: str, changes: list[Change], stats: ApplyStats) -> None:
    """Fast path for many server records: one executemany upsert for rows without local pending
    changes; those and tombstones go through the careful path."""
    live = [c for c in changes if not c.deleted]
    held = upsert_rows(session, entity, [(c.record_id, c.version, c.updated_at, c.fields) for c in live],
                       stats)
    careful = [c for c in changes if c.deleted or c.record_id in held]
    if careful:
        _apply_records(session, entity, careful, stats)


