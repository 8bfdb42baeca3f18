"""The server applies Enhetsregisteret's update feed; every laptop gets the result by its next pull.

`import_pages` takes feed pages (saved files or fetched from the API: `sync.register_feed`
`read_pages` and `fetch_pages`) and, in ONE write transaction under the write lock:

1. reads each stream's cursor (the last update id applied, in `server_meta`) and checks that the
   pages continue from it without a gap (`sync.register_feed.continuing`); updates at or below
   the cursor are skipped, so a re-run applies nothing twice;
2. applies each new update to the company with its organisation number: register facts only
   (`REGISTER_CHANGE_FIELDS`), never what a hunter entered; a company that goes bankrupt, into
   dissolution or out of the register keeps its record and history and is flagged by its facts;
3. writes a `register_change` record for each name or address change and each new flag (the
   company's timeline), and a follow-up for the company's owner when it stops being active
   ("konkurs registrert 12.11.2026"), in the owner's organisation (none for an owner who has left);
4. numbers every written record like a push does (`RecordBatch.flush`), so pulls carry them;
5. stores the new cursors.

A gap, a malformed page or a wrong value anywhere raises FeedError before the commit: nothing
is applied.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from sync.register_feed import (
    FEED_CLIENT_ID,
    NEW_COMPANY_DEFAULTS,
    STREAMS,
    ChangeType,
    FeedEntry,
    FeedPage,
    FeedRun,
    collector_paused,
    company_id,
    continuing,
    fact_changes,
    facts_after,
    followup_for_owner,
    followup_title,
    newly_inactive,
    record_id,
    timeline_changes,
)
from sync.server.access import COMPANY
from sync.server.db import Database
from sync.server.merge import ALL_FIELDS
from sync.server.models import Record, ServerMeta, User
from sync.server.records import RecordBatch, RecordState, dumps, head_seq

log = logging.getLogger(__name__)

CURSOR_KEY = "register_feed.{stream}.cursor"
_RECORDS = cast(Table, Record.__table__)
_CREATING = (ChangeType.NEW, ChangeType.CHANGED, ChangeType.UNKNOWN)


@dataclass
class FeedReport:
    """What one import did, per stream summed up."""

    cursors: dict[str, tuple[int, int]] = field(default_factory=dict)  # stream: (before, after)
    changes: int = 0  # updates above the cursor, applied or found to change nothing
    replayed: int = 0  # updates at or below the cursor, skipped
    companies_changed: int = 0
    companies_new: int = 0
    unchanged: int = 0
    not_held: int = 0  # updates of units the server does not hold (nor creates)
    tombstoned: int = 0  # updates of companies deleted on the server: they stay deleted
    flagged: int = 0  # companies that stopped being active in the register
    followups: int = 0
    owner_gone: int = 0  # flagged companies whose owner has left: no follow-up made
    timeline: int = 0  # register_change records
    records_written: int = 0
    head_seq: int = 0
    seconds: float = 0.0
    # Seconds per step (lock and check, load, apply, write, commit): where an import's time goes.
    steps: dict[str, float] = field(default_factory=dict)

    def step(self, name: str, since: float) -> float:
        """Note the time since `since` as step `name`; returns now."""
        now = time.perf_counter()
        self.steps[name] = self.steps.get(name, 0.0) + now - since
        return now

    def lines(self) -> list[str]:
        """The report in words, for the admin command."""
        out = [f"{stream}: cursor {before} → {after}" for stream, (before, after) in self.cursors.items()]
        out.append(f"{self.changes} new updates ({self.replayed} seen before, skipped): "
                   f"{self.companies_changed} companies changed, {self.companies_new} new, "
                   f"{self.unchanged} unchanged, {self.not_held} not held, {self.tombstoned} deleted here")
        out.append(f"{self.flagged} flagged inactive, {self.followups} follow-ups for their owners "
                   f"({self.owner_gone} owners have left: none), "
                   f"{self.timeline} timeline lines; {self.records_written} records written "
                   f"in {self.seconds:.2f} s")
        return out


def import_pages(db: Database, pages: Sequence[FeedPage], *, counties: frozenset[str] | None = None,
                 now: datetime | None = None) -> FeedReport:
    """Apply `pages` (one or both streams, each in fetch order) in one transaction; FeedError,
    with nothing applied, for a gap or a bad value. `counties`: units the server does not hold
    yet are added only when their municipality lies in one of these (None: all)."""
    started = time.perf_counter()
    now = now or datetime.now(UTC)
    by_stream: dict[str, list[FeedPage]] = {}
    for page in pages:
        by_stream.setdefault(page.stream, []).append(page)
    report = FeedReport()
    with collector_paused(), db.writer() as session:
        runs = [continuing(stream_pages, _cursor(session, stream))
                for stream, stream_pages in by_stream.items()]
        mark = report.step("lock and check", started)
        applier = _Applier(session, now, counties, report)
        lines_head = applier.apply(runs)
        mark = time.perf_counter()
        report.head_seq = (applier.batch.flush(after=lines_head) if applier.batch.touched_count()
                           else lines_head)
        for run in runs:
            report.cursors[run.stream] = (run.cursor_before, run.last_id)
            report.changes += len(run.entries)
            report.replayed += run.replayed
            if run.last_id != run.cursor_before:
                session.merge(ServerMeta(key=CURSOR_KEY.format(stream=run.stream), value=str(run.last_id)))
        mark = report.step("write", mark)
    report.step("commit", mark)
    report.seconds = time.perf_counter() - started
    return report


def read_cursor(db: Database, stream: str) -> int:
    """The last update id of `stream` applied (0: none yet)."""
    with db.reader() as session:
        return _cursor(session, stream)


def _cursor(session: Session, stream: str) -> int:
    value = session.scalar(select(ServerMeta.value).where(ServerMeta.key == CURSOR_KEY.format(stream=stream)))
    return int(value) if value else 0


class _Applier:
    """The updates of one import applied to a RecordBatch in memory, in feed order."""

    def __init__(self, session: Session, now: datetime, counties: frozenset[str] | None,
                 report: FeedReport) -> None:
        self.session = session
        self.now = now
        self.counties = counties
        self.report = report
        self.batch = RecordBatch(session)
        self._touched_companies: set[str] = set()
        self._followups: list[tuple[RecordState, str, FeedEntry, str, str]] = []
        self._lines: _Lines

    def apply(self, runs: list[FeedRun]) -> int:
        """Work out every update; the timeline lines are written as they come (see _Lines), the
        rest stays in the batch for `flush`. Returns the highest sequence number written."""
        mark = time.perf_counter()
        self.batch.load([], {e.orgnr for run in runs for e in run.entries})
        # A unit not found by its number may still be here as a tombstone under the id its number
        # gives (a deleted company lets go of its number): looked up before anything is made.
        self.batch.load([(COMPANY, company_id(e.orgnr)) for run in runs for e in run.entries
                         if self.batch.by_orgnr(e.orgnr) is None])
        mark = self.report.step("load", mark)
        with _Lines(self.session, self.now) as self._lines:
            for run in runs:
                subunit = STREAMS[run.stream][2]
                for entry in run.entries:
                    self._one(run.stream, entry, subunit)
        self.report.companies_changed = len(self._touched_companies)
        self._add_followups()
        self.report.records_written = self.batch.touched_count() + self._lines.written
        self.report.step("apply", mark)
        return self._lines.last_seq

    def _one(self, stream: str, entry: FeedEntry, subunit: bool) -> None:
        state = self.batch.by_orgnr(entry.orgnr)
        if state is None:
            state = self.batch.get(COMPANY, company_id(entry.orgnr))
            if state is not None:
                self.report.tombstoned += 1  # deleted here: a tombstone never comes back
                return
            self._maybe_new(entry, subunit)
            return
        if state.deleted or state.merged_into:
            self.report.tombstoned += 1
            return
        fields = state.fields
        diff = fact_changes(fields, entry, subunit or bool(fields.get("is_subunit")))
        if not diff:
            self.report.unchanged += 1
            return
        # Read from the facts as they were, before the change is written into them.
        self._timeline(stream, entry, state.record_id, fields, diff)
        inactive = newly_inactive(fields, diff)
        fields.update(diff)
        state.version += 1
        meta = state.field_meta
        stamp = [state.version, FEED_CLIENT_ID, None]
        for name in diff:
            meta[name] = stamp
        self._stamp(state)
        self._touched_companies.add(state.record_id)
        if inactive is not None:
            self.report.flagged += 1
            owner = fields.get("owner_id")
            if isinstance(owner, str) and owner:
                self._followups.append((state, owner, entry, stream, followup_title(inactive[1], entry.day)))

    def _maybe_new(self, entry: FeedEntry, subunit: bool) -> None:
        """A unit the server does not hold: added when the update carries it whole (a new unit,
        or a patch of the whole unit) and it lies in the chosen counties. A change to a unit
        nobody here follows says too little to make a company of."""
        whole = entry.change is ChangeType.NEW or any(op.get("path") == "" for op in entry.patch or ())
        if entry.change not in _CREATING or not entry.patch or not whole:
            self.report.not_held += 1
            return
        facts = facts_after(None, entry, subunit)
        outside = self.counties is not None and facts.get("county_number") not in self.counties
        if not facts.get("name") or outside:
            self.report.not_held += 1
            return
        fields: dict[str, Any] = {"orgnr": entry.orgnr, **NEW_COMPANY_DEFAULTS, **facts}
        state = self._add(COMPANY, company_id(entry.orgnr), fields, org_id=None)
        self.batch.set_orgnr(state, entry.orgnr)
        self.report.companies_new += 1

    def _timeline(self, stream: str, entry: FeedEntry, company: str, before: dict[str, Any],
                  changes: dict[str, Any]) -> None:
        lines = timeline_changes(before, changes)
        when = entry.at.isoformat().replace("+00:00", "Z") if lines else ""
        for change in lines:
            self._lines.add(record_id(stream, entry, change.kind), {
                "company_id": company, "update_id": entry.update_id,
                "occurred_at": when, "kind": change.kind.value,
                "old_value": change.old, "new_value": change.new,
            })
            self.report.timeline += 1

    def _add_followups(self) -> None:
        """A follow-up for each flagged company's owner, in the owner's organisation. An owner
        the server does not know (a stand-in id from before a laptop's first login) gets none."""
        if not self._followups:
            return
        owners = {owner for _, owner, _, _, _ in self._followups}
        found = self.session.execute(
            select(User.id, User.organisation_id, User.active).where(User.id.in_(owners))).all()
        orgs = {user_id: org for user_id, org, _active in found}
        left = {user_id for user_id, _org, active in found if not active}
        ids = [record_id(stream, entry, "followup") for _, _, entry, stream, _ in self._followups]
        self.batch.load([("followup", i) for i in ids])
        for (state, owner, entry, _stream, title), followup_id in zip(self._followups, ids, strict=True):
            org = orgs.get(owner)
            if org is None:
                log.warning("register feed: owner %s of company %s is no user here; no follow-up",
                            owner, state.record_id)
                continue
            if followup_for_owner(owner, owner in left) is None:
                self.report.owner_gone += 1
                continue
            if self.batch.get("followup", followup_id) is not None:
                continue  # made already (a laptop that applied the same feed file sent it)
            self._add("followup", followup_id, {
                "company_id": state.record_id, "assignee_id": owner, "title": title,
                "kind": "other", "due_on": entry.day.isoformat(), "status": "open",
                "notes": f"Enhetsregisteret, oppdatering {entry.update_id} ({entry.change.value})",
            }, org_id=org)
            self.report.followups += 1

    def _add(self, entity: str, rid: str, fields: dict[str, Any], *, org_id: str | None) -> RecordState:
        return self.batch.add(RecordState(
            entity=entity, record_id=rid, version=1, org_id=org_id, owner_id=None, _fields=fields,
            _field_meta={ALL_FIELDS: [1, FEED_CLIENT_ID, None]}, created_at=self.now,
            updated_at=self.now, updated_by=None))

    def _stamp(self, state: RecordState) -> None:
        state.updated_at = self.now
        state.updated_by = None
        self.batch.touch(state)


_LINE_COLUMNS = ("seq", "entity", "record_id", "version", "org_id", "owner_id", "orgnr", "deleted",
                 "merged_into", "fields", "field_meta", "created_at", "updated_at", "updated_by")


class _Lines:
    """The register_change records (timeline lines) of one import, written as they are made.

    A line is final when it is made (nothing later changes it), so on PostgreSQL it goes into
    a COPY that stays open while the updates are worked out: the database stores the lines on
    its own core while this process works out the next updates, instead of both in turn (half
    the records of an import are lines). Numbered from the head read under the write lock;
    the batch's records are numbered after them. On SQLite they are inserted at the end.
    """

    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.last_seq = head_seq(session)
        self.written = 0
        self._now = now
        # COPY takes naive UTC; the ORM's column type takes aware times.
        self._naive = now.astimezone(UTC).replace(tzinfo=None)
        self._meta = dumps({ALL_FIELDS: [1, FEED_CLIENT_ID, None]})
        self._rows: list[dict[str, Any]] = []
        self._pg = session.get_bind().dialect.name == "postgresql"
        self._copy: Any = None
        self._copy_cm: Any = None
        self._cursor: Any = None

    def __enter__(self) -> _Lines:
        if self._pg:
            self._cursor = self.session.connection().connection.dbapi_connection.cursor()  # type: ignore[union-attr]
            self._copy_cm = self._cursor.copy(f"COPY records ({', '.join(_LINE_COLUMNS)}) FROM STDIN")
            self._copy = self._copy_cm.__enter__()
        return self

    def add(self, record_id: str, fields: dict[str, Any]) -> None:
        """Write one new line (fields as the contract has them)."""
        self.last_seq += 1
        self.written += 1
        row = (self.last_seq, "register_change", record_id, 1, None, None, None, False, None,
               dumps(fields), self._meta, self._naive, self._naive, None)
        if self._copy is not None:
            self._copy.write_row(row)
        else:
            self._rows.append({**dict(zip(_LINE_COLUMNS, row, strict=True)),
                               "created_at": self._now, "updated_at": self._now})

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 tb: Any) -> None:
        try:
            if self._copy_cm is not None:
                # An error ends the COPY with a failure (psycopg sends CopyFail): nothing stays.
                self._copy_cm.__exit__(kind, error, tb)
            elif kind is None and self._rows:
                self.session.execute(insert(_RECORDS), self._rows)
        finally:
            if self._cursor is not None:
                self._cursor.close()
