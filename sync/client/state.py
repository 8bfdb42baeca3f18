"""The `sync_state` key/value rows: cursor, epoch, times, last error, mutation base."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from lpj_desktop.store.base import utcnow
from lpj_desktop.store.models import SyncStateEntry
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
