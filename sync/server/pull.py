"""Pulls: the changes after a cursor that the caller may see, oldest first, in pages.

A cursor is "<epoch>.<seq>". Every answer is computed against `head`, the highest sequence number
committed when the pull started; because changes become visible strictly in sequence order (the
write lock, see sync.server.db), every change at or below `head` is already visible, so handing
out `head` as the next cursor can never step over a change still to come.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import cache
from typing import Any, cast

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Connection,
    Dialect,
    Integer,
    Table,
    and_,
    bindparam,
    func,
    literal_column,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session

from sync.protocol import ErrorCode
from sync.server.access import Caller, ReadScope, read_scope, scope_branches
from sync.server.db import Database
from sync.server.errors import ApiError
from sync.server.meta import (
    HistoryLost,
    SyncStart,
    acknowledged,
    read_start,
    signature,
    start_epoch_after_loss,
    witnessed,
)
from sync.server.models import Client, Record, UTCDateTime
from sync.server.records import change_json, dumps

# How stale `clients list` may show a client's last pull when nothing new was pulled.
NOTE_EVERY = timedelta(seconds=60)
# A pull's `skip`: at most this many ranges of sequence numbers ("first-last,…"). The page
# statement has that many slots, so that it stays one statement whatever the ranges.
MAX_SKIP_RANGES = 8
SKIP_PATTERN = rf"^\d{{1,18}}-\d{{1,18}}(,\d{{1,18}}-\d{{1,18}}){{0,{MAX_SKIP_RANGES - 1}}}$"

CHANGE_COLUMNS = (
    Record.entity, Record.record_id, Record.version, Record.deleted, Record.fields,
    Record.merged_into, Record.updated_at, Record.seq,
)


# PostgreSQL writes each change's JSON line itself (the same text `change_json` makes): for a
# snapshot of a million records that is most of the work, and its C beats Python row by row.
# Stored fields are spliced in unparsed; to_json quotes texts exactly as JSON wants.
_PG_CHANGE_JSON: ColumnElement[str] = literal_column(
    """'{"entity":' || to_json(records.entity)::text"""
    """ || ',"record_id":' || to_json(records.record_id)::text"""
    """ || ',"version":' || records.version"""
    """ || CASE WHEN records.deleted THEN ',"deleted":true,"fields":{}'"""
    """ ELSE ',"deleted":false,"fields":' || records.fields END"""
    """ || ',"merged_into":' || coalesce(to_json(records.merged_into)::text, 'null')"""
    """ || ',"updated_at":"' || to_char(records.updated_at, 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')"""
    """ || '"}'"""
)


def change_lines(connection: Connection, scope: ReadScope, after: int, head: int,
                 limit: int, skips: list[tuple[int, int]] | None = None) -> list[tuple[int, str]]:
    """(seq, Change JSON) of the first `limit` records the scope reads in (after, head], in
    sequence order: each of the scope's branches by its own index, merged. Sequence numbers
    within `skips` (at most MAX_SKIP_RANGES inclusive ranges) are left out."""
    dialect = connection.dialect
    owners = None if scope.owners is None else sorted(scope.owners)
    params: dict[str, Any] = {"org": scope.caller.org_id, "after": after, "head": head, "limit": limit}
    params.update((f"owner{i}", owner) for i, owner in enumerate(owners or ()))
    skips = (skips or [])[:MAX_SKIP_RANGES]
    for i, (first, last) in enumerate(skips):
        params[f"skip{i}a"], params[f"skip{i}b"] = first, last
    # One statement per number of ranges: padded to the most, each branch carried eight
    # conditions, and PostgreSQL took twice as long to plan a page as to read it.
    shape = (None if owners is None else len(owners), len(skips))
    if dialect.name == "postgresql":
        # Straight to the driver, unprepared: once psycopg prepares a statement (its fifth run),
        # PostgreSQL soon settles on a generic plan that cannot see how narrow the cursor's
        # range is, and a page took 2.8 ms instead of 1.6.
        driver: Any = connection.connection.dbapi_connection  # psycopg's own connection
        with driver.cursor() as cursor:
            cursor.execute(_page_sql(dialect, shape), params, prepare=False)
            rows_: list[tuple[int, str]] = cursor.fetchall()
            return rows_
    rows = connection.execute(_page_query(dialect.name, shape), params)
    return [(row.seq, change_json(row)) for row in rows]


def stream_lines(session: Session, scope: ReadScope, after: int, head: int,
                 limit: int) -> list[tuple[int, str]]:
    """`change_lines` for a snapshot, which reads nearly everything: one scan in sequence order
    with the scope as a filter. (By branches, each page read twice the index entries and the
    table at random: the 1.2M-record snapshot took 35 s instead of 12.)"""
    where = and_(Record.seq > after, Record.seq <= head, scope.sql())
    if session.get_bind().dialect.name == "postgresql":
        query: Any = select(Record.seq, _PG_CHANGE_JSON).where(where).order_by(Record.seq).limit(limit)
        return [(seq, line) for seq, line in session.execute(query)]
    rows = session.execute(select(*CHANGE_COLUMNS).where(where).order_by(Record.seq).limit(limit))
    return [(row.seq, change_json(row)) for row in rows]


@cache
def _page_sql(dialect: Dialect, shape: tuple[int | None, int]) -> str:
    return str(_page_query(dialect.name, shape).compile(dialect=dialect))


@cache
def _page_query(dialect: str, shape: tuple[int | None, int]) -> Any:
    """The page statement for a kind of scope (staff: owners None; a hunter: how many owners)
    and how many ranges it skips, built once: building and keying the statement per pull cost
    more Python time than PostgreSQL took to run it."""
    owners, skipping = shape
    columns: tuple[Any, ...] = ((Record.seq, _PG_CHANGE_JSON.label("line")) if dialect == "postgresql"
                                else CHANGE_COLUMNS)
    owner_params: list[BindParameter[Any]] | None = (
        None if owners is None else [bindparam(f"owner{i}") for i in range(owners)])
    limit = bindparam("limit", type_=Integer)
    # The branches pick sequence numbers only (index-only scans); the lines are built for the
    # page's rows alone: built in every branch, a snapshot page made twice the lines it sent.
    # Each branch is a subquery of its own: SQLite allows ORDER BY and LIMIT only on the whole
    # of a compound select.
    after: BindParameter[int] = bindparam("after")
    head: BindParameter[int] = bindparam("head")
    skipped = [~Record.seq.between(bindparam(f"skip{i}a"), bindparam(f"skip{i}b"))
               for i in range(skipping)]
    parts = [select(Record.seq).where(Record.seq > after, Record.seq <= head, branch, *skipped)
             .order_by(Record.seq).limit(limit).subquery()
             for branch in scope_branches(bindparam("org"), owner_params)]
    merged = union_all(*(select(part) for part in parts)).subquery()
    page = select(merged.c.seq).order_by(merged.c.seq).limit(limit)
    # The page's rows by the unique seq index: as a join, PostgreSQL hashed the whole table.
    if dialect == "postgresql":
        picked = Record.seq == func.any(func.array(page.scalar_subquery()))
    else:
        picked = Record.seq.in_(page.scalar_subquery())
    return select(*columns).where(picked).order_by(Record.seq)

def parse_skip(text: str | None) -> list[tuple[int, int]]:
    """A pull's `skip` ("first-last,…", checked by SKIP_PATTERN) as ranges."""
    if not text:
        return []
    ranges = []
    for part in text.split(","):
        first, _, last = part.partition("-")
        ranges.append((int(first), int(last)))
    return ranges


def fold_skips(after: int, head: int, skips: list[tuple[int, int]]) -> tuple[int, list[tuple[int, int]]]:
    """A range that starts right after the cursor moves the cursor past it (the common case: a
    push with nobody writing between the last pull and it); ranges at or below the cursor go;
    the rest stay to be left out of the page. Nothing moves past `head`: a cursor is never
    handed out beyond the changes made."""
    after_now = after
    rest: list[tuple[int, int]] = []
    for first, last in sorted((a, min(b, head)) for a, b in skips if a <= b):
        if last <= after_now:
            continue
        if first <= after_now + 1:
            after_now = last
        else:
            rest.append((first, last))
    return after_now, [(a, b) for a, b in rest if b > after_now]


def make_cursor(epoch: str, seq: int, key: str | None = None) -> str:
    """A cursor at `seq`, signed with the witness key (see sync.server.meta) when there is one."""
    sig = signature(key, epoch, "cursor", seq)
    return f"{epoch}.{sig}.{seq}" if sig else f"{epoch}.{seq}"


@dataclass(frozen=True, slots=True)
class Cursor:
    seq: int
    signed: bool  # carries this server's signature of `seq` (a cursor it handed out)


def parse_cursor(cursor: str | None, epoch: str, key: str | None = None) -> Cursor:
    """The sequence number in a cursor from this epoch. Empty means from the beginning."""
    if not cursor:
        return Cursor(0, True)
    front, _, seq = cursor.rpartition(".")
    if not front or not seq.isdigit() or len(seq) > 18:
        raise ApiError(400, ErrorCode.CURSOR_INVALID, "the cursor is not one this server made")
    cursor_epoch, _, sig = front.partition(".")
    if cursor_epoch != epoch:
        raise ApiError(409, ErrorCode.EPOCH_CHANGED,
                       "the server was restored from a backup: take a new snapshot",
                       detail={"epoch": epoch})
    return Cursor(int(seq), witnessed(key, epoch, "cursor", int(seq), sig))


@dataclass(frozen=True, slots=True)
class PullStart:
    epoch: str
    scope: ReadScope
    after: int
    head: int
    # How far this client's pulls were last noted, and when (None: never).
    noted_seq: int | None = None
    noted_at: datetime | None = None
    witness_key: str | None = None


def start(db: Database, caller: Caller, cursor: str | None) -> PullStart:
    """Epoch, read scope, head and witness key for a pull or a snapshot."""
    with db.connect() as connection:
        return start_in(connection, caller, cursor)


def start_in(connection: Connection, caller: Caller, cursor: str | None,
             acked: int | None = None, witness: str | None = None) -> PullStart:
    """`start` on a connection the caller already has (one statement, and one more for a
    hunter's team).

    Raises HistoryLost when the client has seen more of this epoch than the database holds: a
    cursor beyond the highest sequence number (sequence numbers only grow, and a cursor is
    never handed out beyond them), or `acked`, the highest mutation id the client was answered
    for, beyond the client's last mutation id here (it is written in the same transaction as
    the answer).
    """
    begin = read_start(connection, caller.client_id)
    parsed = parse_cursor(cursor, begin.epoch, begin.witness_key)
    lost = history_lost(begin, caller, parsed, acked, witness)
    if lost is not None:
        raise lost
    return PullStart(begin.epoch, read_scope(connection, caller), parsed.seq, begin.head,
                     begin.last_pull_seq, begin.last_pull_at, begin.witness_key)


def history_lost(begin: SyncStart, caller: Caller, cursor: Cursor, acked: int | None,
                 witness: str | None = None) -> HistoryLost | None:
    """The loss a pull shows, if any (see `start_in`). Only a signed claim is evidence: a cursor
    beyond the head that this server did not sign is refused as not its own (the client takes a
    snapshot; nothing changes for anyone else), an acknowledgement without `witness` (the
    WITNESS_HEADER the push answer gave) is not believed."""
    if cursor.seq > begin.head:
        if not cursor.signed:
            raise ApiError(400, ErrorCode.CURSOR_INVALID, "the cursor is not one this server made")
        return HistoryLost(begin.epoch, f"a pull cursor at {cursor.seq}, beyond the last change {begin.head}")
    held = begin.last_mutation_id or 0
    shown = acknowledged(begin.witness_key, begin.epoch, caller.client_id, witness)
    if acked is not None and shown is not None and min(acked, shown) > held:
        return HistoryLost(begin.epoch, f"client {caller.client_id} was answered up to mutation "
                           f"{min(acked, shown)}, the server holds {held}")
    return None


def pull(db: Database, caller: Caller, cursor: str | None, limit: int, acked: int | None = None,
         skips: list[tuple[int, int]] | None = None, witness: str | None = None,
         durable: bool = True) -> str:
    """A `PullResponse` as JSON text (the stored fields are spliced in, not re-encoded).

    `acked`: the highest mutation id the client holds an answer for (see `start_in`). A client
    that has seen more than the database holds gets 409 `epoch_changed` with a new epoch: the
    database was restored from an older copy, and the client recovers as after `new-epoch`.

    On PostgreSQL every statement commits by itself: the head, the page and (on the last page)
    the note of how far this client has pulled. A page that moves the cursor on waits until what
    it read is on disk (`Database.make_durable`: pushes commit without waiting); `durable=False`
    leaves that to the caller. `skips`: ranges of sequence numbers left out
    (the client's own writes, as it has them; see `fold_skips`). No snapshot across them is
    needed: every
    change at or below the head read first is visible to the page read after it. SQLite has one
    writer for the whole database, so there the page is read in a read transaction and the
    note written after it.
    """
    together = db.is_postgres
    try:
        return _pull(db, caller, cursor, limit, acked, together, skips or [], witness, durable)
    except HistoryLost as lost:
        epoch = start_epoch_after_loss(db, lost)
        raise ApiError(409, ErrorCode.EPOCH_CHANGED,
                       "the server was restored from an older backup: send again what it lost "
                       "and take a new snapshot", detail={"epoch": epoch}) from None


def _pull(db: Database, caller: Caller, cursor: str | None, limit: int, acked: int | None,
          together: bool, skips: list[tuple[int, int]], witness: str | None, durable: bool) -> str:
    with db.connect() as connection:
        begin = start_in(connection, caller, cursor, acked, witness)
        after, left_out = fold_skips(begin.after, begin.head, skips)
        rows = change_lines(connection, begin.scope, after, begin.head, limit + 1, left_out)
        more = len(rows) > limit
        rows = rows[:limit]
        next_seq = rows[-1][0] if more else max(begin.head, after)
        now = datetime.now(UTC)
        # A note that would say what it says already, but for a few seconds, is not written:
        # an idle app pulls every few minutes, and a write makes every such pull commit to disk.
        note = not more and not (begin.noted_seq == next_seq and begin.noted_at is not None
                                 and now - begin.noted_at < NOTE_EVERY)
        if note and together:
            _note_pulled(connection, caller, next_seq, now)
    if note and not together:
        with db.writer(sequenced=False) as session:
            _note_pulled(session.connection(), caller, next_seq, now)
    if durable and next_seq > begin.after:
        db.make_durable()
    changes = ",".join(line for _, line in rows)
    return (
        f'{{"epoch":{dumps(begin.epoch)},"changes":[{changes}],'
        f'"cursor":{dumps(make_cursor(begin.epoch, next_seq, begin.witness_key))},'
        f'"more":{"true" if more else "false"}}}'
    )


_clients = cast(Table, Client.__table__)
# Core, built once: through the ORM the update also "synchronised" the session, which cost more
# than the statement.
_NOTE_PULLED = (update(_clients)
                .where(_clients.c.client_id == bindparam("client"), _clients.c.user_id == bindparam("user"))
                .values(last_pull_at=bindparam("at", type_=UTCDateTime()), last_pull_seq=bindparam("seq")))
# On PostgreSQL the note commits without waiting for its WAL to reach the disk: it only feeds
# `clients list`, and a crash that loses the last second of notes loses nothing a client needs
# (its cursor is its own). A durable commit was a disk flush on every pull. set_config(…, true)
# in the statement sets it for the statement's own (autocommit) transaction alone; the commit
# reads it, and it is gone with the transaction, so the pooled connection keeps durable commits.
_NOTE_PULLED_PG = _NOTE_PULLED.where(
    func.set_config("synchronous_commit", "off", True).isnot(None))


def _note_pulled(connection: Connection, caller: Caller, seq: int, now: datetime) -> None:
    """Remember how far this client has pulled (for `lpj-server clients list`)."""
    statement = _NOTE_PULLED_PG if connection.dialect.name == "postgresql" else _NOTE_PULLED
    connection.execute(statement, {"client": caller.client_id, "user": caller.user_id,
                                   "at": now, "seq": seq})
