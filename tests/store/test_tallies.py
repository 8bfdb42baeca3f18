"""The visit tallies (store/tallies.py): what the triggers keep equals a count made afresh from the
visits, after every kind of write a store sees; a missing trigger is noticed; a first sync that set
them aside, and a store opened after one was killed, count them again.

The figures read from the tallies are compared with a plain count of the visits in
tests/staff/test_dashboard_reference.py; here the tallies themselves are held to their rebuild,
so that a trigger that forgets a case fails even where no figure happens to show it.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, select

from lpj_desktop.paths import AppPaths, app_paths
from lpj_desktop.store import tallies
from lpj_desktop.store.database import Store, open_store
from lpj_desktop.store.models import Company, Visit
from lpj_desktop.sync_client.records import ApplyStats, rekey_company, upsert_rows
from sync.kernel.ids import uuid7

MIGRATION = Path(tallies.__file__).parent / "migrations" / "versions" / "0014_visit_tallies.py"
OUTCOMES = ["not_reached", "wants_information", "follow_up_agreed", "place_offered", "contract_signed",
            "something_newer"]
MUNICIPALITIES = ["5401", "5501", "5601", None]


def _tables(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    return {t: sorted(map(tuple, conn.exec_driver_sql(f"SELECT * FROM {t}").all())) for t in tallies.TABLES}


def kept_and_recounted(store: Store) -> tuple[dict[str, Any], dict[str, Any]]:
    """The tallies as the triggers kept them, and as counted afresh from the visits (the recount
    rolled back)."""
    with store.engine.connect() as conn:
        kept = _tables(conn)
        tallies.rebuild_tallies(conn)
        recounted = _tables(conn)
        conn.rollback()
    return kept, recounted


def assert_tallies_right(store: Store) -> None:
    kept, recounted = kept_and_recounted(store)
    for table in tallies.TABLES:
        assert kept[table] == recounted[table], table


def _migration() -> Any:
    spec = importlib.util.spec_from_file_location("migration_0014", MIGRATION)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_migration_made_the_triggers_and_counts_of_this_module(store: Store) -> None:
    """Migration 0014 holds its own copy of the SQL (a migration must not change with the app);
    a rule changed here (the ladder, the outcomes that carry places) fails this until a new
    migration puts the changed triggers in and counts the tallies again."""
    migration = _migration()
    assert migration.TRIGGERS == tallies.TRIGGERS
    assert migration.REBUILD == tallies.REBUILD
    with store.engine.connect() as conn:
        made = dict(conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
            "AND (name LIKE 'visit_tally_%' OR name LIKE 'company_tally_%')").all())
    assert made == tallies.TRIGGERS


# --- every kind of write, in any order ------------------------------------------------------------

@dataclass
class Shop:
    """A small store and the ids in it."""

    store: Store
    companies: list[str]


@pytest.fixture(scope="module")
def shop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Shop]:
    store = open_store(app_paths(Path(tmp_path_factory.mktemp("tallies")) / "data"))
    with store.session() as s:
        companies = [Company(name=f"Bedrift {i}", source="manual", municipality_number=m)
                     for i, m in enumerate(MUNICIPALITIES)]
        s.add_all(companies)
    yield Shop(store, [c.id for c in companies])
    store.close()


T0 = datetime(2025, 3, 29, 20, tzinfo=UTC)  # hours on either side of 22:00 and 23:00 UTC
places_st = st.lists(st.fixed_dictionaries({"trade": st.sampled_from(["Tømrerfaget", "Kokkfaget", ""])},
                                           optional={"count": st.one_of(st.none(), st.integers(0, 3))}),
                     max_size=3)
visit_st = st.fixed_dictionaries({
    "company": st.integers(0, len(MUNICIPALITIES) - 1), "hunter": st.sampled_from(["h1", "h2"]),
    "hours": st.integers(0, 30), "minutes": st.sampled_from([0, 0, 30, 59]),
    "outcome": st.sampled_from(OUTCOMES), "places": places_st,
    "deleted": st.sampled_from([False, False, False, True])})
op_st = st.one_of(
    st.tuples(st.just("insert"), visit_st),
    st.tuples(st.just("pull"), st.lists(visit_st, min_size=1, max_size=3), st.booleans()),
    st.tuples(st.sampled_from(["outcome", "company", "time", "hunter", "places", "tombstone", "revive",
                               "delete"]), st.integers(0, 50), visit_st),
    st.tuples(st.just("municipality"), st.integers(0, len(MUNICIPALITIES) - 1),
              st.sampled_from(MUNICIPALITIES)),
)


def _when(v: dict[str, Any]) -> datetime:
    return T0 + timedelta(hours=v["hours"], minutes=v["minutes"])


def apply_op(shop: Shop, op: tuple[Any, ...]) -> None:
    """One write as the app makes it: the ORM (services), a pull's executemany upsert, a tombstone,
    a row taken out (a record no longer in the user's view), a company's municipality changed."""
    kind = op[0]
    with shop.store.session() as s:
        if kind == "insert":
            v = op[1]
            s.add(Visit(company_id=shop.companies[v["company"]], hunter_id=v["hunter"], occurred_at=_when(v),
                        channel="phone", outcome=v["outcome"], places=v["places"],
                        deleted_at=_when(v) if v["deleted"] else None))
        elif kind == "pull":  # new records, or existing ones changed on the server (upserts)
            existing = list(s.scalars(select(Visit.id)))
            records = []
            for i, v in enumerate(op[1]):
                record_id = existing[i % len(existing)] if op[2] and existing else str(uuid7())
                records.append((record_id, 5, "2025-04-01T10:00:00Z", {
                    "company_id": shop.companies[v["company"]], "hunter_id": v["hunter"],
                    "occurred_at": _when(v).isoformat().replace("+00:00", "Z"), "channel": "phone",
                    "outcome": v["outcome"], "places": v["places"], "trades": []}))
            upsert_rows(s, "visit", records, ApplyStats())
        elif kind == "municipality":
            company = s.get(Company, shop.companies[op[1]])
            assert company is not None
            company.municipality_number = op[2]
        else:
            visits = list(s.scalars(select(Visit).order_by(Visit.id)))
            if not visits:
                return
            visit, v = visits[op[1] % len(visits)], op[2]
            if kind == "outcome":
                visit.outcome = v["outcome"]
            elif kind == "company":
                visit.company_id = shop.companies[v["company"]]
            elif kind == "time":
                visit.occurred_at = _when(v)
            elif kind == "hunter":
                visit.hunter_id = v["hunter"]
            elif kind == "places":
                visit.places = v["places"]
            elif kind == "tombstone":
                visit.deleted_at = visit.deleted_at or T0
            elif kind == "revive":  # not an app action; the triggers must not care
                visit.deleted_at = None
            elif kind == "delete":
                s.delete(visit)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(op_st, min_size=1, max_size=25))
def test_the_tallies_equal_a_recount_after_any_writes(shop: Shop, ops: list[tuple[Any, ...]]) -> None:
    try:
        for op in ops:
            apply_op(shop, op)
            assert_tallies_right(shop.store)
    finally:
        with shop.store.session() as s:
            for visit in s.scalars(select(Visit)):
                s.delete(visit)
    with shop.store.engine.connect() as conn:
        assert all(not rows for rows in _tables(conn).values())  # every visit gone: nothing tallied


def test_a_merge_moves_a_companys_tallies_to_the_company_it_was_merged_into(store: Store) -> None:
    """The server merged two companies: the local one is re-keyed (`rekey_company`), its visits
    moved by one UPDATE in company and time order; renamed when the other is not here yet."""
    old, other, new = str(uuid7()), str(uuid7()), str(uuid7())
    with store.session() as s:
        s.add_all([Company(id=old, name="Gamle AS", municipality_number="5401"),
                   Company(id=other, name="Andre AS", municipality_number="5601")])
        s.flush()
        for i in range(40):  # the first and the last visit, and the top rank, leave one by one
            s.add(Visit(company_id=old if i % 4 else other, hunter_id="h", channel="phone",
                        occurred_at=T0 + timedelta(hours=i), outcome=OUTCOMES[i % len(OUTCOMES)],
                        places=[{"trade": "Kokkfaget", "count": 1}]))
    with store.session() as s:
        rekey_company(s, old, new)  # not here: the row is renamed
    assert_tallies_right(store)
    with store.session() as s:
        rekey_company(s, new, other)  # here: the visits move, the row goes
    assert_tallies_right(store)
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT company_id, municipality_number, visits FROM tally_company").all()
    assert [tuple(r) for r in rows] == [(other, "5601", 40)]


def _visit_before_its_company(store: Store, company_id: str, municipality: str) -> None:
    """A visit written with foreign keys off (as a first sync writes) before its company comes."""
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.exec_driver_sql(
            "INSERT INTO visit (id, company_id, hunter_id, occurred_at, channel, trades, outcome, places, "
            "created_at, updated_at) VALUES (?, ?, 'h', '2025-01-02 10:00:00.000000', 'phone', '[]', "
            "'approved', '[]', '2025-01-02', '2025-01-02')", (str(uuid7()), company_id))
        conn.commit()
        conn.exec_driver_sql("PRAGMA foreign_keys=ON")
    with store.session() as s:
        s.add(Company(id=company_id, name="Sen AS", municipality_number=municipality))


def test_a_visit_written_before_its_company_takes_its_municipality_when_the_company_comes(
        store: Store) -> None:
    company = str(uuid7())
    _visit_before_its_company(store, company, "5501")
    assert_tallies_right(store)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT municipality_number FROM tally_company").scalar() == "5501"


# --- the checks can fail ----------------------------------------------------------------------------

# A write that each trigger alone serves.
NEEDS = {
    "visit_tally_ai": ("insert", {"company": 0, "hunter": "h1", "hours": 1, "minutes": 0,
                                  "outcome": "place_offered", "places": [{"trade": "Kokkfaget", "count": 2}],
                                  "deleted": False}),
    "visit_tally_au": ("outcome", 0, {"outcome": "not_reached"}),
    "visit_tally_ad": ("delete", 0, {}),
    "company_tally_au": ("municipality", 0, "5634"),
}


@pytest.mark.parametrize("trigger", sorted(tallies.TRIGGERS))
def test_a_missing_trigger_is_noticed(paths: AppPaths, trigger: str) -> None:
    store = open_store(paths)
    try:
        with store.session() as s:
            company = Company(name="Bedrift", source="manual", municipality_number="5501")
            s.add(company)
            s.flush()
            s.add(Visit(company_id=company.id, hunter_id="h1", occurred_at=T0, channel="phone",
                        outcome="place_offered", places=[{"trade": "Kokkfaget", "count": 1}]))
        shop = Shop(store, [company.id])
        with store.engine.begin() as conn:
            conn.exec_driver_sql(f'DROP TRIGGER "{trigger}"')
        if trigger == "company_tally_ai":
            _visit_before_its_company(store, str(uuid7()), "5601")
        else:
            apply_op(shop, NEEDS[trigger])
        kept, recounted = kept_and_recounted(store)
        assert kept != recounted
    finally:
        store.close()


# --- set aside and counted again ----------------------------------------------------------------------

def test_tallies_set_aside_by_a_killed_first_sync_are_counted_when_the_app_starts(paths: AppPaths) -> None:
    """Opening the store does not count them (start-up does not wait); the app's start counts them
    in the background on a staff laptop (tests/store/test_tally_count.py has the rest)."""
    from lpj_desktop.app import open_app_store
    from lpj_desktop.services.profile import get_profile

    store = open_store(paths)
    with store.session() as s:
        get_profile(s).role = "staff"
        company = Company(name="Bedrift", source="manual", municipality_number="5501")
        s.add(company)
        s.flush()
        company_id = company.id
    with store.engine.begin() as conn:
        assert tallies.suspend_tallies(conn)
    with store.session() as s:  # written while the triggers were away
        s.add_all([Visit(company_id=company_id, hunter_id="h1", occurred_at=T0 + timedelta(hours=i),
                         channel="phone", outcome="approved") for i in range(5)])
    with store.engine.connect() as conn:
        assert not _tables(conn)["tally_company"]
    store.close()
    opened = open_store(paths)
    with opened.engine.connect() as conn:
        assert not tallies.tallies_ready(conn)
    opened.close()
    again = open_app_store(paths)
    try:
        running = tallies._running.get(str(again.engine.url))
        assert running is None or running.wait(30)
        with again.engine.connect() as conn:
            assert tallies.tallies_ready(conn)
            assert conn.exec_driver_sql("SELECT visits FROM tally_company").scalar() == 5
        assert_tallies_right(again)
    finally:
        again.close()


@pytest.mark.parametrize("at, starts", [
    (datetime(2025, 3, 29, 23, tzinfo=UTC), True), (datetime(2025, 3, 30, 22, tzinfo=UTC), True),
    (datetime(2025, 3, 30, 0, tzinfo=UTC), True), (datetime(2025, 3, 30, 21, tzinfo=UTC), False),
    (datetime(2025, 3, 30, 22, 0, 1, tzinfo=UTC), False), (datetime(1890, 1, 1, 23, 17, tzinfo=UTC), False)])
def test_a_tally_day_begins_at_midnight_22_or_23_utc(at: datetime, starts: bool) -> None:
    assert tallies.starts_tally_day(at) is starts


def test_the_python_tally_day_is_the_triggers(store: Store) -> None:
    stamps = ["2025-03-30 21:59:59.999999", "2025-03-30 22:00:00.000000", "2025-03-30 23:30:00.000000",
              "2025-03-31 00:00:00.000000", "2025-03-31 10:00:00"]
    with store.engine.connect() as conn:
        for stamp in stamps:
            sql = tallies._day(f"'{stamp}'")
            assert conn.exec_driver_sql(f"SELECT {sql}").scalar() == tallies.tally_day(stamp)
