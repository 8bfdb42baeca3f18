"""Push: the outbox, oldest first, in batches; each answer written back in one transaction.

The server applies each client's mutations once, in id order, and stores each result: a batch
whose answer was lost is simply sent again and answered from the stored results (`replayed`).
A rejected mutation stays in the outbox as `rejected`, with the server's reason, for the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, cast
from urllib.parse import urlencode

import orjson
from sqlalchemy import CursorResult, Row, Table, func, select, update
from sqlalchemy.orm import Session

from lpj_desktop.store.base import utcnow
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import OutboxMutation
from lpj_desktop.store.models.local import OutboxState
from lpj_desktop.sync_client.api import (
    STATE_EPOCH,
    STATE_MUTATION_BASE,
    STATE_SENT_THROUGH,
    STATE_WITNESS,
    ServerError,
    SyncPhase,
    SyncProgress,
)
from lpj_desktop.sync_client.messages import ErrorKind
from lpj_desktop.sync_client.own_seqs import note_push
from lpj_desktop.sync_client.pull import PullStats, apply_page, pull_with_push
from lpj_desktop.sync_client.records import MODELS, rekey_company, upsert_conflict
from lpj_desktop.sync_client.state import get_state, mutation_base, set_state, witness_headers
from lpj_desktop.sync_client.transport import Transport
from sync.entities import MutationName
from sync.protocol import (
    MAX_BODY_BYTES,
    MAX_MUTATIONS_PER_PUSH,
    SENT_THROUGH_HEADER,
    WITNESS_HEADER,
    ClientState,
    Mutation,
    MutationResult,
    MutationStatus,
    PushRequest,
    PushResponse,
)

log = logging.getLogger(__name__)

# Room for the envelope and for estimates that come out low.
BODY_BUDGET = int(MAX_BODY_BYTES * 0.75)
# Stands in for an outbox row that no longer exists (discarded after a rejection) when the server
# must be sent that id again after a restore: the server rejects it and counts past it.
FILLER_ENTITY = "_gap"


@dataclass
class PushStats:
    pushed: int = 0
    rejected: int = 0
    conflicts: int = 0
    redirected: int = 0


@dataclass(slots=True)
class _Batch:
    """Mutations to push together, each already written as its wire JSON."""

    ids: list[int]  # wire ids, in order
    parts: list[bytes]  # each mutation as `Mutation` JSON
    row_ids: dict[int, int]  # wire id -> outbox row id
    keys: dict[int, tuple[str, str]]  # wire id -> (entity, record_id)
    # The STATE_SENT_THROUGH this store held before this batch was noted as sent: what the push
    # shows in SENT_THROUGH_HEADER (None: this store has not kept one).
    sent_before: int | None = None

    @property
    def last_id(self) -> int:
        return self.ids[-1]

    @property
    def last_row(self) -> int:
        return self.row_ids[self.ids[-1]]

    def record_keys(self) -> set[tuple[str, str]]:
        return set(self.keys.values())

    def body(self, client_id: str, epoch: str | None) -> bytes:
        """The `PushRequest` JSON."""
        return b"".join((b'{"client_id":', orjson.dumps(client_id), b',"epoch":', orjson.dumps(epoch),
                         b',"mutations":[', b",".join(self.parts), b"]}"))

    @classmethod
    def of(cls, mutations: list[Mutation], row_ids: dict[int, int]) -> _Batch:
        """A batch of wire models (the fillers sent after a restore)."""
        return cls(ids=[m.id for m in mutations], parts=[m.model_dump_json().encode() for m in mutations],
                   row_ids=row_ids, keys={m.id: (m.entity, m.record_id) for m in mutations})


def pending_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(OutboxMutation)
                          .where(OutboxMutation.state == OutboxState.PENDING)) or 0


def to_mutation(row: OutboxMutation | Row[Any], base: int, args: dict[str, Any] | None = None) -> Mutation:
    """The wire form of an outbox row (an ORM object or a row of `_OUTBOX_COLUMNS`); `args`: the
    row's args when already parsed."""
    args = (row.args if args is None else args) or {}
    fields = args.get("fields", {}) if "fields" in args else args
    return Mutation(id=row.mutation_id - base, name=MutationName(row.name), entity=row.entity,
                    record_id=row.record_id, base_version=row.base_version, fields=fields,
                    made_at=row.created_at)


_OB = cast(Table, OutboxMutation.__table__)
# Each pending row as its wire JSON (`to_mutation(row, base).model_dump_json()` in meaning; a test
# holds the two equal), written by SQLite from the stored JSON: made in Python (parsed, dumped
# again, the time reformatted), this was a third of the app's side of a push, and SQLite does it
# without the interpreter lock, while the batch before is on its way. `args` holds {"fields": …}
# (older rows: the fields themselves); times are stored as naive UTC "YYYY-MM-DD HH:MM:SS.ffffff".
# The rows are read in id order from `:after` on (`+state`: not by the state index, which found
# every pending row and sorted them all, each written as JSON, to take the first thousand: with
# 120,000 waiting, most of the app's side of a push). `_first_pending` says where they begin.
_PENDING_WIRE = f"""
SELECT mutation_id, entity, record_id, json_object(
  'id', mutation_id - :base, 'name', name, 'entity', entity, 'record_id', record_id,
  'base_version', base_version,
  'fields', CASE WHEN json_type(args, '$.fields') = 'object' THEN json_extract(args, '$.fields')
                 WHEN json_type(args, '$.fields') IS NOT NULL OR args IS NULL THEN json('{{}}')
                 ELSE json(args) END,
  'made_at', CASE WHEN length(created_at) = 26 AND substr(created_at, 11, 1) = ' '
                  THEN replace(created_at, ' ', 'T') || 'Z'
                  ELSE strftime('%Y-%m-%dT%H:%M:%fZ', created_at) END)
FROM {_OB.name}
WHERE +state = '{OutboxState.PENDING}' AND mutation_id > :after
ORDER BY mutation_id LIMIT :limit
"""


def _first_pending(session: Session) -> int | None:
    """The lowest pending row id (read from the state index alone), None when none is."""
    return session.scalar(select(func.min(OutboxMutation.mutation_id))
                          .where(OutboxMutation.state == OutboxState.PENDING))


def _next_batch(session: Session, sent: int | None = None, *, after_row: int | None = None,
                in_flight: set[tuple[str, str]] | frozenset[tuple[str, str]] = frozenset()) -> _Batch | None:
    """The next pending mutations to push. A batch that starts at or below `sent` (sent before,
    its answer lost) ends there: what is sent again and what is new go apart, so the server can
    tell a store restored from an older copy (SENT_THROUGH_HEADER).

    `after_row`, `in_flight`: a batch made while the one before it is still on its way (its rows
    up to `after_row` are still pending, its records are `in_flight`) starts after it and ends
    before a record of it: a later edit of a record must wait until the version the earlier one
    got is written back as its base. None when nothing can be sent now.
    """
    base = mutation_base(session)
    if after_row is None:
        first = _first_pending(session)
        if first is None:
            return None
        after_row = first - 1
    rows = session.connection().exec_driver_sql(
        _PENDING_WIRE.replace(":base", "?").replace(":after", "?").replace(":limit", "?"),
        (base, max(base, after_row), MAX_MUTATIONS_PER_PUSH))
    batch = _Batch(ids=[], parts=[], row_ids={}, keys={}, sent_before=sent)
    seen_records: set[tuple[str, str]] = set(in_flight)
    size = 0
    for row_id, entity, record_id, wire in rows:
        key = (entity, record_id)
        # One mutation per record per batch: a later edit of the same record goes in the next
        # batch, after the first one's new version has been written back as its base.
        if key in seen_records:
            break
        wire_id = row_id - base
        if sent is not None and batch.ids and batch.ids[0] <= sent < wire_id:
            break
        part = wire.encode()
        if batch.ids and size + len(part) + 1 > BODY_BUDGET:
            break
        seen_records.add(key)
        size += len(part) + 1
        batch.ids.append(wire_id)
        batch.parts.append(part)
        batch.row_ids[wire_id] = row_id
        batch.keys[wire_id] = key
    return batch if batch.ids else None


@dataclass
class _Sent:
    """A push on its way: the batch, and the answer to come (with the answer's witness)."""

    batch: _Batch
    answer: Future[tuple[PushResponse, str | None]]


def push_all(store: Store, transport: Transport, *, client_id: str, epoch: str | None,
             progress: Callable[[SyncProgress], None], cancelled: Callable[[], bool],
             stats: PushStats, pull: PullStats | None = None) -> bool:
    """Push until the outbox has nothing pending.

    `pull`: when the outbox fits in one batch, that push asks for the first page of the pull
    after it (`?pull=<cursor>`), written here after the push's answer: a sync with little to
    send is one round trip. True when the pull has then been run to its end (nothing more to
    pull, no batch answered after the page); otherwise the caller pulls as always.

    Batches go one after another on the one connection, and the server applies them in order;
    but while it works on one, the app writes the answer to the one before and makes the next,
    so the two sides work at the same time rather than in turn. The next batch is made before
    its predecessor's answer is written, so it leaves out the records that one carries (see
    `_next_batch`); it is noted as sent (STATE_SENT_THROUGH) in the transaction that writes that
    answer, which commits before it is sent.
    """
    with store.reader() as s:
        total = pending_count(s)
        sent = sent_through(s)
        shown = witness_headers(s)
        ready = _next_batch(s, sent)
        # Only a batch holding everything pending asks: a page brought by an earlier batch would
        # be pulled past by the batches after it.
        ask = (pull_with_push(s) if pull is not None and ready is not None and len(ready.ids) >= total
               else None)
    done = 0
    pulled_to_end = False
    progress(SyncProgress(SyncPhase.PUSHING, 0, total))
    if ready is None:
        return False
    with store.session() as s:
        sent = _note_sent(s, ready, sent)

    def send(batch: _Batch, epoch: str | None, shown: dict[str, str]) -> tuple[PushResponse, str | None]:
        headers = dict(shown)
        if batch.sent_before is not None:
            headers[SENT_THROUGH_HEADER] = str(batch.sent_before)
        # own_seqs: the answer says what the push wrote as sent, so the pull leaves it out.
        path = "/sync/push?own_seqs=1"
        if ask is not None and batch is first:
            path += "&" + urlencode(ask)
        response = transport.post_json(path, batch.body(client_id, epoch), PushResponse, headers=headers)
        assert response is not None
        return response, transport.last_headers.get(WITNESS_HEADER)

    first = ready
    with ThreadPoolExecutor(1, thread_name_prefix="lpj-push") as sender:
        on_way: _Sent | None = None
        while True:
            if on_way is None:
                if ready is None:
                    return pulled_to_end
                on_way, ready = _Sent(ready, sender.submit(send, ready, epoch, shown)), None
                if not cancelled():
                    with store.session() as s:
                        ready = _next_batch(s, sent, after_row=on_way.batch.last_row,
                                            in_flight=on_way.batch.record_keys())
                        sent = _note_sent(s, ready, sent)
            answered = on_way.batch
            response, witness = on_way.answer.result()
            check_answer(answered.ids, response)
            epoch = response.epoch
            if witness:
                shown = {WITNESS_HEADER: witness}
            on_way = None
            if ready is not None and not cancelled():
                # Sent now: the server works on it while this answer is written.
                on_way, ready = _Sent(ready, sender.submit(send, ready, epoch, shown)), None
            with store.session() as s:
                set_state(s, STATE_EPOCH, response.epoch)
                apply_results(s, answered, response.results, stats)
                note_push(s, response)
                if witness:
                    set_state(s, STATE_WITNESS, witness)
                if ready is None and not cancelled():
                    ready = _next_batch(s, sent, after_row=on_way.batch.last_row if on_way else None,
                                        in_flight=on_way.batch.record_keys() if on_way else frozenset())
                    sent = _note_sent(s, ready, sent)
            done += len(response.results)
            progress(SyncProgress(SyncPhase.PUSHING, done, max(total, done)))
            # The page after the push's own answer is written (its own writes are then noted).
            # From a server of before, or when the server refused that pull, there is none.
            page = response.pull
            pulled_to_end = False
            if page is not None and pull is not None and page.epoch == response.epoch:
                apply_page(store, page, progress=progress, stats=pull)
                pulled_to_end = not page.more
            if cancelled() and on_way is None:
                # Something made meanwhile and left unsent: this sync did not finish.
                return pulled_to_end and ready is None


def _note_sent(session: Session, batch: _Batch | None, sent: int | None) -> int | None:
    """Note `batch` as sent (STATE_SENT_THROUGH) before it goes: an answer lost on the way must
    not make its ids look new. Returns what the store holds now."""
    if batch is None:
        return sent
    batch.sent_before = sent
    if sent is None or batch.last_id > sent:
        set_state(session, STATE_SENT_THROUGH, str(batch.last_id))
        return batch.last_id
    return sent


def check_answer(sent_ids: list[int], response: PushResponse) -> None:
    """Refuse a push answer that is not the answer to what was sent: the server answers one
    result per mutation, in order, and its last id then covers them all. Anything else (results
    for other ids, some missing, too many, a last id below what was sent) is a ServerError and
    nothing of it is written: such an answer, taken as it was, marked nothing, so the same batch
    went out again at once (5,943 pushes in 20 s). The caller's backoff decides when to try again."""
    got_ids = [r.id for r in response.results]
    if got_ids == sent_ids and (not sent_ids or response.last_mutation_id >= sent_ids[-1]):
        return
    log.warning("push: the answer does not match what was sent: sent %s, answered %s, last id %d",
                _ids_text(sent_ids), _ids_text(got_ids), response.last_mutation_id)
    raise ServerError.of(ErrorKind.ANSWER_MISMATCH, code="answer_mismatch")


def _ids_text(ids: list[int]) -> str:
    """"7–12" for a run, else the first few ids: enough for the log."""
    if not ids:
        return "none"
    if ids == list(range(ids[0], ids[0] + len(ids))):
        return f"{ids[0]}–{ids[-1]}" if len(ids) > 1 else str(ids[0])
    return ", ".join(map(str, ids[:5])) + (f" … ({len(ids)})" if len(ids) > 5 else "")


def plain_result_json(result: MutationResult) -> str:
    """`result.model_dump_json()` of an applied result with no conflict, no redirect and no
    message, written by hand: pydantic's, 10,000 times, was half of writing a push's answers back
    (a test holds the two equal)."""
    if result.error_code is not None or result.message is not None or result.conflicts \
            or result.redirected_to is not None or result.status != MutationStatus.APPLIED:
        return result.model_dump_json()
    version = "null" if result.version is None else str(int(result.version))
    return (f'{{"id":{int(result.id)},"status":"applied","version":{version},"error_code":null,'
            f'"message":null,"conflicts":[],"redirected_to":null,'
            f'"replayed":{"true" if result.replayed else "false"}}}')


def apply_results(session: Session, batch: _Batch, results: list[MutationResult],
                  stats: PushStats) -> None:
    """Write the server's answers into the outbox rows and the records they touched."""
    now = utcnow()
    versions: dict[tuple[str, str], tuple[int, int]] = {}
    ob = cast(Table, OutboxMutation.__table__)
    # Which of the batch's rows are still pending (a refused change discarded meanwhile is not):
    # one range of row ids, read by the state index.
    pending: set[int] = set()
    if batch.row_ids:
        # By id range (`+state`: not by the state index, which read every pending row).
        pending.update(session.connection().exec_driver_sql(
            f"SELECT mutation_id FROM {ob.name} WHERE +state = ? AND mutation_id BETWEEN ? AND ?",
            (OutboxState.PENDING, min(batch.row_ids.values()), max(batch.row_ids.values()))).scalars())
    plain: list[tuple[int, str]] = []  # applied, no conflict, no redirect: the common case
    careful: list[tuple[MutationResult, int]] = []
    for result in results:
        row_id = batch.row_ids.get(result.id)
        if row_id is None or row_id not in pending:
            continue
        if result.status == MutationStatus.APPLIED and not result.conflicts and not result.redirected_to:
            entity, record_id = batch.keys[result.id]
            plain.append((row_id, plain_result_json(result)))
            stats.pushed += 1
            if entity in MODELS and result.version is not None and entity != "user":
                versions[(entity, record_id)] = (result.version, row_id)
        else:
            careful.append((result, row_id))
    if plain:
        # Bound here (the result as its JSON text, the time as stored): SQLAlchemy's per-row
        # processing of a thousand results was a third of writing them back.
        dialect = session.get_bind().dialect
        to_db = ob.c.acked_at.type.dialect_impl(dialect).bind_processor(dialect)
        acked = to_db(now) if to_db is not None else now
        session.connection().exec_driver_sql(
            f"UPDATE {ob.name} SET state = ?, result = ?, acked_at = ?, error_code = NULL, "
            f"error_message = NULL WHERE mutation_id = ? AND state = ?",
            [(OutboxState.APPLIED, res, acked, mid, OutboxState.PENDING) for mid, res in plain])
    rows: dict[int, OutboxMutation] = {}
    if careful:
        ids = [row_id for _r, row_id in careful]
        rows.update((r.mutation_id, r) for r in session.scalars(
            select(OutboxMutation).where(OutboxMutation.mutation_id.in_(ids))))
    for result, row_id in careful:
        row = rows.get(row_id)
        if row is None or row.state != OutboxState.PENDING:
            continue
        row.result = result.model_dump(mode="json")
        row.acked_at = now
        for info in result.conflicts:
            stats.conflicts += int(upsert_conflict(session, info))
        if result.status == MutationStatus.REJECTED:
            row.state = OutboxState.REJECTED
            row.error_code = str(result.error_code) if result.error_code else None
            row.error_message = result.message
            stats.rejected += 1
            continue
        row.state = OutboxState.APPLIED
        row.error_code = row.error_message = None
        stats.pushed += 1
        record_id = row.record_id
        if result.redirected_to and result.redirected_to != record_id and row.entity == "company":
            rekey_company(session, record_id, result.redirected_to)
            record_id = result.redirected_to
            stats.redirected += 1
        model = MODELS.get(row.entity)
        if model is not None and result.version is not None and row.entity != "user":
            versions[(row.entity, record_id)] = (result.version, row.mutation_id)
    _write_versions(session, versions)
    session.flush()


def _write_versions(session: Session, versions: dict[tuple[str, str], tuple[int, int]]) -> None:
    """Records get the server version their mutation produced; an edit made offline on top of
    this device's own new record (queued with no base) gets that version as its base."""
    by_entity: dict[str, dict[str, int]] = {}
    for (entity, record_id), (version, _mid) in versions.items():
        by_entity.setdefault(entity, {})[record_id] = version
    conn = session.connection()
    for entity, ids in by_entity.items():
        table = cast(Table, MODELS[entity].__table__)
        conn.exec_driver_sql(
            f"UPDATE {table.name} SET server_version = max(coalesce(server_version, 0), ?) WHERE id = ?",
            [(v, rid) for rid, v in ids.items()])
    # Pending no-base edits of these records, made after the mutation that got the version: one
    # probe each of the (state, entity, record_id) index, in the driver's executemany. (Looked
    # for among all pending rows, it read the rest of the outbox for every batch: 37 ms a batch
    # with 120,000 waiting; read back by record id through the ORM, 40 ms a batch of 1000.)
    if versions:
        conn.exec_driver_sql(
            f"UPDATE {_OB.name} SET base_version = ? WHERE state = ? AND entity = ? AND record_id = ?"
            f" AND base_version IS NULL AND name != ? AND mutation_id > ?",
            [(version, OutboxState.PENDING, entity, record_id, MutationName.CREATE.value, mid)
             for (entity, record_id), (version, mid) in versions.items()])


def sent_through(session: Session) -> int | None:
    """STATE_SENT_THROUGH, None when this store has not kept it yet (an app from before)."""
    value = get_state(session, STATE_SENT_THROUGH)
    return int(value) if value is not None else None


def renumber_after(store: Store, transport: Transport, client_id: str) -> int:
    """The server answered 409 client_behind: this store is an older copy than the one that sent
    its changes (put back from a backup), so the ids of its new changes were used before. They are
    numbered after the server's last id and sent as new. Returns how many wait to be sent."""
    state = transport.get(f"/sync/client/{client_id}", ClientState)
    with store.session() as s:
        first = s.scalar(select(func.min(OutboxMutation.mutation_id))
                         .where(OutboxMutation.state == OutboxState.PENDING))
        if first is None:
            return 0
        set_state(s, STATE_MUTATION_BASE, str(first - (state.last_mutation_id + 1)))
        set_state(s, STATE_SENT_THROUGH, str(state.last_mutation_id))
        set_state(s, STATE_WITNESS, None)
        waiting = pending_count(s)
    log.warning("push: this store is older than what it had sent (restored from a backup?); %d "
                "changes are numbered after the server's mutation %d", waiting, state.last_mutation_id)
    return waiting


def resend_after(store: Store, transport: Transport, client_id: str) -> int:
    """After a server restore or a gap: mark every mutation the server no longer has as pending
    again. Returns how many. The server answers again what it still had (replays)."""
    state = transport.get(f"/sync/client/{client_id}", ClientState)
    with store.session() as s:
        base = mutation_base(s)
        set_state(s, STATE_EPOCH, state.epoch)
        set_state(s, STATE_WITNESS, None)  # signed in the lost history: the next answer signs anew
        result = cast("CursorResult[Any]", s.execute(
            update(OutboxMutation)
            .where(OutboxMutation.mutation_id > base + state.last_mutation_id,
                   OutboxMutation.state != OutboxState.PENDING)
            .values(state=OutboxState.PENDING, acked_at=None)))
        count = result.rowcount or 0
        # Ids with no outbox row any more (a discarded rejection) get a filler, so no gap is left.
        highest = s.scalar(select(func.max(OutboxMutation.mutation_id))) or base
        have = set(s.scalars(select(OutboxMutation.mutation_id).where(
            OutboxMutation.mutation_id > base + state.last_mutation_id)))
    missing = [i for i in range(base + state.last_mutation_id + 1, highest + 1) if i not in have]
    if missing:
        log.warning("push: %d mutation ids have no outbox row; sending fillers", len(missing))
        _send_fillers(transport, client_id, state.epoch, [i - base for i in missing], store)
    if count:
        log.info("push: %d mutations the server no longer has are sent again", count)
    return count


def _send_fillers(transport: Transport, client_id: str, epoch: str, wire_ids: list[int],
                  store: Store) -> None:
    # Fillers must go in order with the real mutations around them: send everything up to the
    # last filler in id order, real rows included.
    with store.reader() as s:
        base = mutation_base(s)
        rows = {r.mutation_id - base: r for r in s.scalars(
            select(OutboxMutation).where(OutboxMutation.mutation_id > base + wire_ids[0] - 1,
                                         OutboxMutation.mutation_id <= base + wire_ids[-1]))}
    mutations: list[Mutation] = []
    row_ids: dict[int, int] = {}
    for wid in range(wire_ids[0], wire_ids[-1] + 1):
        if wid in rows:
            mutations.append(to_mutation(rows[wid], base))
            row_ids[wid] = rows[wid].mutation_id
        else:
            mutations.append(Mutation(id=wid, name=MutationName.DELETE, entity=FILLER_ENTITY,
                                      record_id="-"))
    for start in range(0, len(mutations), MAX_MUTATIONS_PER_PUSH):
        chunk = mutations[start:start + MAX_MUTATIONS_PER_PUSH]
        response = transport.post("/sync/push", PushRequest(client_id=client_id, epoch=epoch,
                                                             mutations=chunk), PushResponse)
        assert response is not None
        check_answer([m.id for m in chunk], response)
        witness = transport.last_headers.get(WITNESS_HEADER)
        with store.session() as s:
            apply_results(s, _Batch.of(chunk, row_ids), response.results, PushStats())
            if witness:
                set_state(s, STATE_WITNESS, witness)
