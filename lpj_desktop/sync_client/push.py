"""Push: the outbox, oldest first, in batches; each answer written back in one transaction.

The server applies each client's mutations once, in id order, and stores each result: a batch
whose answer was lost is simply sent again and answered from the stored results (`replayed`).
A rejected mutation stays in the outbox as `rejected`, with the server's reason, for the user.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

import orjson
from sqlalchemy import CursorResult, Row, Table, Text, func, select, type_coerce, update
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


@dataclass(frozen=True, slots=True)
class _Batch:
    mutations: list[Mutation]
    row_ids: dict[int, int]  # wire id -> outbox row id


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
# `args` as its stored JSON text, parsed with orjson here: SQLAlchemy's JSON type runs the standard
# library's parser, a tenth of making a batch of 1000.
_OUTBOX_COLUMNS = (_OB.c.mutation_id, _OB.c.name, _OB.c.entity, _OB.c.record_id, _OB.c.base_version,
                   type_coerce(_OB.c.args, Text).label("args_text"), _OB.c.created_at)


def _next_batch(session: Session, sent: int | None = None) -> _Batch | None:
    """The next pending mutations to push. A batch that starts at or below `sent` (sent before,
    its answer lost) ends there: what is sent again and what is new go apart, so the server can
    tell a store restored from an older copy (SENT_THROUGH_HEADER)."""
    base = mutation_base(session)
    # Columns, not ORM objects: loading a thousand objects was most of a batch's making.
    rows = list(session.execute(
        select(*_OUTBOX_COLUMNS).where(OutboxMutation.state == OutboxState.PENDING,
                                       OutboxMutation.mutation_id > base)
        .order_by(OutboxMutation.mutation_id).limit(MAX_MUTATIONS_PER_PUSH)))
    if not rows:
        return None
    mutations: list[Mutation] = []
    row_ids: dict[int, int] = {}
    seen_records: set[tuple[str, str]] = set()
    size = 0
    for row in rows:
        key = (row.entity, row.record_id)
        # One mutation per record per batch: a later edit of the same record goes in the next
        # batch, after the first one's new version has been written back as its base.
        if key in seen_records:
            break
        m = to_mutation(row, base, (orjson.loads(row.args_text) if row.args_text else None) or {})
        if sent is not None and mutations and mutations[0].id <= sent < m.id:
            break
        # Bytes, by orjson: the standard library's encoder here was a tenth of a batch's making.
        estimate = len(orjson.dumps(m.fields, default=str)) + 300
        if mutations and size + estimate > BODY_BUDGET:
            break
        seen_records.add(key)
        size += estimate
        mutations.append(m)
        row_ids[m.id] = row.mutation_id
    return _Batch(mutations, row_ids)


def push_all(store: Store, transport: Transport, *, client_id: str, epoch: str | None,
             progress: Callable[[SyncProgress], None], cancelled: Callable[[], bool],
             stats: PushStats) -> str | None:
    """Push until the outbox has nothing pending. Returns the server's epoch as last answered."""
    with store.reader() as s:
        total = pending_count(s)
    done = 0
    progress(SyncProgress(SyncPhase.PUSHING, 0, total))
    while True:
        with store.reader() as s:
            sent = sent_through(s)
            batch = _next_batch(s, sent)
            shown = witness_headers(s)
        if batch is None:
            return epoch
        if sent is not None:
            shown[SENT_THROUGH_HEADER] = str(sent)
        if sent is None or batch.mutations[-1].id > sent:
            # Before the send: an answer lost on the way must not make these ids look new.
            with store.session() as s:
                set_state(s, STATE_SENT_THROUGH, str(batch.mutations[-1].id))
        request = PushRequest(client_id=client_id, epoch=epoch, mutations=batch.mutations)
        # own_seqs: the answer says what the push wrote as sent, so the pull leaves it out.
        response = transport.post("/sync/push?own_seqs=1", request, PushResponse, headers=shown)
        assert response is not None
        check_answer(batch.mutations, response)
        witness = transport.last_headers.get(WITNESS_HEADER)
        with store.session() as s:
            set_state(s, STATE_EPOCH, response.epoch)
            epoch = response.epoch
            apply_results(s, batch, response.results, stats)
            note_push(s, response)
            if witness:
                set_state(s, STATE_WITNESS, witness)
        done += len(response.results)
        progress(SyncProgress(SyncPhase.PUSHING, done, max(total, done)))
        if cancelled():
            return epoch


def check_answer(sent: list[Mutation], response: PushResponse) -> None:
    """Refuse a push answer that is not the answer to what was sent: the server answers one
    result per mutation, in order, and its last id then covers them all. Anything else (results
    for other ids, some missing, too many, a last id below what was sent) is a ServerError and
    nothing of it is written: such an answer, taken as it was, marked nothing, so the same batch
    went out again at once (5,943 pushes in 20 s). The caller's backoff decides when to try again."""
    sent_ids = [m.id for m in sent]
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
    wanted = [batch.row_ids[r.id] for r in results if r.id in batch.row_ids]
    ob = cast(Table, OutboxMutation.__table__)
    # Where each row stands now, read without loading ORM objects (a batch is up to 1000 rows).
    current: dict[int, tuple[str, str, str]] = {}
    for start in range(0, len(wanted), 500):
        current.update((mid, (state, entity, record_id)) for mid, state, entity, record_id in session.execute(
            select(ob.c.mutation_id, ob.c.state, ob.c.entity, ob.c.record_id)
            .where(ob.c.mutation_id.in_(wanted[start:start + 500]))))
    plain: list[tuple[int, str]] = []  # applied, no conflict, no redirect: the common case
    careful: list[tuple[MutationResult, int]] = []
    for result in results:
        row_id = batch.row_ids.get(result.id)
        if row_id is None or row_id not in current or current[row_id][0] != OutboxState.PENDING:
            continue
        if result.status == MutationStatus.APPLIED and not result.conflicts and not result.redirected_to:
            _state, entity, record_id = current[row_id]
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
    # Pending no-base edits of these records: few, so found in one query and fixed one by one.
    if not versions:
        return
    ob = cast(Table, OutboxMutation.__table__)
    orphans = session.execute(
        select(ob.c.mutation_id, ob.c.entity, ob.c.record_id)
        .where(ob.c.state == OutboxState.PENDING, ob.c.base_version.is_(None),
               ob.c.name != MutationName.CREATE.value)).all()
    for mid, entity, record_id in orphans:
        hit = versions.get((entity, record_id))
        if hit is not None and mid > hit[1]:
            session.execute(update(ob).where(ob.c.mutation_id == mid).values(base_version=hit[0]))


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
        check_answer(chunk, response)
        witness = transport.last_headers.get(WITNESS_HEADER)
        with store.session() as s:
            apply_results(s, _Batch(chunk, row_ids), response.results, PushStats())
            if witness:
                set_state(s, STATE_WITNESS, witness)
