"""Synced records as the server holds them: load a batch, change it in memory, write it back.

Push and the user administration both go through `RecordBatch`, so that every write of a record
bumps its version, records who changed which field, and takes a new change sequence number —
under the write lock held by `Database.writer()`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, cast

import orjson
from sqlalchemy import Table, and_, bindparam, func, select
from sqlalchemy.orm import Session

from sync.server.models import Record, as_utc

_T = cast(Table, Record.__table__)


def dumps(value: Any) -> str:
    """Compact JSON, the one form used in the database and on the wire."""
    try:
        return orjson.dumps(value, default=str).decode()
    except orjson.JSONEncodeError:
        # orjson refuses integers beyond 64 bits, which JSON itself allows.
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str)


def loads(text: str) -> Any:
    """Parse stored JSON text (orjson: several times faster than the json module)."""
    return orjson.loads(text)


def iso(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass(slots=True)
class RecordState:
    """One record in memory during a write. `field_meta[f] = [version, client_id, user_id]`.

    Loaded rows keep their JSON text until `fields` / `field_meta` are first used: most records a
    push loads (the companies its visits point at) are only checked, never changed.
    """

    entity: str
    record_id: str
    version: int
    org_id: str | None
    owner_id: str | None
    _fields: dict[str, Any] | str
    _field_meta: dict[str, list[Any]] | str
    created_at: datetime
    updated_at: datetime
    orgnr: str | None = None
    deleted: bool = False
    merged_into: str | None = None
    updated_by: str | None = None
    is_new: bool = False
    dirty: bool = False
    # The organisation number as loaded: rows whose number changes are written one by one.
    loaded_orgnr: str | None = None

    @property
    def key(self) -> tuple[str, str]:
        return (self.entity, self.record_id)

    @property
    def fields(self) -> dict[str, Any]:
        if isinstance(self._fields, str):
            self._fields = loads(self._fields)
        return self._fields  # type: ignore[return-value]

    @property
    def field_meta(self) -> dict[str, list[Any]]:
        if isinstance(self._field_meta, str):
            self._field_meta = loads(self._field_meta)
        return self._field_meta  # type: ignore[return-value]


class RecordBatch:
    """The records one transaction reads and writes, with lookups by key and by orgnr."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._by_key: dict[tuple[str, str], RecordState | None] = {}
        self._by_orgnr: dict[str, RecordState | None] = {}
        self._touched: dict[tuple[str, str], RecordState] = {}
        # Every touch in order, repeats included: a push tells from it which records each of its
        # mutations wrote (`push._Applier`).
        self.touch_log: list[tuple[str, str]] = []
        self._pg = session.get_bind().dialect.name == "postgresql"

    def load(self, keys: Iterable[tuple[str, str]], orgnrs: Iterable[str] = ()) -> None:
        """Fetch the given records (and live companies by orgnr) in one query each."""
        by_entity: dict[str, list[str]] = {}
        for entity, record_id in set(keys):
            if (entity, record_id) not in self._by_key:
                by_entity.setdefault(entity, []).append(record_id)
        for entity, ids in by_entity.items():
            for start in range(0, len(ids), 1000):
                chunk = ids[start : start + 1000]
                if self._pg:
                    found = self._pg_fetch("entity = %s AND record_id = k.v", (chunk, entity))
                else:
                    found = self._sqlite_fetch(
                        f"entity = ? AND record_id IN ({', '.join('?' * len(chunk))})", (entity, *chunk))
                for state in found:
                    self._remember(state)
                for record_id in chunk:
                    self._by_key.setdefault((entity, record_id), None)
        numbers = [n for n in set(orgnrs) if n not in self._by_orgnr]
        for start in range(0, len(numbers), 500):
            chunk = numbers[start : start + 500]
            if self._pg:
                found = self._pg_fetch("orgnr = k.v", (chunk,))
            else:
                found = self._sqlite_fetch(f"orgnr IN ({', '.join('?' * len(chunk))})", tuple(chunk))
            for state in found:
                self._remember(self._by_key.get(state.key) or state)
            for n in chunk:
                self._by_orgnr.setdefault(n, None)

    def _sqlite_fetch(self, where: str, params: tuple[Any, ...]) -> list[RecordState]:
        """The records matching `where` on SQLite, through the driver: through the ORM, the
        columns' type processing of the few hundred companies every push of visits checks was a
        tenth of applying it. Times are stored as naive UTC text."""
        rows = self.session.connection().exec_driver_sql(f"SELECT {_LOADED} FROM records WHERE {where}",
                                                         params)
        return [
            RecordState(entity=e, record_id=r, version=v, org_id=org, owner_id=owner, _fields=f,
                        _field_meta=meta, created_at=as_utc(created), updated_at=as_utc(updated),
                        orgnr=orgnr, deleted=bool(deleted), merged_into=merged, updated_by=by,
                        loaded_orgnr=orgnr)
            for e, r, v, org, owner, f, meta, created, updated, orgnr, deleted, merged, by in rows
        ]

    def _pg_fetch(self, where: str, params: tuple[Any, ...]) -> list[RecordState]:
        """`_fetch` on PostgreSQL for each value `k.v` of a list (the first parameter), through
        the driver's cursor: through the ORM, type processing of every row was a quarter of a
        push. `%b` sends the list in binary, which skips the quoting regex psycopg runs on each
        element of a text array.

        One index probe per value, whatever the planner's statistics say: with `= ANY(list)`,
        a table grown since its last ANALYZE was read whole for every push (a bitmap scan of
        all visits, filtered), until autovacuum caught up.
        """
        cursor = self.session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
        try:
            cursor.execute(f"SELECT {_LOADED} FROM unnest(%b::text[]) AS k(v),"
                           f" LATERAL (SELECT * FROM records WHERE {where} OFFSET 0) AS r", params)
            rows = cursor.fetchall()
        finally:
            cursor.close()
        return [
            RecordState(entity=e, record_id=r, version=v, org_id=org, owner_id=owner, _fields=f,
                        _field_meta=meta, created_at=created.replace(tzinfo=UTC),
                        updated_at=updated.replace(tzinfo=UTC), orgnr=orgnr, deleted=deleted,
                        merged_into=merged, updated_by=by, loaded_orgnr=orgnr)
            for e, r, v, org, owner, f, meta, created, updated, orgnr, deleted, merged, by in rows
        ]

    def touched_keys(self) -> list[tuple[str, str]]:
        """The keys the next flush writes, in the order it numbers them (from 1 above the head)."""
        return list(self._touched)

    def touched_count(self) -> int:
        """How many records the next flush writes."""
        return len(self._touched)

    def read_keys(self) -> tuple[list[tuple[str, str]], list[str]]:
        """Every key and orgnr this batch has looked up or added (found or not)."""
        return list(self._by_key), list(self._by_orgnr)

    def get(self, entity: str, record_id: str) -> RecordState | None:
        key = (entity, record_id)
        try:
            return self._by_key[key]
        except KeyError:
            self.load([key])
            return self._by_key[key]

    def by_orgnr(self, orgnr: str) -> RecordState | None:
        if orgnr not in self._by_orgnr:
            self.load([], [orgnr])
        return self._by_orgnr[orgnr]

    def add(self, state: RecordState) -> RecordState:
        state.is_new = True
        self._remember(state)
        self.touch(state)
        return state

    def touch(self, state: RecordState) -> None:
        """Mark a record written: it gets a new sequence number at flush."""
        state.dirty = True
        key = (state.entity, state.record_id)
        self.touch_log.append(key)
        self._touched.pop(key, None)  # re-insert: sequence follows the order of last write
        self._touched[key] = state

    def set_orgnr(self, state: RecordState, orgnr: str | None) -> None:
        if state.orgnr and self._by_orgnr.get(state.orgnr) is state:
            self._by_orgnr[state.orgnr] = None
        state.orgnr = orgnr
        if orgnr:
            self._by_orgnr[orgnr] = state

    def _remember(self, state: RecordState) -> None:
        self._by_key[(state.entity, state.record_id)] = state
        if state.orgnr:
            self._by_orgnr[state.orgnr] = state

    def flush(self, after: int | None = None) -> int:
        """Write every touched record with new sequence numbers above `after` (the highest one
        written, read under the lock by the caller; None: read it here); returns the highest.

        Must run inside `Database.writer()`: the write lock makes `max(seq) + n` safe and makes
        the numbers visible in order.
        """
        if not self._touched:
            return 0
        conn = self.session.connection()
        seq = head_seq(self.session) if after is None else after
        inserts: list[tuple[Any, ...]] = []
        updates: list[dict[str, Any]] = []
        renumbered: list[dict[str, Any]] = []
        replaced: dict[str, list[str]] = {}
        for state in self._touched.values():
            seq += 1
            if state.is_new or (self._pg and state.orgnr == state.loaded_orgnr):
                # A tuple in _INSERTED's order: a dict per row, taken apart again for the driver,
                # cost more than the rest of writing a new record.
                inserts.append((
                    state.entity, state.record_id, seq, state.version, state.org_id, state.owner_id,
                    state.orgnr, state.deleted, state.merged_into, _text(state._fields),
                    _text(state._field_meta), state.created_at, state.updated_at, state.updated_by))
                if not state.is_new:
                    # Deleted and copied in again with the new rows: one DELETE and one COPY
                    # instead of an UPDATE per row. (An UPDATE of `seq` writes a new row version
                    # and new index entries anyway, so the table ends the same.)
                    replaced.setdefault(state.entity, []).append(state.record_id)
                continue
            row = {
                "seq": seq, "version": state.version, "org_id": state.org_id,
                "owner_id": state.owner_id, "orgnr": state.orgnr, "deleted": state.deleted,
                "merged_into": state.merged_into, "fields": _text(state._fields),
                "field_meta": _text(state._field_meta), "updated_at": state.updated_at,
                "updated_by": state.updated_by, "b_entity": state.entity, "b_record_id": state.record_id,
            }
            # An organisation number one company gives up may be taken by another in the same
            # batch: such rows first let go of their old numbers, so that the unique index
            # never sees a number twice whatever the order. New sequence numbers are all
            # above the old ones, so they cannot collide either.
            (renumbered if state.orgnr != state.loaded_orgnr else updates).append(row)
        if renumbered:
            where = and_(_T.c.entity == bindparam("b_entity"), _T.c.record_id == bindparam("b_record_id"))
            conn.execute(_T.update().where(where).values(orgnr=None),
                         [{"b_entity": r["b_entity"], "b_record_id": r["b_record_id"]} for r in renumbered])
            _update_each(conn, renumbered)
        if updates:
            _update_each(conn, updates)
        if replaced:
            cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            try:
                for entity, ids in replaced.items():
                    cursor.execute("DELETE FROM records WHERE entity = %s AND record_id = ANY(%b)",
                                   (entity, ids))
            finally:
                cursor.close()
        bulk_insert(self.session, _T, _INSERTED, inserts)
        self.mark_written()
        return seq

    def mark_written(self) -> None:
        """The touched records are in the database now (written by `flush` or elsewhere)."""
        for state in self._touched.values():
            state.is_new = False
            state.dirty = False
            state.loaded_orgnr = state.orgnr
        self._touched.clear()


    def pending_json(self) -> str | None:
        """Every touched record as a JSON array of row objects in write order (`n` counts from
        1; naive UTC times; `fields` and `field_meta` as JSON, verbatim), for an upsert that
        numbers the rows itself; None when a record changes its organisation number, which
        `flush` has to write in a careful order.

        One JSON text, parsed by PostgreSQL in C: psycopg dumps list parameters element by
        element in Python, which cost more than the rest of writing a push.
        """
        states = list(self._touched.values())
        if any(not s.is_new and s.orgnr != s.loaded_orgnr for s in states):
            return None
        naive: dict[datetime, str] = {}

        def plain(value: datetime) -> str:
            converted = naive.get(value)
            if converted is None:
                converted = naive[value] = value.astimezone(UTC).replace(tzinfo=None).isoformat()
            return converted

        return dumps([
            {"n": n, "entity": s.entity, "record_id": s.record_id, "version": s.version,
             "org_id": s.org_id, "owner_id": s.owner_id, "orgnr": s.orgnr, "deleted": s.deleted,
             "merged_into": s.merged_into, "fields": orjson.Fragment(_text(s._fields)),
             "field_meta": orjson.Fragment(_text(s._field_meta)),
             "created_at": plain(s.created_at), "updated_at": plain(s.updated_at),
             "updated_by": s.updated_by}
            for n, s in enumerate(states, start=1)
        ])


def head_seq(session: Session) -> int:
    """The highest change sequence number written (0 for none)."""
    return session.execute(select(func.coalesce(func.max(_T.c.seq), 0))).scalar_one()


# The columns _fetch reads, in the order its row unpacking expects (seq is not needed).
_LOADED = ("entity, record_id, version, org_id, owner_id, fields, field_meta, created_at, updated_at,"
           " orgnr, deleted, merged_into, updated_by")
# The columns `flush` inserts, in the order of its tuples.
_INSERTED = ("entity", "record_id", "seq", "version", "org_id", "owner_id", "orgnr", "deleted",
             "merged_into", "fields", "field_meta", "created_at", "updated_at", "updated_by")
_UPDATED = ("seq", "version", "org_id", "owner_id", "orgnr", "deleted", "merged_into", "fields",
            "field_meta", "updated_at", "updated_by")


def _update_each(conn: Any, rows: list[dict[str, Any]]) -> None:
    where = and_(_T.c.entity == bindparam("b_entity"), _T.c.record_id == bindparam("b_record_id"))
    conn.execute(_T.update().where(where).values({c: bindparam(c) for c in _UPDATED}), rows)


def bulk_insert(session: Session, table: Table, columns: tuple[str, ...],
                rows: list[tuple[Any, ...]]) -> None:
    """Insert many rows (tuples of `columns`' values): PostgreSQL's COPY (one stream, no
    statement per row), else executemany."""
    if not rows:
        return
    conn = session.connection()
    if conn.dialect.name == "sqlite":
        _insert_each(conn, table, columns, rows)
        return
    if conn.dialect.name != "postgresql":
        conn.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in rows])
        return
    dated = [i for i, value in enumerate(rows[0]) if isinstance(value, datetime)]
    # COPY takes naive UTC; a push stamps every row with the same few datetimes, so each is
    # converted once.
    naive: dict[datetime, datetime] = {}
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    try:
        with cursor.copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                if dated:
                    values = list(row)
                    for i in dated:
                        value = values[i]
                        if value is not None:
                            converted = naive.get(value)
                            if converted is None:
                                converted = naive[value] = value.astimezone(UTC).replace(tzinfo=None)
                            values[i] = converted
                    copy.write_row(values)
                else:
                    copy.write_row(row)
    finally:
        cursor.close()


def _insert_each(conn: Any, table: Table, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    """Insert many rows by the driver's executemany, each value bound as its column's type binds
    it, each distinct value once (a push stamps every row with the same few times). Through
    `conn.execute(table.insert(), rows)`, SQLAlchemy's per-row parameter processing and its
    time formatting were a third of applying a push on SQLite."""
    dialect = conn.dialect
    processed: list[tuple[int, Any, dict[Any, Any]]] = [
        (i, processor, {}) for i, c in enumerate(columns)
        if (processor := table.c[c].type._cached_bind_processor(dialect)) is not None]
    params = rows
    if processed:
        params = []
        for row in rows:
            values = list(row)
            for i, processor, seen in processed:
                value = values[i]
                if value is None:
                    continue
                try:
                    values[i] = seen[value]
                except KeyError:
                    values[i] = seen[value] = processor(value)
                except TypeError:  # not hashable (a JSON column's dict)
                    values[i] = processor(value)
            params.append(tuple(values))
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})", params)


def _text(value: dict[str, Any] | str) -> str:
    return value if isinstance(value, str) else dumps(value)


def change_json(row: Any) -> str:
    """One `sync.protocol.Change` as JSON text, with the stored fields spliced in unparsed."""
    fields = "{}" if row.deleted else row.fields
    merged = "null" if row.merged_into is None else dumps(row.merged_into)
    return (
        f'{{"entity":{dumps(row.entity)},"record_id":{dumps(row.record_id)},"version":{row.version},'
        f'"deleted":{"true" if row.deleted else "false"},"fields":{fields},"merged_into":{merged},'
        f'"updated_at":"{iso(row.updated_at)}"}}'
    )
