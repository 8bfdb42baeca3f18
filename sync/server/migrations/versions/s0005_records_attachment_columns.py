"""records: an attachment's parent, its two files and their bytes as generated columns with
partial indexes (NULL, and not in the indexes, for every other kind of record).

The lookups by parent (each erased visit or contact, under the write lock), by file (each
upload's end, each released file) and the quota's sum (each upload's start) read the stored
JSON of every attachment before: with 10,000 attachments 9, 18 and 31 ms each on PostgreSQL, a
push erasing 200 visits 1.9 s of lookups (bench/bench_attachment_lookups.py).

Generated from `fields`, the columns follow every write whichever path made it (the one-trip
upsert, COPY, an UPDATE). PostgreSQL stores them, so adding them rewrites `records` once (6 s
for a million records); SQLite computes them when read (its ALTER TABLE adds only virtual
ones) and keeps them in the indexes.

Revision ID: s0005
Revises: s0004
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0005"
down_revision = "s0004"
branch_labels = None
depends_on = None

# (column, type, the fields it is generated from); written out here rather than taken from the
# models, so that this step stays what it was when later models change.
COLUMNS = (("attachment_parent_id", sa.String(64), ("parent_id",)),
           ("attachment_sha256", sa.String(64), ("sha256",)),
           ("attachment_thumbnail_sha256", sa.String(64), ("thumbnail_sha256",)),
           ("attachment_bytes", sa.BigInteger(), ("size", "thumbnail_size")))
INDEXES = (("attachment_parent_id", ["attachment_parent_id"]),
           ("attachment_sha256", ["attachment_sha256"]),
           ("attachment_thumbnail_sha256", ["attachment_thumbnail_sha256"]),
           ("attachment_bytes", ["org_id", "attachment_bytes"]))


def _expression(names: tuple[str, ...], pg: bool) -> str:
    parts = [f"((fields)::jsonb ->> '{n}')" if pg else f"json_extract(fields, '$.{n}')" for n in names]
    if len(parts) > 1:
        value = " + ".join(f"coalesce({'(' + p + ')::bigint' if pg else p}, 0)" for p in parts)
    else:
        value = parts[0]
    return f"CASE WHEN entity = 'attachment' THEN {value} END"


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # One statement: each ALTER TABLE adding a stored column rewrites the table (23 s for a
        # million records as four statements).
        types = {"attachment_bytes": "bigint"}
        op.execute("ALTER TABLE records " + ", ".join(
            f"ADD COLUMN {column} {types.get(column, 'varchar(64)')} "
            f"GENERATED ALWAYS AS ({_expression(names, True)}) STORED"
            for column, _type, names in COLUMNS))
    else:
        for column, type_, names in COLUMNS:
            op.add_column("records", sa.Column(column, type_, sa.Computed(_expression(names, False))))
    for column, columns in INDEXES:
        op.create_index(f"ix_records_{column}", "records", columns,
                        postgresql_where=sa.text(f"{column} IS NOT NULL"),
                        sqlite_where=sa.text(f"{column} IS NOT NULL"))


def downgrade() -> None:
    for column, _columns in INDEXES:
        op.drop_index(f"ix_records_{column}", table_name="records")
    with op.batch_alter_table("records") as batch:
        for column, _type, _names in reversed(COLUMNS):
            batch.drop_column(column)
