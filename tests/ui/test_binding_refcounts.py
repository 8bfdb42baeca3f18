"""The Qt binding must not drop references it never took.

PySide6-Essentials 6.12.0 on CPython 3.11 drops one reference to `None` (and to True/False) on
every call of a method that returns nothing: `setData`, `addItem`, `setText`… A session that opens a
company with 23,000 visits, or some fifty ordinary companies, brings None's count to zero and
CPython aborts with `Fatal Python error: none_dealloc`, taking unsaved typing with it. Each test
is short, so only a test that drives the app's list and timeline paths many thousands of times sees
it. The count is checked after every step, so a leaking binding fails here in words instead of
aborting the test run.

On Python 3.12 and newer None is immortal and its count says nothing; the start-up check in
`lpj_desktop.ui.binding_check` is skipped there for the same reason.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import insert

from lpj_desktop.store.models import Visit
from lpj_desktop.ui.binding_check import binding_drops_references
from lpj_desktop.ui.main_window import MainWindow
from sync.kernel.ids import uuid7

pytestmark = pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")

# A fall this large is no noise: caches only ever add references to None.
ALLOWED_FALL = 200


def _bulk_visits(store, company_id: str, hunter_id: str, n: int) -> None:  # type: ignore[no-untyped-def]
    start = datetime(2025, 1, 1, 9, tzinfo=UTC)
    rows = [
        {"id": uuid7(), "company_id": company_id, "hunter_id": hunter_id,
         "occurred_at": start + timedelta(hours=i), "channel": "phone", "outcome": "interested",
         "trades": ["Elektrikerfaget"], "places": [], "notes": f"Samtale nummer {i}"}
        for i in range(n)
    ]
    with store.session() as s:
        s.execute(insert(Visit), rows)


def test_the_binding_check_sees_no_leak_here() -> None:
    assert not binding_drops_references(), (
        "this PySide6 build drops references to None on every call (6.12.0 on Python 3.11 does); "
        "pyproject.toml must exclude it"
    )


def test_lists_and_timelines_keep_nones_count(qtbot, window, seeded) -> None:  # type: ignore[no-untyped-def]
    w: MainWindow = window
    store, _paths, ids = seeded
    from lpj_desktop.services.profile import get_profile

    with store.reader() as s:
        me = get_profile(s).user_id
    busy = ids["Vardø Fisk AS"]
    _bulk_visits(store, busy, me, 1500)
    _bulk_visits(store, ids["Alta Elektro AS"], me, 300)

    start = sys.getrefcount(None)
    lowest = start
    steps = 0

    def check(step: str) -> None:
        nonlocal lowest, steps
        steps += 1
        now = sys.getrefcount(None)
        lowest = min(lowest, now)
        assert start - now < ALLOWED_FALL, (
            f"after {step!r} (step {steps}) None has {start - now} references fewer than at the start: "
            "the Qt binding drops references it never took and the app will abort"
        )

    names = list(ids)
    for round_ in range(12):
        for name in (names[3], names[0], names[round_ % len(names)]):
            w.open_company(ids[name])
            check(f"open {name}")
        for key in ("companies", "followups", "goals", "company"):
            w.show_page(key)
            check(f"page {key}")
        w.company_list.search.setText("alta" if round_ % 2 else "")
        w.company_list.apply_query()
        qtbot.wait(1)
        check("search")
    # The timeline of the busy company was shown a dozen times: thousands of list entries made.
    assert steps >= 12 * 8
    assert start - sys.getrefcount(None) < ALLOWED_FALL
