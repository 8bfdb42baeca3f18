"""Installing a new version over an old one: the store made by the previous schema revision
migrates at first start, keeps its unsynced outbox and the outbox's id sequence, and is backed up.

Rows are written with plain SQL from the old table's own columns (PRAGMA table_info), so the test
keeps working as new revisions are added: it always starts from the revision just before head.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select

from lpj_desktop.paths import AppPaths
from lpj_desktop.services.companies import add_company_by_hand
from lpj_desktop.store.database import make_engine, open_store
from lpj_desktop.store.migrate import _script, alembic_config, current_revision, head_revision
from lpj_desktop.store.models import Company, OutboxMutation


def _previous_revision() -> str:
    down = _script().get_revision(head_revision()).down_revision
    assert isinstance(down, str), "head must have exactly one parent revision"
    return down


def _make_store_at(paths: AppPaths, revision: str) -> None:
    paths.ensure()
    engine = make_engine(paths.database)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
    engine.dispose()


def _insert(db: sqlite3.Connection, table: str, values: dict[str, object]) -> None:
    """Insert `values`, filling any other required column of the old schema with a plain value."""
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    row = dict(values)
    for _cid, name, decl, notnull, default, pk in db.execute(f"PRAGMA table_info({table})"):
        if name in row or not notnull or default is not None or pk:
            continue
        decl = decl.upper()
        if "INT" in decl or "BOOL" in decl or "NUM" in decl:
            row[name] = 0
        elif "DATE" in decl or "TIME" in decl:
            row[name] = now
        elif "JSON" in decl:
            row[name] = "[]"
        else:
            row[name] = "x"
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    db.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))


def test_previous_schema_store_keeps_unsynced_outbox_through_upgrade(paths: AppPaths) -> None:
    previous = _previous_revision()
    _make_store_at(paths, previous)
    now = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")
    args = {"fields": {"name": "Vardø Sjømat AS", "orgnr": "923609016"}}
    db = sqlite3.connect(paths.database)
    _insert(db, "company", {"id": "c-vardo", "name": "Vardø Sjømat AS", "orgnr": "923609016",
                            "source": "manual", "created_at": now, "updated_at": now})
    _insert(db, "outbox", {"mutation_id": 7, "name": "create", "entity": "company",
                           "record_id": "c-vardo", "args": json.dumps(args), "state": "pending",
                           "created_at": now})
    # An acknowledged mutation, since pruned: its id (8) must never be handed out again.
    _insert(db, "outbox", {"mutation_id": 8, "name": "update", "entity": "company",
                           "record_id": "c-vardo", "args": "{}", "state": "acked", "created_at": now})
    db.execute("DELETE FROM outbox WHERE mutation_id = 8")
    db.commit()
    db.close()

    store = open_store(paths)  # what the new version does at its first start
    try:
        assert current_revision(store.engine) == head_revision() != previous
        with store.reader() as s:
            pending = s.scalars(select(OutboxMutation)).all()
            assert [(m.mutation_id, m.name, m.record_id, m.state, m.args) for m in pending] == [
                (7, "create", "c-vardo", "pending", args)]
            assert s.get(Company, "c-vardo").name == "Vardø Sjømat AS"  # type: ignore[union-attr]
        # The next local change continues the sequence: a reused id would look like a replay.
        with store.session() as s:
            add_company_by_hand(s, name="Alta Bygg AS", municipality_number="5601")
        with store.reader() as s:
            ids = list(s.scalars(select(OutboxMutation.mutation_id).order_by(OutboxMutation.mutation_id)))
        assert ids[0] == 7 and ids[1] > 8
    finally:
        store.close()

    backups = list(paths.backups_dir.glob("*.sqlite3"))
    assert len(backups) == 1, "the upgrade must back the store up first"
    copy = sqlite3.connect(backups[0])
    try:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(previous,)]
        assert copy.execute("SELECT mutation_id, state FROM outbox").fetchall() == [(7, "pending")]
    finally:
        copy.close()


def test_data_folder_is_outside_the_program_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    """Installers replace the program folder; the store lives in the user's data folder."""
    import lpj_desktop
    from lpj_desktop.paths import app_paths

    monkeypatch.delenv("LPJ_DATA_DIR", raising=False)
    program = Path(lpj_desktop.__file__).resolve().parent
    data = app_paths(None).data_dir.resolve()
    assert not data.is_relative_to(program)
