"""The visit tallies counted after a first sync, in the background, where they are read
(store/tallies.py): the figures are right before the count (they count the visits then) and after
it; a count overtaken by a write is taken again; one that fails or is cut short leaves the tallies
not ready, and the app's next start counts them; a hunter's store does not count them."""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
from sqlalchemy.exc import OperationalError

from lpj_desktop.app import open_app_store
from lpj_desktop.paths import AppPaths
from lpj_desktop.services import figures
from lpj_desktop.services.figures import FigureScope
from lpj_desktop.services.profile import get_profile
from lpj_desktop.store import tallies
from lpj_desktop.store.database import Store, open_store
from lpj_desktop.store.models import Company, User, Visit
from tests.staff.test_dashboard_reference import DAYS, TIMES, Row, World, _same, _write, reference
from tests.store.test_tallies import assert_tallies_right

SCOPES = [FigureScope(DAYS[0], DAYS[-1]), FigureScope(DAYS[5], DAYS[9])]
ROWS = [Row(c, h, DAYS[d], TIMES[t], o, p, deleted)
        for c, h, d, t, o, p, deleted in [
            (0, 0, 8, 4, "place_offered", (("Tømrerfaget", 2),), False),
            (0, 1, 6, 7, "wants_information", (), False),
            (1, 0, 11, 8, "contract_signed", (("Elektrikerfaget", 1), ("Tømrerfaget", None)), False),
            (2, 1, 0, 9, "approved", (), False),
            (2, 0, 3, 0, "place_offered", (("Elektrikerfaget", 3),), True),
            (1, 1, 12, 6, "not_reached", (), False)]]


def _world(store: Store, role: str = "staff") -> World:
    with store.session() as s:
        get_profile(s).role = role
        users = [User(name="Kari Nordmann", team="Nord"), User(name="Ola Hansen", team="Nord")]
        companies = [Company(name=f"Bedrift {i}", source="manual", municipality_number=m)
                     for i, m in enumerate(("5501", "5601", "5401"))]
        s.add_all([*users, *companies])
        s.flush()
        return World(store, [u.id for u in users], {u.id: u.team for u in users},
                     [c.id for c in companies], "")


def _ready(store: Store) -> bool:
    with store.engine.connect() as conn:
        return tallies.tallies_ready(conn)


def _set_aside(store: Store) -> None:
    """What a first sync does before it writes: the tally triggers dropped."""
    with store.engine.begin() as conn:
        assert tallies.suspend_tallies(conn)


def _figures_right(store: Store) -> None:
    for scope in SCOPES:
        with store.reader() as s:
            expected = reference(s, scope)
        assert expected.figures.contacts > 0
        for many in (False, True):
            with mock.patch.object(figures, "MANY_VISITS", 1 if many else figures.MANY_VISITS):
                with store.reader() as s:
                    _same(figures.dashboard(s, scope), expected)
                _same(figures.load_dashboard(store, scope), expected)
    with store.reader() as s:  # a hunter's own goal page reads the same counts
        hunters = [h for (h,) in s.query(Visit.hunter_id).distinct()]
        expected_goals = reference(s, SCOPES[0]).weekly
        got = figures.hunters_activity(s, hunters, SCOPES[0].date_from, SCOPES[0].date_to)
    assert got[0] == sum(expected_goals.hunter_total(h) for h in hunters)


def test_the_figures_are_right_before_the_tallies_are_counted_and_after(store: Store) -> None:
    world = _world(store)
    _write(world, ROWS[:3], [("hunter", 0, DAYS[0], 300), ("team", 0, DAYS[4], 200)])
    _set_aside(store)
    _write(world, ROWS[3:], [])  # written while the tallies are set aside: they do not hold these
    assert not _ready(store)
    _figures_right(store)  # counted from the visits
    assert tallies.count_tallies(store.engine)
    assert _ready(store)
    assert_tallies_right(store)
    _figures_right(store)  # read from the tallies
    assert not tallies.count_tallies(store.engine)  # nothing to do once they are ready


def test_a_count_overtaken_by_a_write_counts_again_and_misses_nothing(store: Store) -> None:
    world = _world(store)
    _set_aside(store)
    _write(world, ROWS[:2], [])
    real_ready = tallies.tallies_ready
    calls: list[int] = []

    def ready_then_write(conn: Any) -> bool:
        calls.append(1)
        if len(calls) == 2:  # inside the first count, after it has read the visits
            _write(world, ROWS[2:4], [])
        return real_ready(conn)

    with mock.patch.object(tallies, "tallies_ready", ready_then_write):
        assert tallies.count_tallies(store.engine)
    assert len(calls) == 4  # two counts: the first one's view was overtaken
    assert _ready(store)
    assert_tallies_right(store)
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT sum(visits) FROM tally_company").scalar() == 4
        # the count's own tables are gone from its pooled connection
        assert not conn.exec_driver_sql("SELECT name FROM sqlite_temp_master").all()
    _figures_right(store)


def test_a_count_held_up_by_writes_every_time_takes_the_lock_and_ends(store: Store) -> None:
    world = _world(store)
    _set_aside(store)
    _write(world, ROWS[:1], [])
    real_ready = tallies.tallies_ready
    written = iter(ROWS[1:])

    def ready_then_write(conn: Any) -> bool:
        if conn.in_transaction() and (row := next(written, None)) is not None:
            try:
                _write(world, [row], [])
            except OperationalError:  # the last count holds the lock: no one else writes now
                pass
        return real_ready(conn)

    with mock.patch.object(tallies, "tallies_ready", ready_then_write):
        assert tallies.count_tallies(store.engine, tries=2)
    assert _ready(store)
    assert_tallies_right(store)


def test_a_count_cut_short_leaves_the_figures_right_and_the_next_start_counts(paths: AppPaths) -> None:
    store = open_store(paths)
    world = _world(store)
    _write(world, ROWS[:3], [])
    _set_aside(store)
    _write(world, ROWS[3:], [])
    boom = OperationalError("INSERT INTO main.tally_offer", {}, Exception("disk I/O error"))
    real = tallies._count_once
    with mock.patch.object(tallies, "_count_once", side_effect=boom):
        count = tallies.start_tally_count(store.engine)
        assert count is not None and count.wait(30)
    assert count.error is boom and not count.counted and count.seconds is not None
    assert not _ready(store)
    _figures_right(store)
    store.close()
    # The app starts again: it does not wait for the count, which runs beside it.
    with mock.patch.object(tallies, "_count_once", wraps=real) as counting:
        again = open_app_store(paths)
        try:
            running = tallies._running.get(str(again.engine.url))
            assert running is not None or _ready(again)
            if running is not None:
                assert running.wait(30) and running.counted and running.error is None
            assert counting.call_count == 1
            assert _ready(again)
            assert_tallies_right(again)
            _figures_right(again)
        finally:
            again.close()


def test_a_hunters_store_does_not_count_the_tallies(paths: AppPaths) -> None:
    store = open_store(paths)
    world = _world(store, role="hunter")
    _set_aside(store)
    _write(world, ROWS, [])
    assert tallies.start_tally_count(store.engine) is None
    store.close()
    again = open_app_store(paths)
    try:
        assert tallies._running.get(str(again.engine.url)) is None
        assert not _ready(again)
        _figures_right(again)  # the hunter's goal page too, from the visits
    finally:
        again.close()


@pytest.mark.parametrize("role, wanted", [("staff", True), ("admin", True), ("hunter", False)])
def test_the_tallies_are_wanted_where_staff_figures_are_read(store: Store, role: str, wanted: bool) -> None:
    with store.session() as s:
        get_profile(s).role = role
    with store.engine.connect() as conn:
        assert tallies.tallies_wanted(conn) is wanted

