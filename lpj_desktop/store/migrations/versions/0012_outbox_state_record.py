"""the records with changes waiting counted from an index: outbox (state, entity, record_id)

The status bar counts the records with changes waiting after every change, on the UI thread: with
31,000 outbox rows (four runs of 8,000 campaign letters marked "sent") the count read every row
from the table and sorted them, 40-60 ms. The index holds what the count reads, in the order it
needs; it replaces the index on state alone, which it serves as well.

A distinct revision id and file name from the other branches' 0012 migrations: whoever merges
re-points down_revision to the head of main at that time.

Revision ID: 0012_outbox_state_record
Revises: 0011_dashboard_indexes
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0012_outbox_state_record"
down_revision = "0011_dashboard_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_outbox_state_record ON outbox (state, entity, record_id)")
    op.execute("DROP INDEX IF EXISTS ix_outbox_state")


def downgrade() -> None:
    op.execute("CREATE INDEX IF NOT EXISTS ix_outbox_state ON outbox (state)")
    op.execute("DROP INDEX IF EXISTS ix_outbox_state_record")
