"""The dashboard's large reads keep the plans they were made fast with (bench_staff_dashboard).

SQLite chooses a plan per statement; a harmless-looking change (a parameter where a word was, an
ORDER BY, an equality where a range was) silently sends a read back to the table row by row. Each
read of a long period is checked here by its query plan: on a store without statistics, as every
laptop's is, and with the statistics ANALYZE wrote for the bench's store (200,000 companies,
1,000,000 visits, campaigns of 10,000 targets), under which SQLite plans as for a big store.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from unittest import mock

import pytest
from sqlalchemy import event

from lpj_desktop.services import figures
from lpj_desktop.services.figures import FigureScope
from lpj_desktop.store.database import Store

from .conftest import World


def _plans(store: Store, scope: FigureScope) -> dict[str, str]:
    """Each statement the dashboard ran (its first 60 characters and what it reads) → its plan."""
    statements: list[tuple[str, Any]] = []

    def seen(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        with store.reader() as s:
            figures.dashboard(s, scope)
    finally:
        event.remove(store.engine, "before_cursor_execute", seen)
    with store.reader() as s:
        raw = s.connection()
        return {statement: "\n".join(row[3] for row in raw.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}",
                                                                            parameters))
                for statement, parameters in statements}


# sqlite_stat1 of the bench's store (bench/gui_store.py, ANALYZE after the build).
BIG_STORE_STATISTICS = [
    ("campaign_target", "ix_campaign_target_campaign_id", "31000 10334"),
    ("campaign_target", "ix_campaign_target_company_id", "31000 1"),
    ("campaign_target", "sqlite_autoindex_campaign_target_1", "31000 1"),
    ("campaign_target", "sqlite_autoindex_campaign_target_2", "31000 10334 1"),
    ("company", "ix_company_municipality_number", "200000 508"),
    ("company", "sqlite_autoindex_company_1", "200000 1"),
    ("company", "sqlite_autoindex_company_2", "200000 1"),
    ("visit", "ix_visit_campaign_when", "113231 37744 1"),
    ("visit", "ix_visit_channel_when", "1000000 166667 1"),
    ("visit", "ix_visit_company_when", "1000000 12 1 1 1 1"),
    ("visit", "ix_visit_hunter_when", "1000000 27778 1 1 1 1"),
    ("visit", "ix_visit_outcome_when", "1000000 125000 1"),
    ("visit", "ix_visit_when", "1000000 1"),
    ("visit", "sqlite_autoindex_visit_1", "1000000 1"),
]


def _analyze(store: Store) -> None:
    """The statistics of a big store, as its ANALYZE wrote them (the new indexes have none there)."""
    with store.session() as s:
        raw = s.connection()
        raw.exec_driver_sql("ANALYZE")
        raw.exec_driver_sql("DELETE FROM sqlite_stat1")
        for row in BIG_STORE_STATISTICS:
            raw.exec_driver_sql("INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES (?, ?, ?)", row)
    store.engine.dispose()  # statistics are read when a connection loads the schema


def _plan_of(plans: dict[str, str], *words: str) -> str:
    found = [plan for statement, plan in plans.items() if all(w in statement for w in words)]
    assert len(found) >= 1, words
    return found[0]


@pytest.mark.parametrize("analyzed", [False, True])
def test_the_long_reads_keep_their_indexes(store: Store, world: World, analyzed: bool) -> None:
    if analyzed:
        _analyze(store)
    with mock.patch.object(figures, "MANY_VISITS", 1):  # a period of many visits, as at 1,000,000
        plans = _plans(store, FigureScope(date(2020, 1, 1), date(2026, 12, 31)))

    offers = _plan_of(plans, "json_each(visit.places)")
    assert "COVERING INDEX ix_visit_place_offers" in offers  # the partial index, not the table
    assert "COVERING INDEX ix_company_id_municipality" in offers
    groups = _plan_of(plans, "company.municipality_number", "GROUP BY")
    assert "COVERING INDEX ix_company_id_municipality" in groups
    assert "SCAN visit USING COVERING INDEX ix_visit_company_when" in groups  # in company order, no sort
    weekly = _plan_of(plans, "RECURSIVE")
    assert "ix_visit_hunter_when (hunter_id=? AND occurred_at>? AND occurred_at<?)" in weekly
    assert "TEMP B-TREE" not in weekly  # counted per hunter and week, nothing sorted


@pytest.mark.parametrize("analyzed", [False, True])
def test_a_campaigns_weeks_are_not_driven_from_its_target_list(store: Store, world: World, analyzed: bool
                                                               ) -> None:
    """Per hunter and week, each of the campaign's targets' visits were sought again (40 s, not 40 ms,
    for a campaign of 8,000 targets)."""
    if analyzed:
        _analyze(store)
    plans = _plans(store, FigureScope(date(2025, 6, 1), date(2025, 10, 31), world.campaign_id))
    weekly = _plan_of(plans, "RECURSIVE")
    assert "ix_visit_hunter_when (hunter_id=? AND occurred_at>? AND occurred_at<?)" in weekly
    assert "ix_visit_company_when" not in weekly

