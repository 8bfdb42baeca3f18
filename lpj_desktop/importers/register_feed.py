"""Enhetsregisteret's update feed applied to this laptop's store, for a laptop without a server.

The same files the server imports (saved pages of `/oppdateringer/enheter` and `/underenheter`),
through the same rules (`sync.register_feed`): register facts only, never what a hunter entered;
a bankrupt, dissolving or deleted company keeps its record and history and is flagged; its owner
gets a follow-up; name and address changes become lines of the company's timeline. The cursor
(the last update id applied, per feed) is kept in the store's `sync_state`, so a file applied
twice changes nothing, and a file that does not continue from it is refused.

Everything happens in ONE transaction: a gap, a malformed page or a wrong value anywhere leaves
the store as it was.

What syncs: as with the bulk import, register facts are not queued in the outbox (every replica
applies the register itself, and the server distributes its own import). The follow-ups are the
owner's tasks and are queued like any other follow-up. Timeline lines and follow-ups get the ids
the server gives the same updates (`sync.register_feed.record_id`), so a laptop that later syncs
with a server that applied the same feed ends with one of each.
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.domain import regions
from lpj_desktop.importers.brreg import DEFAULT_COUNTIES
from lpj_desktop.services import changes
from lpj_desktop.store.base import utcnow
from lpj_desktop.store.database import Store
from lpj_desktop.store.models import Company, FollowUp, RegisterChange, SyncStateEntry
from sync.register_feed import (
    NEW_COMPANY_DEFAULTS,
    REGISTER_CHANGE_FIELDS,
    STREAMS,
    ChangeType,
    FeedEntry,
    FeedError,
    FeedPage,
    company_id,
    continuing,
    fact_changes,
    facts_after,
    followup_for_owner,
    followup_title,
    newly_inactive,
    read_pages,
    record_id,
    timeline_changes,
)

__all__ = ["FeedError", "FeedSummary", "apply_feed", "is_feed_path"]

CURSOR_KEY = "register_feed.{stream}.cursor"
_DATES = frozenset({"registered_on", "founded_on", "deregistered_on"})


@dataclass
class FeedSummary:
    """What one application of feed files did."""

    cursors: dict[str, tuple[int, int]] = field(default_factory=dict)  # stream: (before, after)
    changes: int = 0
    replayed: int = 0
    changed: int = 0
    new: int = 0
    unchanged: int = 0
    not_held: int = 0
    flagged: int = 0
    followups: int = 0
    owner_gone: int = 0  # flagged companies whose owner has left: no follow-up made
    timeline: int = 0
    seconds: float = 0.0


_FEED_MARKERS = (b'"oppdaterteEnheter"', b'"oppdaterteUnderenheter"', b"/oppdateringer/enheter",
                 b"/oppdateringer/underenheter")


def is_feed_path(path: Path) -> bool:
    """A folder, or a JSON file whose head shows an update feed page rather than a bulk
    download (a list of units, often more than a gigabyte: only its head is read)."""
    if path.is_dir():
        return True
    if not path.name.endswith((".json", ".json.gz")):
        return False
    try:
        with path.open("rb") as raw:
            magic = raw.read(2)
            raw.seek(0)
            stream = gzip.open(raw) if magic == b"\x1f\x8b" else raw
            head = stream.read(64 * 1024)
    except (OSError, EOFError) as exc:
        raise FeedError(f"{path.name}: not readable ({exc})") from exc
    return head.lstrip().startswith(b"{") and any(marker in head for marker in _FEED_MARKERS)


def apply_feed(store: Store, paths: Sequence[Path], *,
               counties: frozenset[str] | None = DEFAULT_COUNTIES) -> FeedSummary:
    """Apply saved feed pages to the store in one transaction; FeedError (nothing applied) for a
    gap, a malformed page or a bad value. Units not held are added only from `counties`."""
    started = time.perf_counter()
    pages = read_pages(paths)
    summary = FeedSummary()
    with store.session() as session:
        by_stream: dict[str, list[FeedPage]] = {}
        for page in pages:
            by_stream.setdefault(page.stream, []).append(page)
        for stream, stream_pages in by_stream.items():
            run = continuing(stream_pages, _cursor(session, stream))
            subunit = STREAMS[stream][2]
            gone = changes.users_gone(session)
            for entry in run.entries:
                _apply(session, stream, entry, subunit, counties, summary, gone)
            summary.cursors[stream] = (run.cursor_before, run.last_id)
            summary.changes += len(run.entries)
            summary.replayed += run.replayed
            if run.last_id != run.cursor_before:
                session.merge(SyncStateEntry(key=CURSOR_KEY.format(stream=stream), value=str(run.last_id)))
    summary.seconds = time.perf_counter() - started
    return summary


def _cursor(session: Session, stream: str) -> int:
    value = session.scalar(select(SyncStateEntry.value).where(
        SyncStateEntry.key == CURSOR_KEY.format(stream=stream)))
    return int(value) if value else 0


def _facts(company: Company) -> dict[str, Any]:
    """A company's register facts in their wire form (dates as ISO text), as the rule reads them."""
    out: dict[str, Any] = {}
    for name in REGISTER_CHANGE_FIELDS:
        value = getattr(company, name)
        out[name] = value.isoformat() if isinstance(value, date) else value
    return out


def _columns(facts: dict[str, Any]) -> dict[str, Any]:
    return {name: (date.fromisoformat(v) if name in _DATES and isinstance(v, str) else v)
            for name, v in facts.items()}


def _apply(session: Session, stream: str, entry: FeedEntry, subunit: bool,
           counties: frozenset[str] | None, summary: FeedSummary, gone: set[str]) -> None:
    """One feed entry: a held company's facts changed (a timeline line each, and a follow-up for
    its owner if it stopped being active), or a new unit added; `gone`: users who have left."""
    company = session.scalar(select(Company).where(Company.orgnr == entry.orgnr))
    if company is None:
        company = session.get(Company, company_id(entry.orgnr))
    if company is None:
        _maybe_new(session, entry, subunit, counties, summary)
        return
    if company.deleted_at is not None:
        summary.not_held += 1  # a tombstone stays a tombstone
        return
    before = _facts(company)
    diff = fact_changes(before, entry, subunit or bool(company.is_subunit))
    # This laptop knows today's municipality numbers and names (the 2024 split): the register's
    # number is mapped as the bulk import maps it.
    if "municipality_number" in diff:
        place = _place(diff["municipality_number"], diff.get("municipality_name"))
        diff.update({k: v for k, v in place.items() if before.get(k) != v})
    if not diff:
        summary.unchanged += 1
        return
    for name, value in _columns(diff).items():
        setattr(company, name, value)
    # The bulk import's fingerprint no longer matches these facts: the next bulk file rewrites them.
    company.register_hash = None
    company.register_refreshed_at = utcnow()
    summary.changed += 1
    for change in timeline_changes(before, diff):
        rid = record_id(stream, entry, change.kind)
        if session.get(RegisterChange, rid) is None:
            session.add(RegisterChange(id=rid, company_id=company.id, update_id=entry.update_id,
                                       occurred_at=entry.at, kind=change.kind.value,
                                       old_value=change.old, new_value=change.new))
            summary.timeline += 1
    inactive = newly_inactive(before, diff)
    if inactive is None:
        return
    summary.flagged += 1
    if not company.owner_id:
        return
    assignee = followup_for_owner(company.owner_id, company.owner_id in gone)
    if assignee is None:
        summary.owner_gone += 1
    else:
        followup_id = record_id(stream, entry, "followup")
        if session.get(FollowUp, followup_id) is None:
            changes.create(session, FollowUp(
                id=followup_id, company_id=company.id, assignee_id=assignee,
                title=followup_title(inactive[1], entry.day), kind="other", due_on=entry.day,
                status="open",
                notes=f"Enhetsregisteret, oppdatering {entry.update_id} ({entry.change.value})"))
            summary.followups += 1


def _maybe_new(session: Session, entry: FeedEntry, subunit: bool, counties: frozenset[str] | None,
               summary: FeedSummary) -> None:
    """A unit this store does not hold: added from a whole unit (a new one) in the counties kept."""
    whole = entry.change is ChangeType.NEW or any(op.get("path") == "" for op in entry.patch or ())
    if not entry.patch or not whole:
        summary.not_held += 1
        return
    facts = facts_after(None, entry, subunit)
    facts.update(_place(facts.get("municipality_number"), facts.get("municipality_name")))
    if not facts.get("name") or (counties is not None and facts.get("county_number") not in counties):
        summary.not_held += 1
        return
    values = {**NEW_COMPANY_DEFAULTS, **_columns(facts)}
    session.add(Company(id=company_id(entry.orgnr), orgnr=entry.orgnr, register_refreshed_at=utcnow(),
                        **values))
    session.flush()
    summary.new += 1


def _place(number: Any, name: Any) -> dict[str, Any]:
    muni = regions.municipality(number if isinstance(number, str) else None)
    if muni is None:
        return {}
    return {"municipality_number": muni.number, "municipality_name": muni.name,
            "county_number": muni.county_number}
