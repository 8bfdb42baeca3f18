"""Applying a push: a client's mutations, in order, exactly once each.

One transaction per push, under the write lock (see sync.server.db): the records' new states,
the stored result of every mutation and the client's last mutation id commit together or not at
all. So a push cut off after the commit is answered from the stored results when the client
sends it again (`replayed=True`), and a push cut off before the commit left no trace.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.orm import Session

from sync.entities import ENTITIES, EntitySpec, MutationName, Policy, user_is_deactivated
from sync.kernel.ids import uuid7
from sync.protocol import (
    ConflictInfo,
    ErrorCode,
    Mutation,
    MutationResult,
    MutationStatus,
    PushRequest,
    own_seqs_cover,
)
from sync.server.access import COMPANY, Caller, ReadScope, read_scope, write_refusal
from sync.server.attachment_records import ATTACHMENT_PARENTS, attachment_hashes, attachments_of
from sync.server.db import Database
from sync.server.errors import ApiError
from sync.server.merge import ALL_FIELDS, FieldConflict, creation_version, merge_fields, merge_second_create
from sync.server.meta import HistoryLost, acknowledged, acknowledgement, read_start, start_epoch_after_loss
from sync.server.models import AppliedMutation, Client
from sync.server.one_trip import PushWrite, unchanged_head, write_in_one_trip
from sync.server.records import RecordBatch, RecordState, bulk_insert, dumps, iso
from sync.server.validation import fields_problem, has_nul, missing_required

# Pushes writing more records than this are written by COPY after the one-trip check.
ONE_TRIP_MAX_RECORDS = 200
CONFLICT = "conflict"
USER = "user"
RESOLVE = MutationName.RESOLVE
RESOLUTIONS = ("mine", "theirs", "edited")
# The columns of a stored result, in the order `_write` gives them.
_APPLIED = ("client_id", "mutation_id", "result", "created_at")
# Conflicts are stored as records of their own kind so that pulls carry them to the apps.
ENTITIES_CONFLICT = EntitySpec(CONFLICT, Policy.SERVER, ())


class Rejected(Exception):
    """A mutation refused for good: recorded with its reason, and the queue moves on."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(slots=True)
class _Outcome:
    version: int
    # A tuple when there are none: nearly every outcome has none, and an empty list made for each
    # was a measurable part of applying a push.
    conflicts: list[ConflictInfo] | tuple[()] = ()
    redirected_to: str | None = None
    # The record now holds exactly what the client has after this result: a new record made
    # from the fields sent, or an edit on the very version it was based on, with no conflict.
    exact: bool = False


@dataclass(frozen=True)
class PushAnswer:
    """What a push answers: a `PushResponse`, kept as the JSON text of each result, since a
    thousand result models cost more than the rest of the answer."""

    epoch: str
    last_mutation_id: int
    results: list[str]
    # Ranges (first, last) of the sequence numbers this push wrote that hold exactly what the
    # client sent (see `own_ranges`); None for a push that wrote nothing.
    own_seqs: list[tuple[int, int]] | None = None
    # The WITNESS_HEADER of the answer: signed proof that the client was answered through
    # `last_mutation_id` (see sync.server.meta).
    witness: str = ""
    # Files that attachments deleted by this push named (see _Applier.released).
    released: frozenset[str] = frozenset()
    # How many of its mutations this push applied now (not replayed, not rejected).
    applied: int = 0
    # False: committed without waiting for the disk (sync.server.one_trip); send nothing of it
    # before `Database.make_durable()`.
    durable: bool = True

    @property
    def own_seqs_cover(self) -> bool:
        """`own_seqs` cover every mutation applied now: a pull may leave them out."""
        return own_seqs_cover(self.applied, self.own_seqs or [])

    def to_json(self, *, own_seqs: bool = False, pull: str | None = None) -> str:
        """The answer as `PushResponse` JSON (results leave out their default values). `own_seqs`:
        the client asked for them (`?own_seqs=1`); an app that did not would refuse the key.
        `pull`: a `PullResponse` as JSON, the first page of the pull asked with the push."""
        own = ""
        if own_seqs:
            own = ',"own_seqs":[' + ",".join(f"[{a},{b}]" for a, b in self.own_seqs or ()) + "]"
        page = f',"pull":{pull}' if pull is not None else ""
        return (f'{{"epoch":{dumps(self.epoch)},"last_mutation_id":{self.last_mutation_id},'
                f'"results":[{",".join(self.results)}]{own}{page}}}')


def push(db: Database, caller: Caller, request: PushRequest, witness: str | None = None,
         sent_through: int | None = None) -> PushAnswer:
    """Apply `request` for `caller`. Raises ApiError for a refused push (nothing applied).
    An answer that is not `durable` is sent only after `db.make_durable()`.

    On PostgreSQL the work is done before the write lock is taken, and the lock, a check that
    nothing it read has changed since, the writes and the commit then go out in one round trip
    (sync.server.one_trip). So the lock, which every push on the server queues for, is held only
    while the database works. Pushes of different hunters seldom touch the same records; when
    something did change, the push is worked out again under the lock from what is there now,
    as it always is on SQLite (whose single writer lock is taken at BEGIN).

    `witness`: the WITNESS_HEADER the client holds from its last answer (what it was answered
    through); only with it does a push from beyond what the server holds show a lost history.
    `sent_through`: the highest id the client's store had sent before (SENT_THROUGH_HEADER).
    """
    now = datetime.now(UTC)
    if has_nul(request.client_id, request.epoch) or any(
            "\x00" in m.entity or "\x00" in m.record_id for m in request.mutations):
        raise ApiError(422, ErrorCode.BAD_REQUEST, "ids must not contain NUL characters")
    try:
        if db.is_postgres:
            answer = _push_in_one_trip(db, caller, request, now, witness, sent_through)
            if answer is not None:
                return answer
        with db.writer() as session:
            work = _work_out(session, caller, request, now, witness, sent_through)
            order = work.applier.batch.touched_keys()
            _write(session, caller, request, work, now)
            return work.answer(order, work.head)
    except HistoryLost as lost:
        epoch = start_epoch_after_loss(db, lost)
        raise ApiError(409, ErrorCode.EPOCH_CHANGED,
                       "the server was restored from an older backup: check what it holds and send again",
                       detail={"epoch": epoch, "last_mutation_id": lost.last_mutation_id}) from None


def _push_in_one_trip(db: Database, caller: Caller, request: PushRequest,
                      now: datetime, witness: str | None, sent_through: int | None) -> PushAnswer | None:
    """The push worked out without the lock and written in one round trip; None when it has
    to be worked out again under the lock.

    A push writing many records (a laptop back after days offline) is written the ordinary
    way after the same check: COPY loads a thousand rows faster than one statement parses
    them, and the few round trips more under the lock matter less than the rows.
    """
    with db.writer(sequenced=False) as session:
        try:
            work = _work_out(session, caller, request, now, witness, sent_through)
        except (ApiError, HistoryLost):
            return None  # perhaps read while another push of this client committed: decide under the lock
        batch = work.applier.batch
        write = PushWrite(client_id=request.client_id, user_id=caller.user_id, org_id=caller.org_id,
                          epoch=work.epoch, read_head=work.head, last_before=work.last_before,
                          last=work.last, kept=work.kept, now=now)
        order = batch.touched_keys()
        if batch.touched_count() <= ONE_TRIP_MAX_RECORDS:
            head = write_in_one_trip(session, batch, write)
            return None if head is None else replace(work.answer(order, head), durable=False)
        db.lock_writes(session)
        head = unchanged_head(session, batch, write)
        if head is None:
            return None
        work.head = head
        _write(session, caller, request, work, now)
        return work.answer(order, head)


def _write(session: Session, caller: Caller, request: PushRequest, work: _Work, now: datetime) -> None:
    """Write a worked-out push the ordinary way, under the write lock."""
    work.applier.batch.flush(after=work.head)
    client_id = request.client_id
    bulk_insert(session, cast(Table, AppliedMutation.__table__), _APPLIED,
                [(client_id, mutation_id, result, now) for mutation_id, result in work.kept])
    # Core statements: the ORM's unit of work cost a millisecond per push.
    clients = cast(Table, Client.__table__)
    if work.client_known:
        session.execute(update(clients).where(clients.c.client_id == request.client_id)
                        .values(last_mutation_id=work.last, last_push_at=now))
    else:
        session.execute(insert(clients).values(
            client_id=request.client_id, user_id=caller.user_id, device_name="",
            last_mutation_id=work.last, last_pull_seq=0, created_at=now, last_push_at=now))


@dataclass
class _Work:
    """A push worked out in memory: what to answer and what to write."""

    epoch: str
    client_known: bool
    # The highest sequence number when the push was read (records read carry none above it).
    head: int
    last_before: int
    last: int
    results: list[str]  # JSON
    kept: list[tuple[int, str]]  # (mutation id, result JSON) of the mutations applied now
    applier: _Applier
    witness: str  # the answer's WITNESS_HEADER

    def answer(self, written: list[tuple[str, str]], head: int) -> PushAnswer:
        """The answer, once the records `written` (in write order) were numbered from `head` + 1."""
        return PushAnswer(epoch=self.epoch, last_mutation_id=self.last, results=self.results,
                          own_seqs=own_ranges(written, head, self.applier.exact), witness=self.witness,
                          released=frozenset(self.applier.released), applied=self.applier.applied)


def own_ranges(written: list[tuple[str, str]], head: int,
               exact: set[tuple[str, str]]) -> list[tuple[int, int]]:
    """The sequence numbers of the records in `exact`, as ranges. A push numbers what it writes
    head + 1, head + 2 … in write order under the write lock, so no other write falls inside a
    range: a client skipping these numbers in its pull skips only its own writes."""
    ranges: list[tuple[int, int]] = []
    for n, key in enumerate(written, start=head + 1):
        if key not in exact:
            continue
        if ranges and ranges[-1][1] == n - 1:
            ranges[-1] = (ranges[-1][0], n)
        else:
            ranges.append((n, n))
    return ranges


def _work_out(session: Session, caller: Caller, request: PushRequest, now: datetime,
              witness: str | None = None, sent_through: int | None = None) -> _Work:
    """Check the push against the client's state and apply its mutations in memory (no writes)."""
    # One statement for what every push reads first. The head comes before the records: any
    # record written after it has a higher sequence number (see sync.server.one_trip).
    start = read_start(session, request.client_id)
    epoch = start.epoch
    if start.client_user_id is not None and start.client_user_id != caller.user_id:
        raise ApiError(403, ErrorCode.CLIENT_MISMATCH,
                       "this client id is registered to another user; log in again on this device")
    last = start.last_mutation_id or 0
    if request.epoch is not None and request.epoch != epoch:
        raise ApiError(409, ErrorCode.EPOCH_CHANGED,
                       "the server was restored from a backup: check what it holds and send again",
                       detail={"epoch": epoch, "last_mutation_id": last})
    lost = history_lost(request, epoch, last,
                        acknowledged(start.witness_key, epoch, request.client_id, witness))
    if lost is not None:
        raise lost
    if sent_through is not None and any(sent_through < m.id <= last for m in request.mutations):
        # Ids the store never sent, yet answered here: a laptop restored from an older copy of its
        # store numbers its new changes with ids it had used before the copy was put back. Taken
        # as replays they would be answered and never applied; the app numbers them anew.
        raise ApiError(409, ErrorCode.CLIENT_BEHIND,
                       "this device's store is older than what it already sent (restored from a "
                       "backup?): number the new changes after the server's last",
                       detail={"last_mutation_id": last})
    _check_order(request.mutations, last)
    last_before = last
    replays = [m.id for m in request.mutations if m.id <= last]
    stored = _stored_results(session, request.client_id, replays)
    fresh = [m for m in request.mutations if m.id > last]
    applier = _Applier(session, caller, request.client_id, now)
    applier.preload(fresh)

    results: list[str] = []
    kept: list[tuple[int, str]] = []
    for mutation in request.mutations:
        if mutation.id <= last_before:
            results.append(stored.get(mutation.id) or MutationResult(
                id=mutation.id, status=MutationStatus.APPLIED, replayed=True,
                message="applied earlier; the stored result is no longer kept",
            ).model_dump_json(exclude_defaults=True))
            continue
        result = applier.apply(mutation)
        results.append(result)
        kept.append((mutation.id, result))
        last = mutation.id
    return _Work(epoch, start.client_user_id is not None, start.head, last_before, last, results, kept,
                 applier,
                 acknowledgement(start.witness_key, epoch, request.client_id, last))


def history_lost(request: PushRequest, epoch: str, last: int, shown: int | None) -> HistoryLost | None:
    """The loss a push shows, if any: its first mutation lies beyond the next one this server
    expects, in the epoch the client names (the current one), and the client shows (`shown`,
    from its signed WITNESS_HEADER) it was answered beyond what the server holds. The client
    sends from its first unanswered mutation, so it was answered for every id before it: the
    database has lost them (restored from an older copy without a new epoch). A client that
    names no epoch, or shows no signed answer, makes no such claim: that is a plain gap."""
    if request.epoch is None or not request.mutations or request.mutations[0].id <= last + 1:
        return None
    if shown is None or min(shown, request.mutations[0].id - 1) <= last:
        return None
    return HistoryLost(epoch, f"client {request.client_id} sent mutation {request.mutations[0].id} "
                       f"after {last}", last)


def applied_json(mutation_id: int, version: int) -> str:
    """`MutationResult(id=…, status=applied, version=…).model_dump_json(exclude_defaults=True)`,
    written by hand: nearly every mutation gets this answer."""
    return f'{{"id":{mutation_id},"status":"applied","version":{version}}}'


@cache
def _named_records(entity: str) -> tuple[tuple[str, str], ...]:
    """The (field, kind of record) pairs a mutation of `entity` names records by: its company
    (followed to a merged one), its references and the users it gives work to."""
    spec = ENTITIES.get(entity)
    if spec is None:
        return (("company_id", COMPANY),)
    named = dict.fromkeys([("company_id", COMPANY), *spec.references,
                           *((name, USER) for name in spec.receivers)])
    return tuple(named)


def _check_order(mutations: list[Mutation], last: int) -> None:
    for before, after in zip(mutations, mutations[1:], strict=False):
        if after.id != before.id + 1:
            raise ApiError(409, ErrorCode.MUTATION_GAP,
                           f"mutation ids must follow each other without gaps ({before.id} → {after.id})",
                           detail={"last_mutation_id": last})
    fresh = [m for m in mutations if m.id > last]
    if fresh and fresh[0].id != last + 1:
        raise ApiError(409, ErrorCode.MUTATION_GAP,
                       f"the server has mutations up to {last}; the next must be {last + 1}, "
                       f"not {fresh[0].id}", detail={"last_mutation_id": last})


def _stored_results(session: Session, client_id: str, ids: list[int]) -> dict[int, str]:
    """The kept results of these mutations, marked as replayed."""
    if not ids:
        return {}
    rows = session.execute(
        select(AppliedMutation.mutation_id, AppliedMutation.result).where(
            AppliedMutation.client_id == client_id, AppliedMutation.mutation_id.in_(ids))
    ).all()
    out = {}
    for mutation_id, stored_json in rows:
        result = MutationResult.model_validate_json(stored_json)
        result.replayed = True
        out[mutation_id] = result.model_dump_json(exclude_defaults=True)
    return out


class _Applier:
    """Applies one push's mutations to a RecordBatch, one at a time, in order."""

    def __init__(self, session: Session, caller: Caller, client_id: str, now: datetime) -> None:
        self.session = session
        self.caller = caller
        self.client_id = client_id
        self.now = now
        self.batch = RecordBatch(session)
        self._scope: ReadScope | None = None
        # Records whose written state is exactly what the client has (`_Outcome.exact`), and
        # records some mutation of this push wrote otherwise: those are never exact.
        self.exact: set[tuple[str, str]] = set()
        self._inexact: set[tuple[str, str]] = set()
        # Files named by attachments this push deleted: sync.server.attachments.release deletes
        # each one after the commit when no live attachment names it any more.
        self.released: set[str] = set()
        self.applied = 0  # mutations applied (not rejected)
        # Every new record's field_meta: "*", every field set at version 1 by its creator (one
        # entry, not one per field: cheaper to store; merge_fields falls back to it). As its JSON
        # text, written once per push (RecordState parses it when a later mutation needs it).
        self._new_meta = dumps({ALL_FIELDS: [1, client_id, caller.user_id]})

    @property
    def scope(self) -> ReadScope:
        if self._scope is None:
            self._scope = read_scope(self.session, self.caller)
        return self._scope

    def preload(self, mutations: list[Mutation]) -> None:
        """Read every record the mutations name, found or not, in one query per kind of record
        for the whole push (not one per mutation): their own records, the records their fields
        point at, the users work is given to (whether still active: read with the rest, so the one
        trip's check sees a deactivation that commits meanwhile, as its user record changes), an
        attachment's parent, and companies by orgnr."""
        keys: set[tuple[str, str]] = set()
        orgnrs: set[str] = set()
        add = keys.add
        for m in mutations:
            add((m.entity, m.record_id))
            fields = m.fields
            if not fields:
                continue
            for name, target in _named_records(m.entity):
                value = fields.get(name)
                if value.__class__ is str and value:
                    add((target, value))
            spec = ENTITIES.get(m.entity)
            if spec is not None and spec.parent is not None:
                kind, parent_id = (fields.get(f) for f in spec.parent)
                if kind in ATTACHMENT_PARENTS and isinstance(parent_id, str):
                    add((kind, parent_id))
            if m.entity == COMPANY and isinstance(fields.get("orgnr"), str):
                orgnrs.add(fields["orgnr"])
        self.batch.load(keys, orgnrs)

    def apply(self, m: Mutation) -> str:
        """Apply one mutation; its result as JSON (defaults left out), as kept and answered."""
        first_touch = len(self.batch.touch_log)
        try:
            outcome = self._apply(m)
        except Rejected as exc:
            self._note_written(m, False, first_touch)
            return MutationResult(id=m.id, status=MutationStatus.REJECTED, error_code=exc.code,
                                  message=exc.message).model_dump_json(exclude_defaults=True)
        self.applied += 1
        plain = not outcome.conflicts and outcome.redirected_to is None
        self._note_written(m, outcome.exact and plain, first_touch)
        if plain:
            return applied_json(m.id, outcome.version)
        return MutationResult(id=m.id, status=MutationStatus.APPLIED, version=outcome.version,
                              conflicts=list(outcome.conflicts), redirected_to=outcome.redirected_to,
                              ).model_dump_json(exclude_defaults=True)

    def _note_written(self, m: Mutation, exact: bool, first_touch: int) -> None:
        """Keep which records this mutation wrote exactly as the client has them: only its own
        record, and only if no mutation of this push wrote it otherwise."""
        touched = self.batch.touch_log[first_touch:]
        if not touched:
            return
        key = (m.entity, m.record_id)
        if exact and key not in self._inexact and touched.count(key) == len(touched):
            self.exact.add(key)
        else:
            self._inexact.update(touched)
            self.exact.difference_update(touched)

    # --- one mutation --------------------------------------------------------------------------

    def _apply(self, m: Mutation) -> _Outcome:
        if m.name == RESOLVE:
            return self._resolve(m)
        spec = ENTITIES.get(m.entity)
        if spec is None:
            raise Rejected(ErrorCode.UNKNOWN_ENTITY, f"unknown kind of record: {m.entity!r}")
        name = m.name if m.name.__class__ is MutationName else MutationName(m.name)
        creating = name is MutationName.CREATE
        fields = dict(m.fields) if name is not MutationName.DELETE else {}
        problem = fields_problem(spec, fields, creating=creating)
        if problem:
            raise Rejected(ErrorCode.INVALID_FIELDS, problem)
        missing = missing_required(spec, fields, creating=creating)
        if missing:
            raise Rejected(ErrorCode.MISSING_FIELDS, f"required fields missing: {', '.join(missing)}")
        # The fields as sent, unless a merged company's id was replaced by the one it went into.
        rewritten = self._follow_company_redirect(fields)

        state = self.batch.get(spec.name, m.record_id)
        redirected_to = None
        if state is not None and state.merged_into:
            redirected_to = state.merged_into
            state = self.batch.get(spec.name, state.merged_into)
        refusal = write_refusal(self.caller, spec, name.value, state, fields)
        if refusal:
            raise Rejected(*refusal)
        if state is not None and not self.scope.can_read(state):
            raise Rejected(ErrorCode.NOT_OWNER, f"this {spec.name} belongs to another user")
        self._check_references(spec, fields)
        if spec.receivers:
            self._check_receivers(spec, fields, state)
        parent = self._attached_to(spec, name, fields, state) if spec.policy is Policy.ATTACHED else None

        if creating:
            outcome = self._create(spec, m, fields, state, parent)
        elif name is MutationName.UPDATE:
            outcome = self._update(spec, m, fields, state)
        else:
            outcome = self._delete(spec, state)
        if redirected_to and outcome.redirected_to is None:
            outcome.redirected_to = redirected_to
        if rewritten or outcome.redirected_to:
            outcome.exact = False
        return outcome

    def _create(self, spec: EntitySpec, m: Mutation, fields: dict[str, Any],
                state: RecordState | None, parent: RecordState | None = None) -> _Outcome:
        redirected_to = None
        orgnr = fields.get("orgnr") if spec.name == COMPANY else None
        if state is None and orgnr:
            holder = self.batch.by_orgnr(orgnr)
            if holder is not None and holder.record_id != m.record_id:
                # The same company created on two devices with different ids: the one that
                # arrived first stays, this one becomes a pointer to it.
                if holder.deleted:
                    raise Rejected(ErrorCode.RECORD_DELETED,
                                   f"the company with orgnr {orgnr} was deleted on the server")
                self._add(spec, m.record_id, {}, deleted=True, merged_into=holder.record_id)
                redirected_to = holder.record_id
                state = holder
        if state is None and parent is not None:
            # Seen by exactly whom the parent is seen by: its organisation (a company, shared by
            # all, lends none: the file stays in the attaching user's) and its owner.
            new = self._add(spec, m.record_id, fields, owner_id=parent.owner_id, org_id=parent.org_id)
            return _Outcome(version=new.version, exact=True)
        if state is None:
            new = self._add(spec, m.record_id, fields,
                            owner_id=fields.get(spec.owner_field) if spec.owner_field else None)
            if orgnr:
                self.batch.set_orgnr(new, orgnr)
            return _Outcome(version=new.version, exact=True)
        if state.deleted:
            raise Rejected(ErrorCode.RECORD_DELETED, f"this {spec.name} was deleted and stays deleted")
        if spec.policy in (Policy.OWNED, Policy.ATTACHED):
            # Insert-if-absent: a second create of the author's own record changes nothing.
            return _Outcome(version=state.version, redirected_to=redirected_to)
        changed, conflicts = merge_second_create(state, fields, self.client_id, self.caller.user_id,
                                                 spec.facts)
        self._changed(spec, state, changed)
        # Its version is the one the record was made at, not its newest: this laptop's edits that
        # follow take it as their base, so they meet what others changed since as conflicts.
        return _Outcome(version=creation_version(state), redirected_to=redirected_to,
                        conflicts=[self._record_conflict(state, c) for c in conflicts])

    def _update(self, spec: EntitySpec, m: Mutation, fields: dict[str, Any],
                state: RecordState | None) -> _Outcome:
        if state is None:
            raise Rejected(ErrorCode.UNKNOWN_RECORD, f"the server has no {spec.name} {m.record_id}")
        if state.deleted:
            raise Rejected(ErrorCode.RECORD_DELETED, f"this {spec.name} was deleted and stays deleted")
        if spec.name == COMPANY and "orgnr" in fields and fields["orgnr"] != state.orgnr:
            holder = self.batch.by_orgnr(fields["orgnr"]) if fields["orgnr"] else None
            if holder is not None and holder is not state:
                raise Rejected(ErrorCode.INVALID_FIELDS,
                               f"orgnr {fields['orgnr']} already belongs to company {holder.record_id}")
        based_on = state.version
        outcome = self._merge(spec, state, fields, m.base_version, force=spec.policy is Policy.OWNED)
        # Based on the version the server held: the record is that version and these fields,
        # as on the laptop. (Based on an older one, others' changes came in between.)
        outcome.exact = m.base_version == based_on and not outcome.conflicts
        return outcome

    def _delete(self, spec: EntitySpec, state: RecordState | None) -> _Outcome:
        if state is None:
            raise Rejected(ErrorCode.UNKNOWN_RECORD, f"the server has no such {spec.name}")
        if not state.deleted:
            state.deleted = True
            state.version += 1
            self._stamp(state)
            if spec.policy is Policy.ATTACHED:
                self.released.update(attachment_hashes(state.fields))
            elif spec.name in ATTACHMENT_PARENTS:
                self._delete_attachments_of(spec.name, state.record_id)
        return _Outcome(version=state.version)

    # --- attachments ---------------------------------------------------------------------------

    def _attached_to(self, spec: EntitySpec, name: MutationName, fields: dict[str, Any],
                     state: RecordState | None) -> RecordState | None:
        """The parent record of an attachment being written, checked: it exists in the caller's
        sight, is live for a new attachment, and the caller may write it. An update may change
        only what is not fixed (the caption)."""
        assert spec.parent is not None
        kind_field, id_field = spec.parent
        if state is not None:
            fixed = [f for f in spec.immutable if f in fields and fields[f] != state.fields.get(f)]
            if fixed:
                raise Rejected(ErrorCode.INVALID_FIELDS,
                               f"{', '.join(fixed)} of an attachment cannot be changed: attach the "
                               f"file again")
            source = state.fields
        elif name is MutationName.CREATE:
            if fields.get("author_id") != self.caller.user_id:
                raise Rejected(ErrorCode.NOT_OWNER, "author_id must be your own user id")
            source = fields
        else:
            return None  # no such attachment: _update/_delete say so
        kind, parent_id = str(source.get(kind_field)), str(source.get(id_field))
        # The contract's vocabulary was checked on create; a stored one is the checked one.
        parent = self.batch.get(kind, parent_id) if kind in ATTACHMENT_PARENTS else None
        if parent is not None and parent.merged_into:
            parent = self.batch.get(kind, parent.merged_into)
            if parent is not None and state is None:
                fields[id_field] = parent.record_id
        # Named alike whether absent or out of sight, so as not to tell what others hold.
        if parent is None or not self.scope.can_read(parent):
            raise Rejected(ErrorCode.UNKNOWN_REFERENCE,
                           f"{id_field} names a {kind} the server does not have: {parent_id}")
        if parent.deleted and state is None:
            # Above all after an erasure (GDPR): a file must not bring a deleted record back.
            raise Rejected(ErrorCode.RECORD_DELETED, f"the {kind} this file belongs to was deleted")
        refusal = write_refusal(self.caller, ENTITIES[kind], "update", parent, {})
        if refusal:
            raise Rejected(*refusal)
        return parent

    def _delete_attachments_of(self, entity: str, record_id: str) -> None:
        """Tombstone the live attachments of a deleted record in the same transaction (an erased
        contact or visit takes its photos along to every laptop), and remember their files for
        the server to delete once no live attachment names them."""
        keys = attachments_of(self.session, entity, record_id)
        for key in keys:
            attachment = self.batch.get(*key)
            if attachment is None or attachment.deleted:
                continue
            attachment.deleted = True
            attachment.version += 1
            self._stamp(attachment)
            self._inexact.add(key)
            self.released.update(attachment_hashes(attachment.fields))

    def _merge(self, spec: EntitySpec, state: RecordState, fields: dict[str, Any],
               base_version: int | None, *, force: bool = False) -> _Outcome:
        changed, conflicts = merge_fields(state, fields, base_version, self.client_id,
                                          self.caller.user_id, force=force)
        self._changed(spec, state, changed)
        infos = [self._record_conflict(state, c) for c in conflicts]
        return _Outcome(version=state.version, conflicts=infos)

    def _changed(self, spec: EntitySpec, state: RecordState, changed: list[str]) -> None:
        if changed:
            if spec.name == COMPANY and "orgnr" in changed:
                self.batch.set_orgnr(state, state.fields.get("orgnr"))
            self._stamp(state)

    # --- conflicts -----------------------------------------------------------------------------

    def _record_conflict(self, state: RecordState, c: FieldConflict) -> ConflictInfo:
        info = ConflictInfo(
            id=uuid7(), entity=state.entity, record_id=state.record_id, field=c.field,
            kept_value=c.kept_value, lost_value=c.lost_value, kept_by=c.kept_by,
            lost_by=self.caller.user_id, created_at=self.now,
        )
        body = json.loads(info.model_dump_json(exclude={"id"}))
        self._add(ENTITIES_CONFLICT, info.id, body, org_id=self.caller.org_id)
        return info

    def _resolve(self, m: Mutation) -> _Outcome:
        if m.entity != CONFLICT:
            raise Rejected(ErrorCode.INVALID_FIELDS, "resolve applies to entity 'conflict' only")
        choice = m.fields.get("choice")
        if choice not in RESOLUTIONS:
            raise Rejected(ErrorCode.INVALID_FIELDS, f"choice must be one of {', '.join(RESOLUTIONS)}")
        if choice == "edited" and "value" not in m.fields:
            raise Rejected(ErrorCode.MISSING_FIELDS, "an edited resolution needs a value")
        conflict = self.batch.get(CONFLICT, m.record_id)
        if conflict is None or conflict.org_id != self.caller.org_id:
            raise Rejected(ErrorCode.UNKNOWN_RECORD, "no such conflict in your organisation")
        if conflict.fields.get("resolved_at"):
            return _Outcome(version=conflict.version)  # resolved already: the first answer stands
        entity, record_id, name = (conflict.fields[k] for k in ("entity", "record_id", "field"))
        spec = ENTITIES[entity]
        target = self.batch.get(entity, record_id)
        value = {"mine": conflict.fields.get("lost_value"), "edited": m.fields.get("value")}.get(choice)
        if choice != "theirs" and target is not None and not target.deleted:
            refusal = write_refusal(self.caller, spec, "update", target, {name: value})
            if refusal:
                raise Rejected(*refusal)
            problem = fields_problem(spec, {name: value}, creating=False)
            if problem:
                raise Rejected(ErrorCode.INVALID_FIELDS, problem)
            self._check_references(spec, {name: value})
            self._check_receivers(spec, {name: value}, target)
            if missing_required(spec, {name: value}, creating=False):
                raise Rejected(ErrorCode.MISSING_FIELDS, f"{name} is required and cannot be emptied")
            self._merge(spec, target, {name: value}, None, force=True)
        conflict.fields.update(resolved_at=iso(self.now), resolution=choice)
        conflict.version += 1
        self._stamp(conflict)
        return _Outcome(version=conflict.version)

    # --- helpers -------------------------------------------------------------------------------

    def _check_references(self, spec: EntitySpec, fields: dict[str, Any]) -> None:
        """Refuse a value naming a record this server does not hold, or holds for another
        organisation (named alike, so as not to tell what another organisation has). A record
        made earlier in the same push counts: the app queues a company's create before the
        visit on it. A tombstone counts too: what was recorded about it offline still happened."""
        org_id = self.caller.org_id
        for name, target in spec.references:
            value = fields.get(name)
            if not isinstance(value, str) or not value:
                continue
            record = self.batch.get(target, value)
            if record is None or (record.org_id is not None and record.org_id != org_id):
                raise Rejected(ErrorCode.UNKNOWN_REFERENCE,
                               f"{name} names a {target} the server does not have: {value}")

    def _check_receivers(self, spec: EntitySpec, fields: dict[str, Any], state: RecordState | None) -> None:
        """Refuse giving the record to a deactivated user (a hunter who has left): a new record
        for them, or a record moved to them. What is theirs already is left as it is."""
        for name in spec.receivers:
            value = fields.get(name)
            if not isinstance(value, str) or not value:
                continue
            if state is not None and not state.deleted and state.fields.get(name) == value:
                continue
            user = self.batch.get(USER, value)
            if user is not None and user_is_deactivated(user.fields):
                who = user.fields.get("name") or value
                raise Rejected(ErrorCode.INVALID_FIELDS,
                               f"{name}: {who} has been deactivated (has left) and cannot be given work")

    def _follow_company_redirect(self, fields: dict[str, Any]) -> bool:
        """Point `company_id` at the company a merged one went into; whether it was changed."""
        company_id = fields.get("company_id")
        if isinstance(company_id, str):
            company = self.batch.get(COMPANY, company_id)
            if company is not None and company.merged_into:
                fields["company_id"] = company.merged_into
                return company.merged_into != company_id
        return False

    def _add(self, spec: EntitySpec, record_id: str, fields: dict[str, Any], *,
             owner_id: str | None = None, org_id: str | None = None, deleted: bool = False,
             merged_into: str | None = None) -> RecordState:
        if org_id is None and spec.name != COMPANY:
            org_id = self.caller.org_id
        return self.batch.add(RecordState(
            entity=spec.name, record_id=record_id, version=1, org_id=org_id, owner_id=owner_id,
            _fields=fields, _field_meta=self._new_meta, created_at=self.now, updated_at=self.now,
            deleted=deleted, merged_into=merged_into, updated_by=self.caller.user_id,
        ))

    def _stamp(self, state: RecordState) -> None:
        state.updated_at = self.now
        state.updated_by = self.caller.user_id
        self.batch.touch(state)

