"""The `sync_state` key/value rows: cursor, epoch, times, last error, mutation base."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.store.base import utcnow
from lpj_desktop.store.models import OutboxMutation, SyncStateEntry
from lpj_desktop.store.models.local import OutboxState
from sync.client.api import STATE_MUTATION_BASE


def get_state(session: Session, key: str) -> str | None:
    entry = session.get(SyncStateEntry, key)
    return entry.value if entry is not None else None


def set_state(session: Session, key: str, value: str | None) -> None:
    """Write one key. Written first in a transaction, it also takes SQLite's write lock at once,
    so nothing else writes between what the transaction reads and what it writes."""
    entry = session.get(SyncStateEntry, key)
    if entry is None:
        session.add(SyncStateEntry(key=key, value=value))
    else:
        entry.value = value
    session.flush()


def all_state(session: Session) -> dict[str, str | None]:
    return {e.key: e.value for e in session.scalars(select(SyncStateEntry))}


def now_text() -> str:
    return utcnow().isoformat().replace("+00:00", "Z")


def mutation_base(session: Session) -> int:
    """Outbox row id minus this is the mutation id the server sees (see STATE_MUTATION_BASE)."""
    return int(get_state(session, STATE_MUTATION_BASE) or 0)


def acknowledged_through(session: Session) -> int:
    """The highest mutation id (as the server counts them) the server has answered for, 0 for
    none. The server answers a client's mutations in order, so every id below it was answered
    too, and the server holds them all, unless it lost them."""
    # By row id from the top: only the few pending rows at the end are passed over.
    highest = session.scalar(select(OutboxMutation.mutation_id)
                             .where(OutboxMutation.state != OutboxState.PENDING)
                             .order_by(OutboxMutation.mutation_id.desc()).limit(1))
    return max(0, (highest or 0) - mutation_base(session))
