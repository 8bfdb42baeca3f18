"""Schema migrations: from nothing, from the previous schema with data in it, and refusing the future."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import inspect, select, text

from lpj_desktop.paths import AppPaths
from lpj_desktop.store.database import make_engine, open_store
from lpj_desktop.store.migrate import (
    StoreTooNewError,
    alembic_config,
    current_revision,
    head_revision,
)
from lpj_desktop.store.models import Company, OutboxMutation


def _upgrade_to(paths: AppPaths, revision: str) -> None:
    paths.ensure()
    engine = make_engine(paths.database)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def test_empty_store_reaches_head_with_every_table(paths: AppPaths) -> None:
    store = open_store(paths)
    try:
        assert current_revision(store.engine) == head_revision()
        tables = set(inspect(store.engine).get_table_names())
        for table in ("company", "contact", "visit", "note", "followup", "campaign",
                      "campaign_target", "goal", "app_user", "local_profile", "outbox"):
            assert table in tables, table
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        store.close()
    # No backup is taken for a brand-new store: there was nothing to lose.
    assert not list(paths.backups_dir.glob("*.sqlite3"))


def test_database_file_is_private(paths: AppPaths) -> None:
    open_store(paths).close()
    assert paths.database.stat().st_mode & 0o077 == 0


def test_upgrade_from_first_schema_keeps_data_and_backs_up(paths: AppPaths) -> None:
    _upgrade_to(paths, "0001")
    raw = sqlite3.connect(paths.database)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    raw.execute(
        "INSERT INTO company (id, source, name, orgnr, municipality_name, is_subunit, bankrupt,"
        " under_liquidation, forced_dissolution, lb_status, approved_trades, interest_trades, tags,"
        " created_at, updated_at) VALUES ('c1', 'manual', 'Tromsø Rør AS', '914778271', 'Tromsø',"
        " 0, 0, 0, 0, 'unknown', '[]', '[]', '[]', ?, ?)", (now, now),
    )
    raw.execute(
        "INSERT INTO outbox (name, entity, record_id, args, state, created_at)"
        " VALUES ('create', 'company', 'c1', '{}', 'pending', ?)", (now,),
    )
    raw.commit()
    raw.close()

    store = open_store(paths)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.reader() as s:
            company = s.get(Company, "c1")
            assert company is not None and company.name == "Tromsø Rør AS"
            pending = s.scalars(select(OutboxMutation)).all()
            assert [(m.entity, m.record_id, m.state) for m in pending] == [("company", "c1", "pending")]
            # The search index added by a later migration covers rows that existed before it.
            hits = s.execute(text("SELECT rowid FROM company_fts WHERE company_fts MATCH '\"Rør\"'")).all()
            assert len(hits) == 1
    finally:
        store.close()
    backups = list(paths.backups_dir.glob("*.sqlite3"))
    assert len(backups) == 1
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("SELECT name FROM company").fetchall() == [("Tromsø Rør AS",)]
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
    finally:
        copy.close()


def test_store_from_newer_app_is_refused_untouched(paths: AppPaths) -> None:
    open_store(paths).close()
    raw = sqlite3.connect(paths.database)
    raw.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    raw.commit()
    raw.close()
    before = paths.database.read_bytes()

    with pytest.raises(StoreTooNewError) as excinfo:
        open_store(paths)
    assert "newer version" in str(excinfo.value)
    assert paths.database.read_bytes() == before
    assert not list(paths.backups_dir.glob("*.sqlite3"))


def test_reopening_an_up_to_date_store_changes_nothing(paths: AppPaths) -> None:
    open_store(paths).close()
    open_store(paths).close()
    assert not list(paths.backups_dir.glob("*.sqlite3"))


def test_migrations_match_the_models(paths: AppPaths) -> None:
    """The schema the migrations build is the one the models describe (no forgotten migration)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from lpj_desktop.store.base import Base

    store = open_store(paths)
    try:
        with store.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        store.close()
    # The FTS5 search tables live outside the models on purpose.
    diff = [d for d in diff if not (d[0] == "remove_table" and d[1].name.startswith("company_fts"))]
    assert diff == []


def test_indexes_rebuilt_from_the_models_are_the_ones_the_migrations_made(paths: AppPaths) -> None:
    """A first sync drops the secondary indexes and builds them again from the models: the
    result must be the migrated schema, partial indexes' conditions included (compare_metadata
    does not look at those)."""
    from lpj_desktop.store.indexes import drop_secondary_indexes, ensure_indexes

    def indexes(conn) -> dict[str, str]:  # type: ignore[no-untyped-def]
        return dict(conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").all())

    store = open_store(paths)
    try:
        with store.engine.connect() as conn:
            migrated = indexes(conn)
            assert "WHERE campaign_id IS NOT NULL" in migrated["ix_visit_campaign_when"]
            assert "WHERE event_id IS NOT NULL" in migrated["ix_visit_event_id"]
            drop_secondary_indexes(conn, "visit")
            drop_secondary_indexes(conn, "company")
            ensure_indexes(conn)
            conn.commit()
            assert indexes(conn) == migrated
            # A lookup by campaign or event implies the partial index's condition.
            for sql in ("SELECT id FROM visit WHERE campaign_id = ? ORDER BY occurred_at",
                        "SELECT id FROM visit WHERE event_id = ?"):
                plan = " ".join(str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}", ("x",)))
                assert "USING INDEX ix_visit_" in plan, plan
    finally:
        store.close()
