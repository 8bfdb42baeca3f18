"""The server's Alembic migrations build exactly the tables the models describe, on both backends."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from sync.server.db import Database
from sync.server.migrate import VERSION_TABLE, current_revision, head_revision
from sync.server.models import Base


def test_migrated_schema_matches_models(database: Database) -> None:
    assert current_revision(database) == head_revision()
    with database.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": False, "version_table": VERSION_TABLE})
        diff = [d for d in compare_metadata(ctx, Base.metadata)
                if not (d[0] == "remove_table" and d[1].name == VERSION_TABLE)]
    assert diff == []
