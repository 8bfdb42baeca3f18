"""Running a use case in a transaction of its own: the one way views and CLI commands reach the
store. They name the service function and its arguments; the function gets the session.

    rows = read(store, search_companies_after, query, None, limit=PAGE)
    write(store, set_profile, display_name=name, organisation=org, team=team)

`read` commits nothing; `write` commits at the end of the call (rolls back on an error);
`quick_write` is `write` for the UI thread: it raises StoreBusy instead of waiting long for the
sync's write lock (lpj_desktop/ui/store_writes.py retries it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from lpj_desktop.store.database import Store

P = ParamSpec("P")
R = TypeVar("R")


def read(store: Store, fn: Callable[Concatenate[Session, P], R], /,
         *args: P.args, **kwargs: P.kwargs) -> R:
    """`fn(session, *args, **kwargs)` in a read-only session."""
    with store.reader() as session:
        return fn(session, *args, **kwargs)


def write(store: Store, fn: Callable[Concatenate[Session, P], R], /,
          *args: P.args, **kwargs: P.kwargs) -> R:
    """`fn(session, *args, **kwargs)` in a transaction that commits when it returns."""
    with store.session() as session:
        return fn(session, *args, **kwargs)


def quick_write(store: Store, fn: Callable[Concatenate[Session, P], R], /,
                *args: P.args, **kwargs: P.kwargs) -> R:
    """`write` for the UI thread: StoreBusy when the write lock is held for long."""
    with store.quick_session() as session:
        return fn(session, *args, **kwargs)
