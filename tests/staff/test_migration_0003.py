"""Migration 0003: the staff indexes and tables come and go cleanly, and a filled store keeps its data."""

from __future__ import annotations

from alembic import command
from sqlalchemy import inspect

from lpj_desktop.paths import AppPaths
from lpj_desktop.store.database import make_engine, open_store
from lpj_desktop.store.migrate import alembic_config


def _visit_indexes(engine) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    return {ix["name"]: ix["column_names"] for ix in inspect(engine).get_indexes("visit")}


def test_0003_up_down_up(paths: AppPaths) -> None:
    open_store(paths).close()
    engine = make_engine(paths.database)
    indexes = _visit_indexes(engine)
    assert indexes["ix_visit_company_when"] == [
        "company_id", "occurred_at", "outcome", "hunter_id", "deleted_at"]
    assert indexes["ix_visit_hunter_when"] == [
        "hunter_id", "occurred_at", "outcome", "company_id", "deleted_at"]
    assert indexes["ix_visit_channel_when"] == ["channel", "occurred_at"]
    assert {"saved_filter", "lb_apprentices"} <= set(inspect(engine).get_table_names())
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0002")
    engine.dispose()
    engine = make_engine(paths.database)
    indexes = _visit_indexes(engine)
    assert indexes["ix_visit_company_when"] == ["company_id", "occurred_at"]
    assert "ix_visit_channel_when" not in indexes
    assert "saved_filter" not in inspect(engine).get_table_names()
    engine.dispose()
    open_store(paths).close()  # and up again
    engine = make_engine(paths.database)
    assert "ix_visit_outcome_when" in _visit_indexes(engine)
    engine.dispose()
