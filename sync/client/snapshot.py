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
from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import Connection, select, text
from sqlalchemy.orm import Session

from lpj_desktop.store.database import Store
from lpj_desktop.store.models import OutboxMutation
from lpj_desktop.store.models.local import OutboxState
from sync.client.api import STATE_CURSOR, STATE_EPOCH, OfflineError, ServerError, SyncPhase, SyncProgress
from sync.client.pull import PullStats
from sync.client.records import (
    CONFLICT_ENTITY,
    MODELS,
    ApplyStats,
    apply_conflict,
    bulk_upsert,
    refresh_stages,
)
from sync.client.state import set_state
from sync.client.transport import Transport
from sync.protocol import Change, SnapshotEnd, SnapshotHeader

log = logging.getLogger(__name__)

CHUNK = 5000
STAGE_CHUNK = 2000


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
    touched: set[str] = set()
    count = 0
    end: SnapshotEnd | None = None
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        try:
            track = _has_server_rows(conn)
            conn.commit()  # each Session below must own its transaction, not join this one
            if track:
                conn.exec_driver_sql("CREATE TEMP TABLE IF NOT EXISTS snap_seen "
                                     "(entity TEXT, id TEXT, PRIMARY KEY (entity, id)) WITHOUT ROWID")
                conn.exec_driver_sql("DELETE FROM snap_seen")
                conn.commit()
            chunk: list[Change] = []
            for line in lines:
                try:
                    chunk.append(Change.model_validate_json(line))
                except ValueError as e:
                    try:
                        end = SnapshotEnd.model_validate_json(line)
                        break
                    except ValueError:
                        pass
                    raise ServerError("Serveren sendte en linje i øyeblikksbildet appen ikke forstår.",
                                      code="bad_body") from e
                if len(chunk) >= CHUNK:
                    count += _apply_chunk(conn, chunk, touched, track, stats)
                    chunk = []
                    progress(SyncProgress(SyncPhase.SNAPSHOT, count, header.estimated_count))
                    if cancelled():
                        return False
            if end is None:
                raise OfflineError("Forbindelsen ble brutt mens appen hentet alle dataene; "
                                   "det hentes på nytt neste gang.")
            if chunk:
                count += _apply_chunk(conn, chunk, touched, track, stats)
            if end.count != count:
                raise ServerError(f"Øyeblikksbildet var ufullstendig ({count} av {end.count} poster).",
                                  code="bad_body")
            if track:
                touched |= _drop_absent(conn)
            _refresh_stages_chunked(conn, touched)
            with Session(bind=conn) as s:
                set_state(s, STATE_CURSOR, header.cursor)
                set_state(s, STATE_EPOCH, header.epoch)
                s.commit()
        finally:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()
    progress(SyncProgress(SyncPhase.SNAPSHOT, count, count))
    return True


def _apply_chunk(conn: Connection, chunk: list[Change], touched: set[str], track: bool,
                 stats: PullStats) -> int:
    by_entity: dict[str, list[Change]] = defaultdict(list)
    latest: dict[tuple[str, str], Change] = {}
    for change in chunk:
        latest[(change.entity, change.record_id)] = change
    for change in latest.values():
        by_entity[change.entity].append(change)
    applied = ApplyStats()
    with Session(bind=conn) as s:
        # A write first: the transaction holds SQLite's write lock from its first read on.
        s.execute(text("UPDATE sync_state SET value = value WHERE key = :k"), {"k": STATE_CURSOR})
        for entity in sorted(by_entity, key=lambda e: (e != "company", e)):
            group = by_entity[entity]
            if entity == CONFLICT_ENTITY:
                for change in group:
                    applied.new_conflicts += int(apply_conflict(s, change))
            elif entity in MODELS:
                bulk_upsert(s, entity, group, applied)
            else:
                log.warning("snapshot: %d records of unknown entity %r skipped", len(group), entity)
        if track:
            s.execute(text("INSERT OR IGNORE INTO snap_seen (entity, id) VALUES (:e, :i)"),
                      [{"e": c.entity, "i": c.record_id} for c in latest.values()])
        s.commit()
    touched |= {c for c in applied.companies_touched if c}
    stats.pulled += len(chunk)
    stats.conflicts += applied.new_conflicts
    return len(chunk)


def _drop_absent(conn: Connection) -> set[str]:
    """Remove server records the snapshot did not hold (not in this view any more). Records with
    unpushed local changes stay. Returns the companies whose visits changed."""
    touched: set[str] = set()
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
                if entity == "visit":
                    touched |= {c for (c,) in s.execute(
                        text(f"SELECT company_id FROM visit WHERE id IN ({marks})"), params)}
                s.execute(text(f"DELETE FROM {table} WHERE id IN ({marks})"), params)
        s.commit()
    return touched


def _refresh_stages_chunked(conn: Connection, touched: set[str]) -> None:
    ids = sorted(touched)
    for start in range(0, len(ids), STAGE_CHUNK):
        with Session(bind=conn) as s:
            refresh_stages(s, set(ids[start:start + STAGE_CHUNK]))
            s.commit()
