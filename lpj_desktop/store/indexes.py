"""Secondary indexes set aside during a bulk load and put back after it.

A first sync writes a million visits whose index keys (company, hunter) arrive in random order,
and companies with nine indexes each: kept current row by row, those indexes cost half the sync
in page misses and WAL writes, while building them afterwards sorts once. The models are the
recipe, so an index dropped by a load that was killed midway comes back when the store is next
opened.

The company search index (FTS5 trigram, migration 0002) is set aside the same way: its triggers
index each company as it is written, 9 s of a 200,000-company first sync, while a rebuild at the
end takes under one. The visit tallies of the staff figures (store/tallies.py) likewise: their
triggers are dropped for the load, and the tallies counted from the visits after the sync has
returned, in the background (`tallies.start_tally_count`), not here.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from sqlalchemy import Connection, Index

import lpj_desktop.store.models  # noqa: F401 — every table's indexes in the metadata
from lpj_desktop.store.base import Base

log = logging.getLogger(__name__)


def _model_indexes(table: str | None = None, *, tables: Iterable[str] | None = None) -> list[Index]:
    names = {table} if table is not None else None if tables is None else set(tables)
    chosen = [t for t in Base.metadata.sorted_tables if names is None or t.name in names]
    return [ix for t in chosen for ix in sorted(t.indexes, key=lambda ix: str(ix.name))]


# The triggers that keep company_fts in step with company, exactly as migration 0002 made them
# (tests/sync/test_snapshot_apply.py holds the two equal).
COMPANY_SEARCH_TRIGGERS: dict[str, str] = {
    "company_fts_ai": (
        "CREATE TRIGGER company_fts_ai AFTER INSERT ON company BEGIN "
        "INSERT INTO company_fts(rowid, name, orgnr, municipality_name) "
        "VALUES (new.rowid, new.name, new.orgnr, new.municipality_name); END"
    ),
    "company_fts_ad": (
        "CREATE TRIGGER company_fts_ad AFTER DELETE ON company BEGIN "
        "INSERT INTO company_fts(company_fts, rowid, name, orgnr, municipality_name) "
        "VALUES ('delete', old.rowid, old.name, old.orgnr, old.municipality_name); END"
    ),
    "company_fts_au": (
        "CREATE TRIGGER company_fts_au AFTER UPDATE OF name, orgnr, municipality_name ON company "
        "BEGIN "
        "INSERT INTO company_fts(company_fts, rowid, name, orgnr, municipality_name) "
        "VALUES ('delete', old.rowid, old.name, old.orgnr, old.municipality_name); "
        "INSERT INTO company_fts(rowid, name, orgnr, municipality_name) "
        "VALUES (new.rowid, new.name, new.orgnr, new.municipality_name); END"
    ),
}


def _present(conn: Connection, kind: str = "index") -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = ?", (kind,))
    return {name for (name,) in rows}


def suspend_company_search(conn: Connection) -> bool:
    """Drop the triggers that index companies as they are written (in the caller's
    transaction); True if there were any. `ensure_company_search` rebuilds the index."""
    present = _present(conn, "trigger") & set(COMPANY_SEARCH_TRIGGERS)
    for name in present:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return bool(present)


def ensure_company_search(conn: Connection) -> bool:
    """If the search triggers were set aside: rebuild the search index from the company table
    and put them back. True when it did."""
    present = _present(conn, "trigger")  # once: this runs at every start of the app
    missing = [name for name in COMPANY_SEARCH_TRIGGERS if name not in present]
    if not missing or "company_fts" not in _present(conn, "table"):
        return False
    conn.exec_driver_sql("INSERT INTO company_fts(company_fts) VALUES ('rebuild')")
    for name in missing:
        conn.exec_driver_sql(COMPANY_SEARCH_TRIGGERS[name])
    log.info("store: company search index rebuilt")
    return True


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


# Visit indexes no first screen reads: the staff history's filters by outcome and channel, the staff
# figures' agreements and place offers (and the count of the visit tallies). A first sync leaves
# them to be built after it has returned, in the background (tallies.start_tally_count), so that
# the user does not wait for them (~5 s at 1,000,000 visits); meanwhile those reads take other
# indexes or the table, slower but the same rows. The company list, search and the company page
# (ix_visit_company_when, company_fts, the company indexes) are ready when the sync says it is done.
LATER = frozenset({"ix_visit_agreements", "ix_visit_outcome_when", "ix_visit_channel_when",
                   "ix_visit_place_offers"})


def missing_indexes(conn: Connection, names: Iterable[str] = LATER) -> list[Index]:
    """The model indexes of `names` the store lacks."""
    present = _present(conn)
    wanted = set(names)
    return [ix for ix in _model_indexes() if ix.name in wanted and ix.name not in present]


def ensure_indexes(conn: Connection, *, between: Callable[[], object] | None = None,
                   tables: Iterable[str] | None = None, skip: Iterable[str] = ()) -> list[str]:
    """Create every model index the store lacks (of `tables` only, if given), and the company
    search index if it was set aside and the company table is among them (in the caller's
    transaction, `between` called after each); their names ("company_fts" for the search index).
    The visit tallies are not counted here: `tallies.start_tally_count` counts them in the
    background. Indexes named in `skip` are left out (a first sync leaves `LATER` to it too)."""
    present = _present(conn) | set(skip)
    created = []
    chosen = None if tables is None else set(tables)
    if (chosen is None or "company" in chosen) and ensure_company_search(conn):
        created.append("company_fts")
        if between is not None:
            between()
    for index in _model_indexes(tables=chosen):
        if index.name not in present:
            index.create(conn)
            created.append(str(index.name))
            if between is not None:
                between()
    if created:
        log.info("store: built %d indexes (%s)", len(created), ", ".join(created))
    return created
