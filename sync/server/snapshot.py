"""The first-sync snapshot, streamed as NDJSON with the server's memory flat.

Lines: one `SnapshotHeader` (with the cursor to pull from afterwards), then one `Change` per
record the caller may see, then one `SnapshotEnd` with the count. A stream without its end line
was cut off and must be thrown away by the client.

Rows are read in keyset pages by sequence number, each page in its own short read transaction,
so no connection is held while a slow client reads. A record changed during the stream moves
above the header's cursor and comes with the pull that follows, possibly instead of here.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import func, select

from sync.protocol import SnapshotEnd, SnapshotHeader
from sync.server.access import Caller
from sync.server.db import Database
from sync.server.models import Record
from sync.server.pull import PullStart, make_cursor, start, stream_lines


def open_snapshot(db: Database, caller: Caller) -> tuple[PullStart, int]:
    """Everything decided before the first byte is sent (errors here still get a proper status)."""
    begin = start(db, caller, None)
    db.make_durable()  # everything up to the head is on disk before any of it is sent
    with db.reader() as session:
        count = session.scalar(
            select(func.count()).select_from(Record).where(Record.seq <= begin.head, begin.scope.sql())
        ) or 0
    return begin, count


def stream(db: Database, begin: PullStart, estimated: int, page: int) -> Iterator[bytes]:
    """The NDJSON lines, one page of records per chunk."""
    header = SnapshotHeader(epoch=begin.epoch, cursor=make_cursor(begin.epoch, begin.head, begin.witness_key),
                            estimated_count=estimated)
    yield header.model_dump_json().encode() + b"\n"
    after = 0
    count = 0
    while True:
        with db.reader() as session:
            rows = stream_lines(session, begin.scope, after, begin.head, page)
        if not rows:
            break
        count += len(rows)
        after = rows[-1][0]
        yield ("\n".join(line for _, line in rows) + "\n").encode()
        if len(rows) < page:
            break
    yield SnapshotEnd(count=count).model_dump_json().encode() + b"\n"
