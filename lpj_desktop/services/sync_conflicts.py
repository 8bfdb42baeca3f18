"""Conflicts the server recorded (the same shared field edited to different values on two sides):
listing them with both values side by side, and resolving them.

"Mine" and "theirs" are seen from the local user: mine is the value this user wrote. When the
user wrote neither (staff looking at two hunters' edits), "mine" means the value that lost, as
it does on the server.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.services import changes
from lpj_desktop.services.sync_records import RecordRef, describe, record_of
from lpj_desktop.store.base import utcnow
from lpj_desktop.store.models import SyncConflict, User
from lpj_desktop.sync_client.records import column_values
from sync.entities import ENTITIES
from sync.kernel.wire import to_wire

CHOICES = ("mine", "theirs", "edited")


class ConflictProblem(Exception):
    """A resolution that cannot be made; `key` names the problem for the UI."""

    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


@dataclass(frozen=True, slots=True)
class ConflictView:
    id: str
    record: RecordRef
    field: str
    mine: Any  # wire values (JSON): what the UI shows
    theirs: Any
    base: Any
    mine_by: str | None  # user names (or None when unknown)
    theirs_by: str | None
    stored_is_mine: bool  # the record holds my value now (mine arrived first at the server)
    created_at: datetime
    local_choice: str | None  # resolved here, waiting to be sent / confirmed


def _user_name(session: Session, user_id: str | None) -> str | None:
    if not user_id:
        return None
    user = session.get(User, user_id)
    return user.name if user is not None else None


def _sides(conflict: SyncConflict, user_id: str | None) -> tuple[bool, Any, Any, str | None, str | None]:
    """(stored_is_mine, mine, theirs, mine_by id, theirs_by id)."""
    if user_id is not None and conflict.kept_by == user_id and conflict.lost_by != user_id:
        return True, conflict.kept_value, conflict.lost_value, conflict.kept_by, conflict.lost_by
    return False, conflict.lost_value, conflict.kept_value, conflict.lost_by, conflict.kept_by


def view_of(session: Session, conflict: SyncConflict, user_id: str | None) -> ConflictView:
    stored_is_mine, mine, theirs, mine_by, theirs_by = _sides(conflict, user_id)
    return ConflictView(
        id=conflict.id, record=describe(session, conflict.entity, conflict.record_id),
        field=conflict.field, mine=mine, theirs=theirs, base=conflict.base_value,
        mine_by=_user_name(session, mine_by), theirs_by=_user_name(session, theirs_by),
        stored_is_mine=stored_is_mine, created_at=conflict.created_at,
        local_choice=conflict.local_choice,
    )


def open_conflicts(session: Session, user_id: str | None, *,
                   include_chosen: bool = False) -> list[ConflictView]:
    """Unresolved conflicts, oldest first. Those resolved here and waiting for the server are
    left out unless `include_chosen`."""
    query = select(SyncConflict).where(SyncConflict.resolved_at.is_(None))
    if not include_chosen:
        query = query.where(SyncConflict.local_choice.is_(None))
    rows = session.scalars(query.order_by(SyncConflict.created_at, SyncConflict.id))
    return [view_of(session, c, user_id) for c in rows]


def resolve_conflict(session: Session, conflict_id: str, choice: str, value: Any = None, *,
                     user_id: str | None = None) -> ConflictView:
    """Resolve a conflict: keep my value, keep theirs, or an edited `value` (a column value, e.g.
    a list of trades). Writes the value to the local record and queues a "resolve" mutation, in
    the caller's transaction. Raises ConflictProblem ("unknown", "resolved", "choice",
    "value_missing")."""
    if choice not in CHOICES:
        raise ConflictProblem("choice")
    conflict = session.get(SyncConflict, conflict_id)
    if conflict is None:
        raise ConflictProblem("unknown")
    if conflict.resolved_at is not None or conflict.local_choice is not None:
        raise ConflictProblem("resolved")
    stored_is_mine, mine, theirs, _m, _t = _sides(conflict, user_id)
    if choice == "edited":
        wire_value = to_wire(value)
        spec = ENTITIES.get(conflict.entity)
        empty = wire_value is None or (isinstance(wire_value, str) and not wire_value.strip())
        if spec is not None and conflict.field in spec.required and empty:
            raise ConflictProblem("value_missing")
        server_choice = "edited"
    else:
        wire_value = mine if choice == "mine" else theirs
        # The server's words: "mine" = the value that lost, "theirs" = the value kept.
        kept_chosen = (choice == "mine") == stored_is_mine
        server_choice = "theirs" if kept_chosen else "mine"
    record = record_of(session, conflict.entity, conflict.record_id)
    if record is not None and record.deleted_at is None:
        for name, column_value in column_values(conflict.entity, {conflict.field: wire_value}).items():
            setattr(record, name, column_value)
        record.updated_at = utcnow()
    changes.resolve(session, conflict.id, server_choice, wire_value if server_choice == "edited" else None)
    conflict.local_choice = choice
    session.flush()
    return view_of(session, conflict, user_id)
