"""Secondary indexes set aside during a bulk load and put back after it.

A first sync writes a million visits whose index keys (company, hunter) arrive in random order,
and companies with nine indexes each: kept current row by row, those indexes cost half the sync
in page misses and WAL writes, while building them afterwards sorts once. The models are the
recipe, so an index dropped by a load that was killed midway comes back when the store is next
opened.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from sqlalchemy import Connection, Index

import lpj_desktop.store.models  # noqa: F401 — every table's indexes in the metadata
from lpj_desktop.store.base import Base

log = logging.getLogger(__name__)


def _model_indexes(table: str | None = None) -> list[Index]:
    tables = Base.metadata.sorted_tables if table is None else [Base.metadata.tables[table]]
    return [ix for t in tables for ix in sorted(t.indexes, key=lambda ix: str(ix.name))]


def _present(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")
    return {name for (name,) in rows}


def drop_secondary_indexes(conn: Connection, table: str, names: Iterable[str] | None = None) -> list[str]:
    """Drop `table`'s non-unique model indexes (those of `names` only, if given) in the caller's
    transaction; the names of those dropped."""
    present = _present(conn)
    wanted = None if names is None else set(names)
    dropped = []
    for index in _model_indexes(table):
        if not index.unique and index.name in present and (wanted is None or index.name in wanted):
            conn.exec_driver_sql(f'DROP INDEX "{index.name}"')
            dropped.append(str(index.name))
    return dropped


def ensure_indexes(conn: Connection, *, between: Callable[[], object] | None = None) -> list[str]:
    """Create every model index the store lacks (in the caller's transaction, `between` called
    after each); their names."""
    present = _present(conn)
    created = []
    for index in _model_indexes():
        if index.name not in present:
            index.create(conn)
            created.append(str(index.name))
            if between is not None:
                between()
    if created:
        log.info("store: built %d indexes (%s)", len(created), ", ".join(created))
    return created
