"""The `sync_state` key/value rows: cursor, epoch, times, last error, mutation base."""

from __future__ import annotations

from typing import cast

from sqlalchemy import Table, bindparam, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from lpj_desktop.store.base import utcnow
from lpj_desktop.store.models import OutboxMutation, SyncStateEntry
from lpj_desktop.store.models.local import OutboxState
from lpj_desktop.sync_client.api import STATE_MUTATION_BASE, STATE_WITNESS
from sync.protocol import WITNESS_HEADER

_T = cast(Table, SyncStateEntry.__table__)
# Core statements on the connection, built once: through the ORM (get, then a flush of the unit of
# work) the ten or so keys a sync reads and writes were a quarter of a small sync's own time.
_GET = select(_T.c.value).where(_T.c.key == bindparam("key"))
_SET = (sqlite_insert(_T).values(key=bindparam("key"), value=bindparam("value"))
        .on_conflict_do_update(index_elements=[_T.c.key], set_={"value": bindparam("value")}))


def get_state(session: Session, key: str) -> str | None:
    session.flush()  # one of these added in this session, not yet written, is seen too
    return session.connection().execute(_GET, {"key": key}).scalar_one_or_none()


def set_state(session: Session, key: str, value: str | None) -> None:
    """Write one key. Written first in a transaction, it also takes SQLite's write lock at once,
    so nothing else writes between what the transaction reads and what it writes."""
    session.flush()
    session.connection().execute(_SET, {"key": key, "value": value})
    entry = session.identity_map.get(session.identity_key(SyncStateEntry, key))  # type: ignore[arg-type]
    if entry is not None:  # loaded in this session earlier: keep it true
        session.expire(entry)


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


def witness_headers(session: Session) -> dict[str, str]:
    """The witness of the last push answer, to show with the next push or pull: a server restored
    from an older copy believes only a signed claim that it lost what it had answered."""
    witness = get_state(session, STATE_WITNESS)
    return {WITNESS_HEADER: witness} if witness else {}
