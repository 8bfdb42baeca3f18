"""What the status bar says about sync: a snapshot of the local bookkeeping (no network)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lpj_desktop.store.models import LocalProfile, OutboxMutation, SyncConflict, SyncStateEntry
from lpj_desktop.store.models.local import OutboxState
from lpj_desktop.sync_client.api import (
    STATE_LAST_ATTEMPT,
    STATE_LAST_ERROR,
    STATE_LAST_ERROR_KIND,
    STATE_LAST_SUCCESS,
)
from sync.kernel.wire import parse_datetime


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """Everything the user is told about sync without asking the server."""

    server_url: str | None
    username: str | None
    last_success_at: datetime | None
    last_attempt_at: datetime | None
    last_error: str  # the engine's sentence; empty after a success
    pending: int  # records with changes waiting to be sent
    conflicts: int  # open conflicts (resolved here but not yet confirmed do not count)
    rejected: int  # changes the server refused, waiting for the user
    # The last error as kind + parameters (`lpj_desktop.sync_client.messages`), for words in the
    # UI's language.
    last_error_kind: str | None = None
    last_error_params: dict[str, Any] = field(default_factory=dict)

    @property
    def connected(self) -> bool:
        """True when this store has been logged in to a server (a token may still be missing)."""
        return bool(self.server_url and self.username)


def pending_count(session: Session) -> int:
    """Records changed here and not yet acknowledged by the server (three edits of one company
    are one change waiting, as the user sees it)."""
    # DISTINCT over the two columns (not over a text made of them): SQLite reads them in order
    # from ix_outbox_state_record and counts without a table row or a sort.
    waiting = (select(OutboxMutation.entity, OutboxMutation.record_id)
               .where(OutboxMutation.state == OutboxState.PENDING).distinct().subquery())
    return session.scalar(select(func.count()).select_from(waiting)) or 0


def rejected_count(session: Session) -> int:
    return _count(session, OutboxMutation.state == OutboxState.REJECTED)


def open_conflict_count(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(SyncConflict)
        .where(SyncConflict.resolved_at.is_(None), SyncConflict.local_choice.is_(None))
    ) or 0


def _count(session: Session, condition: object) -> int:
    return session.scalar(select(func.count()).select_from(OutboxMutation).where(condition)) or 0  # type: ignore[arg-type]


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return parse_datetime(value)
    except ValueError:
        return None


def sync_status(session: Session) -> SyncStatus:
    """Read the status: a few indexed counts and the `sync_state` rows (fast on a big store)."""
    state = {e.key: e.value for e in session.scalars(
        select(SyncStateEntry).where(SyncStateEntry.key.in_(
            (STATE_LAST_SUCCESS, STATE_LAST_ATTEMPT, STATE_LAST_ERROR, STATE_LAST_ERROR_KIND))))}
    profile = session.get(LocalProfile, 1)
    kind, params = _error_kind(state.get(STATE_LAST_ERROR_KIND))
    return SyncStatus(
        server_url=profile.server_url if profile else None,
        username=profile.username if profile else None,
        last_success_at=_time(state.get(STATE_LAST_SUCCESS)),
        last_attempt_at=_time(state.get(STATE_LAST_ATTEMPT)),
        last_error=state.get(STATE_LAST_ERROR) or "",
        pending=pending_count(session),
        conflicts=open_conflict_count(session),
        rejected=rejected_count(session),
        last_error_kind=kind,
        last_error_params=params,
    )


def _error_kind(value: str | None) -> tuple[str | None, dict[str, Any]]:
    """The stored {"kind", "params"}; nothing when absent or unreadable (the sentence remains)."""
    if not value:
        return None, {}
    try:
        data = json.loads(value)
        return str(data["kind"]), dict(data.get("params") or {})
    except (ValueError, KeyError, TypeError):
        return None, {}
