"""company search: an FTS5 trigram index over name, orgnr and municipality

Substring search ("bygg" in "TINDEN BYGGSERVICE AS") must answer in milliseconds on 200,000
companies; a LIKE '%…%' scan does not. The index is an external-content FTS5 table kept in step
by triggers. It is keyed by the company table's rowid: never VACUUM the store without rebuilding
it afterwards (INSERT INTO company_fts(company_fts) VALUES('rebuild')).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE company_fts USING fts5("
        "name, orgnr, municipality_name, content='company', content_rowid='rowid', "
        "tokenize='trigram')"
    )
    op.execute(
        "CREATE TRIGGER company_fts_ai AFTER INSERT ON company BEGIN "
        "INSERT INTO company_fts(rowid, name, orgnr, municipality_name) "
        "VALUES (new.rowid, new.name, new.orgnr, new.municipality_name); END"
    )
    op.execute(
        "CREATE TRIGGER company_fts_ad AFTER DELETE ON company BEGIN "
        "INSERT INTO company_fts(company_fts, rowid, name, orgnr, municipality_name) "
        "VALUES ('delete', old.rowid, old.name, old.orgnr, old.municipality_name); END"
    )
    # Only when a searched column changes: most updates (status, stage) leave the index alone.
    op.execute(
        "CREATE TRIGGER company_fts_au AFTER UPDATE OF name, orgnr, municipality_name ON company "
        "BEGIN "
        "INSERT INTO company_fts(company_fts, rowid, name, orgnr, municipality_name) "
        "VALUES ('delete', old.rowid, old.name, old.orgnr, old.municipality_name); "
        "INSERT INTO company_fts(rowid, name, orgnr, municipality_name) "
        "VALUES (new.rowid, new.name, new.orgnr, new.municipality_name); END"
    )
    op.execute("INSERT INTO company_fts(company_fts) VALUES ('rebuild')")


def downgrade() -> None:
    for trigger in ("company_fts_ai", "company_fts_ad", "company_fts_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS company_fts")
