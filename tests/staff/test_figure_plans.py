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
from lpj_desktop.services.figures import FigureScope, GroupPlan
from lpj_desktop.store.database import Store

from .conftest import World


def _plans(store: Store, scope: FigureScope, read: Any = None) -> dict[str, str]:
    """Each statement the dashboard (or `read`) ran → its plan."""
    statements: list[tuple[str, Any]] = []

    def seen(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        statements.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", seen)
    try:
        with store.reader() as s:
            (read or figures.dashboard)(s, scope)
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


LONG = FigureScope(date(2020, 1, 1), date(2026, 12, 31))


def _groups(plan: GroupPlan) -> Any:
    def read(s: Any, scope: FigureScope) -> Any:
        days = figures._period_days(s, (scope.date_from, scope.date_to))
        return figures.company_groups(s, scope, days, plan)
    return read


@pytest.mark.parametrize("analyzed", [False, True])
def test_the_long_reads_keep_their_indexes(store: Store, world: World, analyzed: bool) -> None:
    if analyzed:
        _analyze(store)
    with mock.patch.object(figures, "MANY_VISITS", 1):  # a period of many visits, as at 1,000,000
        plans = _plans(store, LONG)
        goals = _plans(store, LONG, lambda s, scope: figures.hunters_activity(
            s, [world.kari, world.ola], scope.date_from, scope.date_to))

    trades = _plan_of(plans, "tally_offer.trade")
    assert trades.startswith("SCAN tally_offer") and "visit" not in trades  # the offer tally, no JSON
    weekly = _plan_of(plans, "RECURSIVE")
    assert "tally_hunter_day USING PRIMARY KEY (hunter_id=? AND day>? AND day<?)" in weekly
    assert "TEMP B-TREE" not in weekly and "visit" not in weekly  # added up per hunter and week
    # A goal's agreements from the partial index of agreements, its contacts and places from the
    # hunter tally.
    for statement, plan in goals.items():
        if "count(distinct(visit.company_id))" in statement:
            assert "ix_visit_agreements (hunter_id=? AND occurred_at>? AND occurred_at<?)" in plan
    contacts = _plan_of(goals, "sum(tally_hunter_day.visits)", "GROUP BY")
    assert "tally_hunter_day USING PRIMARY KEY (hunter_id=? AND day>? AND day<?)" in contacts


@pytest.mark.parametrize("analyzed", [False, True])
def test_the_companies_of_a_long_period_are_read_as_planned(store: Store, world: World, analyzed: bool
                                                            ) -> None:
    if analyzed:
        _analyze(store)
    with mock.patch.object(figures, "MANY_VISITS", 1):
        tally = _plans(store, LONG, _groups(GroupPlan(tally=True, partly=True)))
        passes = _plans(store, LONG, _groups(GroupPlan(tally=False, long_period=True, first="0", until="z")))
    # Companies whose visits all lie in the period: the tally in the order of its index, nothing
    # sorted; the others each sought on the company index by company and time.
    whole = _plan_of(tally, "tally_company.top_rank", "GROUP BY")
    assert whole == "SCAN tally_company USING COVERING INDEX ix_tally_company_groups"
    partly = _plan_of(tally, "anon_1.rank")
    assert "ix_visit_company_when (company_id=? AND occurred_at>? AND occurred_at<?)" in partly
    assert "tally_offer USING PRIMARY KEY (company_id=? AND day>? AND day<?)" in partly
    # Otherwise one pass over the company index, in company order, no sort of the visits; each
    # company's municipality from ix_company_id_municipality.
    one_pass = _plan_of(passes, "company.municipality_number", "GROUP BY")
    assert "COVERING INDEX ix_visit_company_when (company_id>? AND company_id<?)" in one_pass
    assert "COVERING INDEX ix_company_id_municipality" in one_pass
    assert "tally_offer USING PRIMARY KEY (company_id=? AND day>? AND day<?)" in one_pass


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

