"""The visit tallies (store/models/tallies.py): kept by triggers, set aside and rebuilt around a
first sync.

Why triggers: visits are written by the services through the ORM, by a pull's executemany upserts,
by a snapshot's chunks, by a merge's re-key (`UPDATE visit SET company_id`), by the removal of
records no longer in the user's view, and by tools writing SQL. A trigger sees every one of them,
in the writer's own transaction, so a tally cannot miss a write nor outlive a rolled-back one; a
tally kept by the services would need every one of those paths to remember it.

What each trigger does: a live visit (no tombstone) adds itself to its company's tally, to its
hunter's tally day and, with an outcome that may carry places, each of its offers to the offer
tally; a visit deleted, tombstoned or changed takes its old self away (and a changed one adds its
new self first). Taking a visit away from a company is a few index seeks, never a pass over the
company's visits: its highest rank is looked for again only when the last visit at that rank
goes (top_visits), its first and last visit only when that very visit goes.

The rules the figures count by are written here in SQL once, from the same Python definitions:
the ladder's ranks (`domain.ladder.LADDER`, unknown outcomes -1), the outcomes that may carry
places (`PLACE_OUTCOMES`), an offer's places (`int(count or 0)`, trade `str(trade or "")`).
Migration 0014 made these triggers; tests/store/test_tallies.py holds them equal to this module, so
a changed rule fails there until a migration rebuilds the tallies.

A first sync into an empty store drops the triggers (`suspend_tallies`); the tallies are counted
afresh from the visits after it has returned, in the background, on a connection of their own
(`start_tally_count`, `count_tallies`), and only on a laptop whose pages read them
(`tallies_wanted`: staff and admins; a hunter's goal page counts a month of their own visits
instead). Until the triggers are back the tallies are not ready (`tallies_ready`, the one rule)
and every figure is counted from the visits (services/figures.py). A count killed midway (the app
closed) leaves the triggers missing, and the app counts again when it next opens.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import OperationalError

from lpj_desktop.domain.ladder import LADDER, PLACE_OUTCOMES

log = logging.getLogger(__name__)

TABLES = ("tally_company", "tally_hunter_day", "tally_offer")


def _rank(outcome: str) -> str:
    """The ladder rank of an outcome column, in SQL (figures._RANK_CASE says the same)."""
    whens = " ".join(f"WHEN '{o.value}' THEN {o.rank}" for o in LADDER)
    return f"CASE {outcome} {whens} ELSE -1 END"


_PLACE_OUTCOMES = "(" + ", ".join(f"'{o}'" for o in PLACE_OUTCOMES) + ")"


def _day(at: str) -> str:
    """The tally day of a stored instant: its UTC date, or the date and hour from 22:00 UTC on."""
    return f"CASE WHEN substr({at}, 12, 2) >= '22' THEN substr({at}, 1, 13) ELSE substr({at}, 1, 10) END"


_TRADE = "coalesce(json_extract(o.value, '$.trade'), '')"
_COUNT = "CAST(coalesce(json_extract(o.value, '$.count'), 0) AS INTEGER)"


def _places(row: str) -> str:
    """The places a visit row offers: its offers' counts when its outcome may carry places."""
    return (f"CASE WHEN {row}.outcome IN {_PLACE_OUTCOMES} THEN "
            f"(SELECT coalesce(sum({_COUNT}), 0) FROM json_each({row}.places) AS o) ELSE 0 END")


def _add(row: str) -> str:
    """Statements adding a visit row (`new`) to the tallies when it is live."""
    return (
        "INSERT INTO tally_company (company_id, municipality_number, visits, top_rank, top_visits, places, "
        "first_at, last_at) "
        f"SELECT {row}.company_id, "
        f"(SELECT c.municipality_number FROM company AS c WHERE c.id = {row}.company_id), "
        f"1, {_rank(row + '.outcome')}, 1, {_places(row)}, {row}.occurred_at, {row}.occurred_at "
        f"WHERE {row}.deleted_at IS NULL "
        "ON CONFLICT (company_id) DO UPDATE SET visits = visits + 1, "
        "top_visits = CASE WHEN excluded.top_rank > top_rank THEN 1 "
        "WHEN excluded.top_rank = top_rank THEN top_visits + 1 ELSE top_visits END, "
        "top_rank = max(top_rank, excluded.top_rank), places = places + excluded.places, "
        "first_at = min(first_at, excluded.first_at), last_at = max(last_at, excluded.last_at); "
        "INSERT INTO tally_hunter_day (hunter_id, day, visits, places) "
        f"SELECT {row}.hunter_id, {_day(row + '.occurred_at')}, 1, {_places(row)} "
        f"WHERE {row}.deleted_at IS NULL "
        "ON CONFLICT (hunter_id, day) DO UPDATE SET visits = visits + 1, places = places + excluded.places; "
        "INSERT INTO tally_offer (company_id, day, trade, hunter_id, offers, places) "
        f"SELECT {row}.company_id, {_day(row + '.occurred_at')}, {_TRADE}, {row}.hunter_id, 1, {_COUNT} "
        f"FROM json_each({row}.places) AS o "
        f"WHERE {row}.deleted_at IS NULL AND {row}.outcome IN {_PLACE_OUTCOMES} "
        "ON CONFLICT (company_id, day, trade, hunter_id) DO UPDATE SET offers = offers + 1, "
        "places = places + excluded.places; "
    )


def _remove(row: str) -> str:
    """Statements taking a visit row (`old`) away from the tallies when it was live. In an UPDATE
    trigger they run after `_add`: what they look up again sees the visit as it now is."""
    live = f"{row}.deleted_at IS NULL"
    company = f"company_id = {row}.company_id"
    visits_of = f"FROM visit AS v WHERE v.company_id = {row}.company_id AND v.deleted_at IS NULL"
    day = _day(row + ".occurred_at")
    offer_of_trade = f"FROM json_each({row}.places) AS o WHERE {_TRADE} = tally_offer.trade"
    return (
        f"UPDATE tally_company SET visits = visits - 1, "
        f"top_visits = top_visits - ({_rank(row + '.outcome')} = top_rank), places = places - {_places(row)} "
        f"WHERE {company} AND {live}; "
        f"DELETE FROM tally_company WHERE {company} AND visits <= 0; "
        f"UPDATE tally_company SET top_rank = (SELECT max({_rank('v.outcome')}) {visits_of}) "
        f"WHERE {company} AND top_visits <= 0; "
        f"UPDATE tally_company SET top_visits = (SELECT count(*) {visits_of} "
        f"AND {_rank('v.outcome')} = tally_company.top_rank) WHERE {company} AND top_visits <= 0; "
        f"UPDATE tally_company SET first_at = (SELECT v.occurred_at {visits_of} "
        "ORDER BY v.occurred_at LIMIT 1) "
        f"WHERE {company} AND first_at = {row}.occurred_at AND {live}; "
        f"UPDATE tally_company SET last_at = (SELECT v.occurred_at {visits_of} "
        f"ORDER BY v.occurred_at DESC LIMIT 1) "
        f"WHERE {company} AND last_at = {row}.occurred_at AND {live}; "
        f"UPDATE tally_hunter_day SET visits = visits - 1, places = places - {_places(row)} "
        f"WHERE hunter_id = {row}.hunter_id AND day = {day} AND {live}; "
        f"DELETE FROM tally_hunter_day WHERE hunter_id = {row}.hunter_id AND day = {day} AND visits <= 0; "
        f"UPDATE tally_offer SET offers = offers - (SELECT count(*) {offer_of_trade}), "
        f"places = places - (SELECT coalesce(sum({_COUNT}), 0) {offer_of_trade}) "
        f"WHERE {company} AND day = {day} AND hunter_id = {row}.hunter_id AND {live} "
        f"AND {row}.outcome IN {_PLACE_OUTCOMES}; "
        f"DELETE FROM tally_offer WHERE {company} AND day = {day} AND hunter_id = {row}.hunter_id "
        "AND offers <= 0; "
    )


# What a visit contributes: a change to any other column leaves the tallies alone.
_COUNTED_COLUMNS = ("company_id", "hunter_id", "occurred_at", "outcome", "places", "deleted_at")

TRIGGERS: dict[str, str] = {
    "visit_tally_ai": f"CREATE TRIGGER visit_tally_ai AFTER INSERT ON visit BEGIN {_add('new')}END",
    "visit_tally_ad": f"CREATE TRIGGER visit_tally_ad AFTER DELETE ON visit BEGIN {_remove('old')}END",
    "visit_tally_au": (
        f"CREATE TRIGGER visit_tally_au AFTER UPDATE OF {', '.join(_COUNTED_COLUMNS)} ON visit "
        f"WHEN {' OR '.join(f'old.{c} IS NOT new.{c}' for c in _COUNTED_COLUMNS)} "
        f"BEGIN {_add('new')}{_remove('old')}END"
    ),
    # The municipality copied into the company tally follows the company (a visit may arrive
    # before its company in a first sync, and a merge renames a company's id).
    "company_tally_ai": (
        "CREATE TRIGGER company_tally_ai AFTER INSERT ON company BEGIN "
        "UPDATE tally_company SET municipality_number = new.municipality_number "
        "WHERE company_id = new.id; END"
    ),
    "company_tally_au": (
        "CREATE TRIGGER company_tally_au AFTER UPDATE OF id, municipality_number ON company "
        "WHEN old.id IS NOT new.id OR old.municipality_number IS NOT new.municipality_number BEGIN "
        "UPDATE tally_company SET municipality_number = new.municipality_number "
        "WHERE company_id = new.id; END"
    ),
}

# The tallies counted afresh from the visits (1,000,000 visits: ~3 s). The offers are read from
# ix_visit_place_offers alone (grouped by day first: grouped by company first, SQLite reads every
# visit in company order instead), and the places per hunter and day and per company added up
# from them; the visits per hunter and day from ix_visit_hunter_when; the company tally in one
# pass over ix_visit_company_when, which is already in company order (nothing sorted), counting
# each rung's visits so that the top rank's are known without a second pass, each company's
# municipality looked up once (not once per visit), and its index built after it is filled.
_RUNGS = sorted(LADDER, key=lambda o: -o.rank)
_TOP = "CASE " + " ".join(f"WHEN r{o.rank} > 0 THEN {o.rank}" for o in _RUNGS) + " ELSE -1 END"
_TOP_VISITS = ("CASE " + " ".join(f"WHEN r{o.rank} > 0 THEN r{o.rank}" for o in _RUNGS)
               + " ELSE n" + "".join(f" - r{o.rank}" for o in _RUNGS) + " END")
COMPANY_GROUPS_INDEX = ("CREATE INDEX ix_tally_company_groups ON tally_company "
                        "(municipality_number, top_rank, first_at, last_at, visits, places)")
# The counting statements alone, into empty tables of these names (the store's, or a count's
# own temporary ones).
COUNT: tuple[str, ...] = (
    "INSERT INTO tally_offer (company_id, day, trade, hunter_id, offers, places) "
    f"SELECT v.company_id, {_day('v.occurred_at')}, {_TRADE}, v.hunter_id, count(*), sum({_COUNT}) "
    "FROM visit AS v, json_each(v.places) AS o "
    f"WHERE v.deleted_at IS NULL AND v.outcome IN {_PLACE_OUTCOMES} GROUP BY 2, 1, 3, 4",
    "INSERT INTO tally_hunter_day (hunter_id, day, visits, places) "
    f"SELECT v.hunter_id, {_day('v.occurred_at')}, count(*), 0 FROM visit AS v "
    "WHERE v.deleted_at IS NULL GROUP BY 1, 2",
    "UPDATE tally_hunter_day SET places = p.places FROM ("
    "SELECT hunter_id, day, sum(places) AS places FROM tally_offer GROUP BY 1, 2) AS p "
    "WHERE tally_hunter_day.hunter_id = p.hunter_id AND tally_hunter_day.day = p.day",
    "INSERT INTO tally_company (company_id, municipality_number, visits, top_rank, top_visits, places, "
    "first_at, last_at) "
    "SELECT p.company_id, (SELECT c.municipality_number FROM company AS c "
    "WHERE c.id >= p.company_id AND c.id <= p.company_id), "
    f"p.n, {_TOP}, {_TOP_VISITS}, 0, p.first_at, p.last_at FROM ("
    "SELECT v.company_id AS company_id, count(*) AS n, "
    + "".join(f"sum(v.outcome = '{o.value}') AS r{o.rank}, " for o in _RUNGS)
    + "min(v.occurred_at) AS first_at, max(v.occurred_at) AS last_at "
    "FROM visit AS v WHERE v.deleted_at IS NULL GROUP BY v.company_id) AS p",
    "UPDATE tally_company SET places = p.places FROM ("
    "SELECT company_id, sum(places) AS places FROM tally_offer GROUP BY company_id) AS p "
    "WHERE tally_company.company_id = p.company_id",
)
REBUILD: tuple[str, ...] = (
    "DELETE FROM tally_company",
    "DELETE FROM tally_hunter_day",
    "DELETE FROM tally_offer",
    "DROP INDEX IF EXISTS ix_tally_company_groups",
    *COUNT,
    COMPANY_GROUPS_INDEX,
)


def tally_day(stored: str) -> str:
    """The tally day of an instant as the store writes it (the triggers' `_day`)."""
    return stored[:13] if stored[11:13] >= "22" else stored[:10]


def starts_tally_day(instant: datetime) -> bool:
    """True when a UTC instant is the first of a tally day: midnight, 22:00 or 23:00 UTC. Every
    Norwegian day since 1895 begins at 22:00 or 23:00 UTC."""
    return (instant.minute, instant.second, instant.microsecond) == (0, 0, 0) and instant.hour in (0, 22, 23)


def _present(conn: Connection) -> set[str]:
    return {name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def suspend_tallies(conn: Connection) -> bool:
    """Drop the tally triggers (in the caller's transaction); True if there were any.
    `count_tallies` counts the tallies and puts them back."""
    present = _present(conn) & set(TRIGGERS)
    for name in present:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return bool(present)


def rebuild_tallies(conn: Connection) -> None:
    """Count the tallies afresh from the visits (in the caller's transaction)."""
    for statement in REBUILD:
        conn.exec_driver_sql(statement)


def tallies_ready(conn: Connection) -> bool:
    """True when the tallies hold every live visit: their triggers are all in place. The one rule
    for it: a first sync drops the triggers before it writes a visit, and a count puts them back
    in the transaction that fills the tallies, so the triggers are there exactly when the tallies
    are right. The figures read the tallies only then, and count the visits otherwise."""
    return set(TRIGGERS) <= _present(conn)


# Who reads the tallies: the staff figures (dashboard, campaign report, goals page), which only
# staff and admins open. A hunter's own goal page counts a month of the hunter's visits on the
# hunter index without them (services/figures.hunters_activity).
READER_ROLES = ("staff", "admin")


def tallies_wanted(conn: Connection) -> bool:
    """True when this store's user opens the pages that read the tallies (`READER_ROLES`)."""
    try:
        row = conn.exec_driver_sql("SELECT role FROM local_profile WHERE id = 1").first()
    except OperationalError:  # a store not migrated this far
        return False
    return row is not None and row[0] in READER_ROLES


def _tables(conn: Connection) -> dict[str, str]:
    return {name: sql for name, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'") if name in TABLES}


def _is_busy(error: OperationalError) -> bool:
    code = getattr(error.orig, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (5, 6)  # SQLITE_BUSY (and _SNAPSHOT), SQLITE_LOCKED


# Counts thrown away because someone wrote meanwhile, before a count holds the write lock
# throughout (a few seconds) to be sure to finish.
STALE_TRIES = 3


def count_tallies(engine: Engine, *, tries: int = STALE_TRIES) -> bool:
    """Count the tallies afresh from the visits and put their triggers back, unless they are
    ready; True when it counted. On a connection of its own, without holding the write lock
    while it counts:

    the counts go into temporary tables of the same names (this connection's own, shadowing the
    store's) within one read transaction, which sees the visits as they were when it began; then
    the same transaction takes the write lock and copies them into the store's tallies and
    creates the triggers (a fraction of a second). If anyone wrote to the store after the count
    began, SQLite refuses that lock (SQLITE_BUSY_SNAPSHOT): the count is taken again, and after
    `tries` such refusals it takes the write lock first and holds it while it counts."""
    for attempt in range(tries + 1):
        hold = attempt == tries
        with engine.connect() as conn:
            if tallies_ready(conn):
                conn.rollback()
                return False
            tables = _tables(conn)
            conn.rollback()
            if set(tables) != set(TABLES):  # a store not migrated this far
                return False
            try:
                if _count_once(conn, tables, hold=hold):
                    return True
            except OperationalError as exc:
                conn.rollback()
                if not _is_busy(exc) or hold:
                    raise
                log.info("store: the tallies' count was overtaken by a write; counting again")
            finally:
                for name in TABLES:
                    conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{name}")
                conn.commit()
    return False  # pragma: no cover — the last try holds the lock and counts or raises


def _count_once(conn: Connection, tables: dict[str, str], *, hold: bool) -> bool:
    for name, sql in tables.items():
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS temp.{name}")
        conn.exec_driver_sql(sql.replace(f"CREATE TABLE {name}", f"CREATE TEMP TABLE {name}", 1))
    if hold:  # a write to the store first: its write lock is taken now and held to the end
        conn.exec_driver_sql("DELETE FROM main.tally_offer")
    for statement in COUNT:  # the read transaction begins with the first: what it sees is fixed
        conn.exec_driver_sql(statement)
    if tallies_ready(conn):  # another count finished first (its triggers are in this view too)
        conn.rollback()
        return False
    for name in TABLES:  # the first write to the store: refused if the visits have moved on
        conn.exec_driver_sql(f"DELETE FROM main.{name}")
    conn.exec_driver_sql("DROP INDEX IF EXISTS main.ix_tally_company_groups")
    for name in TABLES:
        conn.exec_driver_sql(f"INSERT INTO main.{name} SELECT * FROM temp.{name}")
    conn.exec_driver_sql(COMPANY_GROUPS_INDEX.replace("INDEX ix_", "INDEX main.ix_", 1))
    present = _present(conn)
    for name, create in TRIGGERS.items():
        if name in present:
            conn.exec_driver_sql(f'DROP TRIGGER main."{name}"')
        conn.exec_driver_sql(create)
    conn.commit()
    return True


@dataclass
class TallyCount:
    """What a first sync left to the background (`start_tally_count`): the indexes no first screen
    reads, built, then the tallies counted."""

    thread: threading.Thread
    started: float = field(default_factory=time.perf_counter)
    seconds: float | None = None  # how long it took, once it has ended
    indexes: list[str] = field(default_factory=list)  # those it built
    index_seconds: float = 0.0
    counted: bool = False
    error: BaseException | None = None

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the count to end; True when it has."""
        self.thread.join(timeout)
        return not self.thread.is_alive()


_running: dict[str, TallyCount] = {}
_running_lock = threading.Lock()


def start_tally_count(engine: Engine) -> TallyCount | None:
    """In a thread of its own: build the indexes a first sync left for later
    (`indexes.LATER`, each in a short transaction of its own), then count the tallies
    (`count_tallies`) when this store's user reads them and they are not ready. The work already
    running on this store, if any; None when there is nothing to do. Nothing waits for it: the
    figures count the visits until it is done."""
    from lpj_desktop.store.indexes import missing_indexes

    with engine.connect() as conn:
        needed = bool(missing_indexes(conn)) or (tallies_wanted(conn) and not tallies_ready(conn))
        conn.rollback()
    if not needed:
        return None
    key = str(engine.url)
    with _running_lock:
        running = _running.get(key)
        if running is not None and running.thread.is_alive():
            return running
        count = TallyCount(threading.Thread(name="tally-count", daemon=True))
        count.thread.run = lambda: _run(count, engine, key)  # type: ignore[method-assign]
        _running[key] = count
        count.thread.start()
    return count


def _run(count: TallyCount, engine: Engine, key: str) -> None:
    from lpj_desktop.store.indexes import missing_indexes

    try:
        with engine.connect() as conn:
            later = missing_indexes(conn)
            wanted = tallies_wanted(conn)
            conn.rollback()
        for index in later:  # the tally count reads the offers from ix_visit_place_offers
            with engine.begin() as conn:
                index.create(conn)
            count.indexes.append(str(index.name))
        count.index_seconds = time.perf_counter() - count.started
        if later:
            log.info("store: built %s in the background in %.1f s", ", ".join(count.indexes),
                     count.index_seconds)
        count.counted = wanted and count_tallies(engine)
        if count.counted:
            log.info("store: visit tallies counted in the background in %.1f s",
                     time.perf_counter() - count.started)
    except BaseException as exc:  # the figures go on counting the visits; the next start tries again
        count.error = exc
        log.exception("store: the visit tallies could not be counted")
    finally:
        count.seconds = time.perf_counter() - count.started
        with _running_lock:
            if _running.get(key) is count:
                del _running[key]
