"""Housekeeping of the local store that should not happen while the user waits."""

from __future__ import annotations

from sqlalchemy import text

from lpj_desktop.store.database import Store


def checkpoint(store: Store) -> tuple[int, int]:
    """Copy the WAL back into the database file now (PASSIVE: never blocks anyone).

    SQLite otherwise does it inside whichever commit crosses 1000 WAL pages, which makes that one
    save tens of milliseconds slower; done after the user's save, the next saves stay quick.
    Returns (pages in the WAL, pages checkpointed).
    """
    with store.engine.connect() as conn:
        row = conn.execute(text("PRAGMA wal_checkpoint(PASSIVE)")).one()
    return int(row[1]), int(row[2])
