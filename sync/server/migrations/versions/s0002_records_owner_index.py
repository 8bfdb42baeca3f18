"""records: an index on (org_id, owner_id, seq), so that a hunter's pull reads only the records
of its scope (the shared register, the organisation's unowned records, its owners' records)
instead of every record written since its cursor.

Revision ID: s0002
Revises: s0001
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "s0002"
down_revision = "s0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_records_org_owner_seq", "records", ["org_id", "owner_id", "seq"])


def downgrade() -> None:
    op.drop_index("ix_records_org_owner_seq", table_name="records")
