"""Snapshot: the caller's whole view as streamed NDJSON, for the first sync and after the server
was restored from a backup (a new epoch).

Records are written in chunks (each its own short transaction, so the app stays usable) with
progress; the cursor to pull from afterwards is stored only when the end line has arrived, so a
cut snapshot is simply taken again. When the store already held server records, those absent
from the snapshot are no longer in this user's view and are removed (a company only loses its
server version: it stays as register data).
"""

from __future__ import annotations

import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from typing import Any, cast

import orjson
from sqlalchemy import Connection, CursorResult, Dialect, select, text
from sqlalchemy.orm import Session

from lpj_desktop.services.stage import refresh_all_stages
from lpj_desktop.store.database import Store
from lpj_desktop.store.indexes import LATER, drop_secondary_indexes, ensure_indexes, suspend_company_search
from lpj_desktop.store.models import OutboxMutation
from lpj_desktop.store.models.local import OutboxState
from lpj_desktop.store.tallies import suspend_tallies
from lpj_desktop.sync_client.api import (
    STATE_CURSOR,
    STATE_EPOCH,
    OfflineError,
    ServerError,
    SyncPhase,
    SyncProgress,
)
from lpj_desktop.sync_client.pull import PullStats
from lpj_desktop.sync_client.records import (
    CONFLICT_ENTITY,
    MODELS,
    ApplyStats,
    PreparedRows,
    RowBuilder,
    apply_conflict,
    bulk_upsert,
    write_rows,
)
from lpj_desktop.sync_client.state import set_state
from lpj_desktop.sync_client.transport import Transport
from sync.protocol import Change, SnapshotEnd, SnapshotHeader

log = logging.getLogger(__name__)

# Records per transaction: larger chunks commit less often, smaller ones hold the write lock
# for less time (a hunter saving a visit meanwhile waits for it).
CHUNK = 10_000
# Records in a first sync from which building the indexes afterwards beats keeping them.
DEFER_INDEXES_FROM = 50_000


def _has_server_rows(conn: Connection) -> bool:
    for model in MODELS.values():
        table = model.__table__.name
        if conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE server_version IS NOT NULL LIMIT 1").first():
            return True
    return False


def take_snapshot(store: Store, transport: Transport, *, progress: Callable[[SyncProgress], None],
                  cancelled: Callable[[], bool], stats: PullStats) -> bool:
    """Fetch and apply the whole view. False when cancelled (nothing final was written)."""
    lines = transport.stream_lines("/sync/snapshot")
    try:
        first = next(lines)
    except StopIteration:
        raise OfflineError("Serveren sendte et tomt øyeblikksbilde; prøver igjen senere.") from None
    try:
        header = SnapshotHeader.model_validate_json(first)
    except ValueError as e:
        raise ServerError("Serveren sendte et øyeblikksbilde appen ikke forstår.", code="bad_body") from e
    progress(SyncProgress(SyncPhase.SNAPSHOT, 0, header.estimated_count))
    count = 0
    deferred: list[str] = []
    began = time.perf_counter()
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        # A chunk lost to a power cut is fetched again (the cursor is written last, and WAL keeps
        # commits in order), so chunks need not wait for the disk; the final commit does.
        conn.exec_driver_sql("PRAGMA synchronous=NORMAL")
        conn.commit()
        try:
            track = _has_server_rows(conn)
            if not track and (header.estimated_count or 0) >= DEFER_INDEXES_FROM:
                # An empty store taking a big view: the indexes of the two big tables and the
                # company search index are built once at the end instead of row by row
                # (lpj_desktop/store/indexes.py). Unique ones stay: the orgnr re-key and the
                # upserts need them. The visit tallies are set aside too, and counted after the
                # sync has returned, in the background, where they are read (store/tallies.py).
                deferred = [*drop_secondary_indexes(conn, "visit"), *drop_secondary_indexes(conn, "company")]
                if suspend_company_search(conn):
                    deferred.append("company_fts")
                suspend_tallies(conn)
            conn.commit()  # each Session below must own its transaction, not join this one
            if track:
                conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS snap_seen "
                                     "(entity TEXT, id TEXT, PRIMARY KEY (entity, id)) WITHOUT ROWID")
                conn.exec_driver_sql("DELETE FROM snap_seen")
                conn.commit()
            waited = 0.0  # in the stream: the server, the network and splitting lines
            chunks = _raw_chunks(lines)
            while True:
                asked = time.perf_counter()
                item = next(chunks)
                waited += time.perf_counter() - asked
                if isinstance(item, SnapshotEnd):
                    break
                stats.conflicts += _apply_chunk(conn, item, track)
                count += len(item)
                progress(SyncProgress(SyncPhase.SNAPSHOT, count, header.estimated_count))
                if cancelled():
                    stats.pulled += count
                    return False
            end = item
            stats.pulled += count
            if end.count != count:
                raise ServerError(f"Øyeblikksbildet var ufullstendig ({count} av {end.count} poster).",
                                  code="bad_body")
            if track:
                _drop_absent(conn)
            written = time.perf_counter()
            # What comes now takes a while on a big first sync (each index a full pass): steps,
            # not records, so that the status bar does not sit at "all fetched" meanwhile.
            steps = [0]
            total_steps = len([name for name in deferred if name not in LATER]) + 1

            def step() -> None:
                steps[0] = min(steps[0] + 1, total_steps - 1)
                progress(SyncProgress(SyncPhase.FINISHING, steps[0], total_steps))

            progress(SyncProgress(SyncPhase.FINISHING, 0, total_steps))
            if deferred:
                # The stage pass reads visits by company, and writes two company columns whose
                # indexes are cheaper built after it than kept current by 200,000 updates.
                _build_indexes(conn, step, tables=("visit",), skip=LATER)
            indexed = time.perf_counter()
            with Session(bind=conn) as s:
                refresh_all_stages(s, between=lambda: progress(
                    SyncProgress(SyncPhase.FINISHING, steps[0], total_steps)))
            staged = time.perf_counter()
            if deferred:
                # Those no first screen reads are built after the sync, in the background.
                _build_indexes(conn, step, skip=LATER)
                deferred = []
            log.info("snapshot: %d records written in %.1f s (%.1f s of it reading the stream), "
                     "indexes built in %.1f s, stages in %.1f s", count, written - began, waited,
                     (indexed - written) + (time.perf_counter() - staged), staged - indexed)
            conn.exec_driver_sql("PRAGMA synchronous=FULL")
            conn.commit()
            with Session(bind=conn) as s:
                set_state(s, STATE_CURSOR, header.cursor)
                set_state(s, STATE_EPOCH, header.epoch)
                s.commit()
        finally:
            conn.rollback()
            if deferred:  # cancelled or failed midway: what was written stays quick to search
                try:
                    _build_indexes(conn, lambda: None)
                except Exception:  # the store's next opening builds them; the first error counts
                    log.exception("snapshot: could not build the deferred indexes now")
            conn.exec_driver_sql("PRAGMA synchronous=FULL")
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
    progress(SyncProgress(SyncPhase.SNAPSHOT, count, count))
    return True


def _build_indexes(conn: Connection, between: Callable[[], None], *,
                   tables: tuple[str, ...] | None = None, skip: frozenset[str] = frozenset()) -> None:
    """Build the indexes set aside (of `tables` only, if given), one commit each. SQLite may sort
    on a second core meanwhile (a tenth faster; a bigger page cache made it slower: 5.0 s at
    32 MB, 7.9 s at 512 MB for 500k visits)."""
    conn.exec_driver_sql("PRAGMA threads=2")
    try:
        def committed() -> None:
            conn.commit()
            between()

        ensure_indexes(conn, between=committed, tables=tables, skip=skip)
    finally:
        conn.exec_driver_sql("PRAGMA threads=0")
    conn.commit()


def _parse_line(line: bytes) -> SnapshotEnd | Change:
    """One snapshot line as the careful path reads it: the end line, or a Change."""
    try:
        d = orjson.loads(line)
        if type(d) is dict and d.get("kind") == "end":
            return SnapshotEnd.model_validate(d)
        return Change.model_validate(d)
    except ValueError as e:  # orjson's JSONDecodeError and pydantic's ValidationError are ValueErrors
        raise ServerError("Serveren sendte en linje i øyeblikksbildet appen ikke forstår.",
                          code="bad_body") from e


def _raw_chunks(lines: Iterator[bytes]) -> Iterator[list[bytes] | SnapshotEnd]:
    """The stream's record lines in chunks, then its end line; a stream that stops before its
    end line was cut (OfflineError). The lines are not parsed here: the end line is the last."""
    chunk: list[bytes] = []
    last: bytes | None = None
    for line in lines:
        if last is not None:
            chunk.append(last)
            if len(chunk) >= CHUNK:
                yield chunk
                chunk = []
        last = line
    end: object = None
    if last is not None:
        try:
            end = _parse_line(last)
        except ServerError:
            end = None  # a line cut in half
    if not isinstance(end, SnapshotEnd):
        raise OfflineError("Forbindelsen ble brutt mens appen hentet alle dataene; "
                           "det hentes på nytt neste gang.")
    if chunk:
        yield chunk
    yield end


def _parse_chunk(lines: list[bytes], dialect: Dialect) -> tuple[RowBuilder, list[tuple[int, Change]]]:
    """A chunk's lines: live records straight into rows (their source is the line's place), and
    the rest (tombstones, merges, conflicts, odd lines) as (place, Change) for the careful path.

    A million lines through the pydantic model took a fifth of a first sync, and holding every
    parsed line until the chunk was written cost as much again in allocation and the cycle
    collector: a live record's shape is checked here by hand and its row made at once."""
    rows = RowBuilder(dialect)
    careful: list[tuple[int, Change]] = []
    loads = orjson.loads
    add = rows.add
    for place, line in enumerate(lines):
        try:
            d = loads(line)
        except orjson.JSONDecodeError as e:
            raise ServerError("Serveren sendte en linje i øyeblikksbildet appen ikke forstår.",
                              code="bad_body") from e
        if type(d) is dict:
            entity = d.get("entity")
            record_id = d.get("record_id")
            version = d.get("version")
            fields = d.get("fields")
            updated_at = d.get("updated_at")
            if (type(entity) is str and type(record_id) is str and type(version) is int
                    and type(fields) is dict and d.get("deleted") is False and d.get("merged_into") is None
                    and (updated_at is None or type(updated_at) is str) and entity in MODELS):
                add(entity, record_id, version, updated_at, fields, place)
                continue
        item = _parse_line(line)
        if isinstance(item, SnapshotEnd):
            raise ServerError("Serveren sendte en linje i øyeblikksbildet appen ikke forstår.",
                              code="bad_body")
        careful.append((place, item))
    return rows, careful


def _newest_only(live: dict[str, list[PreparedRows]], careful: list[tuple[int, Change]]) -> None:
    """Where a record comes more than once in a chunk, only its last line counts (in place)."""
    last: dict[tuple[str, str], int] = {}
    for entity, batches in live.items():
        for batch in batches:
            for record_id, place in zip(batch.ids, batch.sources, strict=True):
                last[(entity, record_id)] = max(place, last.get((entity, record_id), -1))
    for place, change in careful:
        key = (change.entity, change.record_id)
        last[key] = max(place, last.get(key, -1))
    for entity, batches in live.items():
        for batch in batches:
            keep = [n for n, (i, p) in enumerate(zip(batch.ids, batch.sources, strict=True))
                    if last[(entity, i)] == p]
            batch.ids = [batch.ids[n] for n in keep]
            batch.rows = [batch.rows[n] for n in keep]
            batch.sources = [batch.sources[n] for n in keep]
    careful[:] = [(p, c) for p, c in careful if last[(c.entity, c.record_id)] == p]


def _apply_chunk(conn: Connection, lines: list[bytes], track: bool) -> int:
    """Parse and write a chunk of record lines in one transaction; the number of new conflicts."""
    try:
        return _write_chunk(conn, lines, track)
    except ValueError as e:  # a value that is not what its field holds (a date that does not exist…)
        conn.rollback()
        raise ServerError("Serveren sendte en post i øyeblikksbildet appen ikke forstår.",
                          code="bad_body") from e


def _write_chunk(conn: Connection, lines: list[bytes], track: bool) -> int:
    applied = ApplyStats()
    with Session(bind=conn) as s:
        # A write first: the transaction holds SQLite's write lock from its first read on.
        s.execute(text("UPDATE sync_state SET value = value WHERE key = :k"), {"k": STATE_CURSOR})
        rows, careful = _parse_chunk(lines, conn.dialect)
        live = rows.batches()
        seen = {(entity, i) for entity, batches in live.items() for b in batches for i in b.ids}
        seen.update((c.entity, c.record_id) for _, c in careful)
        if len(seen) < len(careful) + sum(len(b.ids) for batches in live.values() for b in batches):
            _newest_only(live, careful)
        by_entity: dict[str, list[Change]] = defaultdict(list)
        for _, change in careful:
            by_entity[change.entity].append(change)
        for entity in sorted(live.keys() | by_entity.keys(), key=lambda e: (e != "company", e)):
            changes = by_entity.get(entity, [])
            if entity == CONFLICT_ENTITY:
                for change in changes:
                    applied.new_conflicts += int(apply_conflict(s, change))
            elif entity in MODELS:
                batches = live.get(entity, [])
                held = write_rows(s, batches, applied)
                # Records with unpushed local edits keep those fields (restore after a backup).
                changes += [_as_change(lines[p]) for b in batches
                            for i, p in zip(b.ids, b.sources, strict=True) if i in held]
                bulk_upsert(s, entity, changes, applied)
            else:
                log.warning("snapshot: %d records of unknown entity %r skipped", len(changes), entity)
        if track:
            s.execute(text("INSERT OR IGNORE INTO snap_seen (entity, id) VALUES (:e, :i)"),
                      [{"e": e, "i": i} for e, i in seen])
        s.commit()
    return applied.new_conflicts


def _as_change(line: bytes) -> Change:
    item = _parse_line(line)
    assert isinstance(item, Change)  # a record line (the end line never reaches a chunk)
    return item


def _drop_absent(conn: Connection) -> None:
    """Remove server records the snapshot did not hold (not in this view any more). Records with
    unpushed local changes stay. (Stages are recomputed for every company afterwards.)"""
    with Session(bind=conn) as s:
        keep = {(e, r) for e, r in s.execute(select(OutboxMutation.entity, OutboxMutation.record_id)
                                              .where(OutboxMutation.state == OutboxState.PENDING))}
        for entity, model in MODELS.items():
            table = model.__table__.name
            absent = [r for (r,) in s.execute(text(
                f"SELECT id FROM {table} WHERE server_version IS NOT NULL AND id NOT IN "
                "(SELECT id FROM snap_seen WHERE entity = :e)"), {"e": entity}) if (entity, r) not in keep]
            if not absent:
                continue
            log.info("snapshot: %d %s records are no longer in this view", len(absent), entity)
            for start in range(0, len(absent), 500):
                part = absent[start:start + 500]
                marks = ",".join(f":p{i}" for i in range(len(part)))
                params = {f"p{i}": v for i, v in enumerate(part)}
                if entity == "company":
                    s.execute(text(f"UPDATE company SET server_version = NULL WHERE id IN ({marks})"), params)
                    continue
                s.execute(text(f"DELETE FROM {table} WHERE id IN ({marks})"), params)
        # Conflicts are the server's records too: one it no longer holds (recorded after the
        # backup it was restored from; resent edits that lose again get a new one) would stay
        # here for ever, listed to resolve, unless this laptop has a choice for it not yet sent.
        gone = cast("CursorResult[Any]", s.execute(text(
            "DELETE FROM sync_conflict WHERE id NOT IN "
            "(SELECT id FROM snap_seen WHERE entity = :e) AND id NOT IN "
            "(SELECT record_id FROM outbox WHERE entity = :e AND state = :pending)"),
            {"e": CONFLICT_ENTITY, "pending": OutboxState.PENDING})).rowcount
        if gone:
            log.info("snapshot: %d conflicts are no longer on the server", gone)
        s.commit()
