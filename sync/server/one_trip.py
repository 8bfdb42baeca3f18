"""A worked-out push written on PostgreSQL in one round trip: lock, check, write, commit.

Every push on the server queues for the write lock (see sync.server.db), so what matters under
load is how long each holds it. Sent one statement at a time, the lock was held across five
round trips and the commit, and each round trip waited for the Python thread to win the GIL and
a core back from the other requests: 15–30 ms a push with 50 clients, although the database
itself needed 2. Here the lock, one statement that checks and writes everything, and the COMMIT
go to the server together (psycopg's pipeline mode), so the lock is held only while PostgreSQL
works.

The check is the one push.py's docstring describes: nothing the push was worked out from may have
been written since it was read (every write takes a sequence number above the head read then).
When something was, the statement writes nothing, the empty transaction commits, and the caller
works the push out again under the lock.
"""

from __future__ import annotations

from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import orjson
from sqlalchemy.orm import Session

from sync.server.db import WRITE_LOCK_KEY
from sync.server.meta import EPOCH_KEY
from sync.server.records import RecordBatch, dumps

_RECORD_COLUMNS = ("entity", "record_id", "version", "org_id", "owner_id", "orgnr", "deleted",
                   "merged_into", "fields", "field_meta", "created_at", "updated_at", "updated_by")
# As RecordBatch.pending_json writes them; fields and field_meta arrive as JSON and are stored
# as their text, unchanged.
_RECORD_TYPES = {"version": "int", "deleted": "bool", "fields": "json", "field_meta": "json",
                 "created_at": "timestamp", "updated_at": "timestamp"}
_ROW_COLUMNS = ", ".join(f"{c} {_RECORD_TYPES.get(c, 'text')}" for c in _RECORD_COLUMNS)
_SELECTED = ", ".join(f"r.{c}::text" if _RECORD_TYPES.get(c) == "json" else f"r.{c}"
                      for c in _RECORD_COLUMNS)
_UPSERTED = ", ".join(f"{c} = excluded.{c}" for c in ("seq",) + _RECORD_COLUMNS[2:]
                      if c != "created_at")

# `ok` holds one row (the head now) when nothing read has been written since `read_head`, else
# none; every write below selects from it, so a failed check writes nothing. The LATERAL ...
# OFFSET 0 lookups are one index probe per key whatever the statistics (see RecordBatch._pg_fetch).
_CHECK = """
WITH cur AS (
  SELECT (SELECT value FROM server_meta WHERE key = %(epoch_key)s) AS epoch,
         (SELECT coalesce(max(seq), 0) FROM records) AS head,
         (SELECT last_mutation_id FROM clients WHERE client_id = %(client_id)s) AS last
), ok AS (
  SELECT head FROM cur
  WHERE epoch = %(epoch)s AND coalesce(last, 0) = %(last_before)s
    AND (head = %(read_head)s OR NOT (
      EXISTS (SELECT 1 FROM json_to_recordset(%(read_keys)s::json) AS k(entity text, id text),
              LATERAL (SELECT 1 FROM records r WHERE r.entity = k.entity AND r.record_id = k.id
                       AND r.seq > %(read_head)s OFFSET 0) AS x)
      OR EXISTS (SELECT 1 FROM json_array_elements_text(%(read_orgnrs)s::json) AS k(orgnr),
                 LATERAL (SELECT 1 FROM records r WHERE r.orgnr = k.orgnr
                          AND r.seq > %(read_head)s OFFSET 0) AS x)
      OR EXISTS (SELECT 1 FROM records WHERE entity = 'user' AND org_id = %(caller_org)s
                 AND seq > %(read_head)s)))
)"""
_STATEMENT = _CHECK + f""", written AS (
  INSERT INTO records (seq, {", ".join(_RECORD_COLUMNS)})
  SELECT ok.head + r.n, {_SELECTED}
  FROM ok, json_to_recordset(%(records)s::json) AS r(n bigint, {_ROW_COLUMNS})
  ON CONFLICT (entity, record_id) DO UPDATE SET {_UPSERTED}
), kept AS (
  INSERT INTO applied_mutations (client_id, mutation_id, result, created_at)
  SELECT %(client_id)s, m.id, m.result::text, %(now)s
  FROM ok, json_to_recordset(%(kept)s::json) AS m(id bigint, result json)
), client AS (
  INSERT INTO clients (client_id, user_id, device_name, last_mutation_id, last_pull_seq,
                       created_at, last_push_at)
  SELECT %(client_id)s, %(user_id)s, '', %(last)s, 0, %(now)s, %(now)s FROM ok
  ON CONFLICT (client_id) DO UPDATE
    SET last_mutation_id = excluded.last_mutation_id, last_push_at = excluded.last_push_at
)
SELECT head FROM ok
"""


@dataclass(frozen=True)
class PushWrite:
    """What a worked-out push writes, and what it was worked out from."""

    client_id: str
    user_id: str
    org_id: str
    epoch: str
    read_head: int
    last_before: int
    last: int
    kept: list[tuple[int, str]]  # (mutation id, result JSON)
    now: datetime


def _check_params(batch: RecordBatch, write: PushWrite) -> dict[str, Any]:
    keys, orgnrs = batch.read_keys()
    return {
        "epoch_key": EPOCH_KEY, "client_id": write.client_id, "epoch": write.epoch,
        "last_before": write.last_before, "read_head": write.read_head,
        "read_keys": dumps([{"entity": e, "id": i} for e, i in keys]),
        "read_orgnrs": dumps(orgnrs), "caller_org": write.org_id,
    }


def unchanged_head(session: Session, batch: RecordBatch, write: PushWrite) -> int | None:
    """Under the write lock, for a push written the ordinary way: the head now if nothing it
    was worked out from has been written since, else None (the same check as the one trip)."""
    connection = session.connection().connection.dbapi_connection
    assert connection is not None
    with closing(connection.cursor()) as cursor:
        cursor.execute(_CHECK + " SELECT head FROM ok", _check_params(batch, write))
        row = cursor.fetchone()
    return None if row is None else int(row[0])


def write_in_one_trip(session: Session, batch: RecordBatch, write: PushWrite) -> int | None:
    """Take the write lock, check, write and commit `session`'s transaction in one round trip.

    The commit does not wait for the disk: nothing may be answered before
    `Database.make_durable()` (the push's `PushAnswer.durable` says so).

    The head the records were numbered above (the n-th written got head + n) when written and
    committed; None when something read had changed (nothing written, the empty transaction
    committed) or a record changes its organisation number (nothing sent): the caller then
    applies the push under the lock the ordinary way.
    """
    records = batch.pending_json()
    if records is None:
        return None
    params: dict[str, Any] = {
        **_check_params(batch, write), "user_id": write.user_id,
        "last": write.last, "now": write.now.astimezone(UTC).replace(tzinfo=None),
        "kept": dumps([{"id": i, "result": orjson.Fragment(r)} for i, r in write.kept]),
        "records": records,
    }
    connection = session.connection().connection.dbapi_connection
    assert connection is not None
    with connection.pipeline(), connection.cursor() as cursor:  # type: ignore[attr-defined]
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
        # The commit does not wait for the disk, so the lock is not held through the flush; the
        # answer waits for it instead (Database.make_durable, before anything is handed out).
        cursor.execute("SELECT set_config('synchronous_commit', 'off', true)")
        cursor.execute(_STATEMENT, params)
        # COMMIT goes out with the rest; SQLAlchemy's own commit later finds nothing to do.
        connection.commit()
        row = cursor.fetchone()
    if row is None:
        return None
    batch.mark_written()
    return int(row[0])
