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

A first sync into an empty store drops the triggers (`suspend_tallies`) and rebuilds the tallies
from the visits at the end (`ensure_tallies`, also at every opening of the store: a first sync
killed midway leaves the triggers missing, and the tallies are rebuilt then).
"""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Connection

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
REBUILD: tuple[str, ...] = (
    "DELETE FROM tally_company",
    "DELETE FROM tally_hunter_day",
    "DELETE FROM tally_offer",
    "DROP INDEX IF EXISTS ix_tally_company_groups",
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
    `ensure_tallies` rebuilds the tallies and puts them back."""
    present = _present(conn) & set(TRIGGERS)
    for name in present:
        conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    return bool(present)


def rebuild_tallies(conn: Connection) -> None:
    """Count the tallies afresh from the visits (in the caller's transaction)."""
    for statement in REBUILD:
        conn.exec_driver_sql(statement)


def ensure_tallies(conn: Connection) -> bool:
    """If any tally trigger is missing (set aside by a first sync): rebuild the tallies from the
    visits and put the triggers back, in the caller's transaction. True when it did."""
    present = _present(conn)  # once: this runs at every start of the app
    missing = [name for name in TRIGGERS if name not in present]
    if not missing:
        return False
    tables = {name for (name,) in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not set(TABLES) <= tables:  # a store not migrated this far
        return False
    for name in TRIGGERS:
        if name in present:
            conn.exec_driver_sql(f'DROP TRIGGER "{name}"')
    rebuild_tallies(conn)
    for name in TRIGGERS:
        conn.exec_driver_sql(TRIGGERS[name])
    log.info("store: visit tallies rebuilt")
    return True
