"""Keeping the stored push results from growing without end.

Each applied mutation's result is stored so that a push sent again is answered from storage.
A client sends a mutation again only until it has an answer, so old results are never asked for
in practice; a replay of a pruned one is still answered ("applied earlier; the stored result is
no longer kept"), only without its original details.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete

from sync.server.db import Database
from sync.server.models import AppliedMutation


def prune_results(db: Database, older_than: timedelta, now: datetime | None = None) -> int:
    """Delete stored results made before `now - older_than`; returns how many went."""
    if older_than < timedelta(days=1):
        raise ValueError("keep stored results at least one day")
    cutoff = (now or datetime.now(UTC)) - older_than
    with db.writer(sequenced=False) as session:
        result = session.execute(delete(AppliedMutation).where(AppliedMutation.created_at < cutoff))
        return int(result.rowcount or 0)  # type: ignore[attr-defined]
