"""Pull: the server's changes after our cursor, page by page; each page and its cursor are
written in one transaction, so a cut between pages loses nothing and repeats nothing."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy.orm import Session

from lpj_desktop.services.stage import refresh_stages
from lpj_desktop.store.database import Store
from lpj_desktop.sync_client.api import STATE_CURSOR, STATE_EPOCH, SyncError, SyncPhase, SyncProgress
from lpj_desktop.sync_client.own_seqs import forget_own_seqs, may_skip_own, skip_param
from lpj_desktop.sync_client.records import apply_changes
from lpj_desktop.sync_client.state import acknowledged_through, get_state, set_state, witness_headers
from lpj_desktop.sync_client.transport import Transport
from sync.protocol import DEFAULT_PULL_LIMIT, ErrorCode, PullResponse

log = logging.getLogger(__name__)


class NeedSnapshot(Exception):
    """The cursor is from another epoch or no longer valid: the whole view must be fetched.

    `restored`: the server's history changed under this client (a new epoch, made by the operator
    or by the server itself on finding it holds less than a client has seen), so what it had
    acknowledged may be lost too and must be sent again before the view is taken.
    """

    def __init__(self, *, restored: bool = False) -> None:
        super().__init__("the server's whole view is needed" + (" (it was restored)" if restored else ""))
        self.restored = restored


@dataclass
class PullStats:
    pulled: int = 0
    conflicts: int = 0


@contextmanager
def apply_session(store: Store) -> Iterator[Session]:
    """A transaction for writing what the server sent, with foreign keys not enforced.

    The server's view of a partition may point at records outside it (a follow-up from another
    team's visit), and a page may bring a record before the one it points at; the server keeps
    its own references whole. The connection gets its checks back before it returns to the pool.
    """
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        try:
            with Session(bind=conn, expire_on_commit=False) as session:
                yield session
                session.commit()
        finally:
            conn.rollback()
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


def pull_all(store: Store, transport: Transport, *, limit: int = DEFAULT_PULL_LIMIT,
             progress: Callable[[SyncProgress], None], cancelled: Callable[[], bool],
             stats: PullStats) -> bool:
    """Pull until the server has nothing more. False when cancelled between pages."""
    with store.reader() as s:
        cursor = get_state(s, STATE_CURSOR)
        epoch = get_state(s, STATE_EPOCH)
        acked = acknowledged_through(s)
        shown = witness_headers(s)
    if cursor is None:
        raise NeedSnapshot()
    progress(SyncProgress(SyncPhase.PULLING, 0, None))
    # What the server answered us for goes along: a server restored from an older copy, without
    # a new epoch, learns from it that it lost them (a laptop with nothing to push says so only
    # here) and starts a new epoch.
    params: dict[str, str | int] = {"limit": limit}
    if acked:
        params["acked"] = acked
    # This app's own writes that the server holds as the app has them are left out.
    with store.reader() as s:
        skip = skip_param(s, epoch)
    if skip:
        params["skip"] = skip
    while True:
        try:
            page = transport.get("/sync/pull", PullResponse, params={"cursor": cursor, **params},
                                 headers=shown)
        except SyncError as e:
            if e.code == ErrorCode.EPOCH_CHANGED:
                raise NeedSnapshot(restored=True) from e
            if e.code == ErrorCode.CURSOR_INVALID:
                raise NeedSnapshot() from e
            raise
        if epoch is not None and page.epoch != epoch:
            raise NeedSnapshot(restored=True)
        apply_page(store, page, progress=progress, stats=stats)
        cursor, epoch = page.cursor, page.epoch
        if not page.more:
            return True
        if cancelled():
            return False


def apply_page(store: Store, page: PullResponse, *, progress: Callable[[SyncProgress], None],
               stats: PullStats) -> None:
    """Write one page and its cursor in one transaction (a page of `pull_all`, or the one a push
    brought with it)."""
    with apply_session(store) as s:
        set_state(s, STATE_CURSOR, page.cursor)  # first write: holds the write lock from here
        set_state(s, STATE_EPOCH, page.epoch)
        applied = apply_changes(s, page.changes)
        if applied.companies_touched:
            refresh_stages(s, applied.companies_touched)
        if not page.more:
            forget_own_seqs(s)
    stats.pulled += len(page.changes)
    stats.conflicts += applied.new_conflicts
    progress(SyncProgress(SyncPhase.PULLING, stats.pulled, None))


def pull_with_push(session: Session, limit: int = DEFAULT_PULL_LIMIT) -> dict[str, str | int] | None:
    """The query parameters that ask a push to bring the first page of the pull after it
    (`POST /sync/push?pull=…`), or None when this store has no cursor (it takes a snapshot)."""
    cursor = get_state(session, STATE_CURSOR)
    if cursor is None:
        return None
    epoch = get_state(session, STATE_EPOCH)
    params: dict[str, str | int] = {"pull": cursor, "pull_limit": limit,
                                    "skip_own": int(may_skip_own(session, epoch))}
    skip = skip_param(session, epoch)
    if skip:
        params["skip"] = skip
    return params
