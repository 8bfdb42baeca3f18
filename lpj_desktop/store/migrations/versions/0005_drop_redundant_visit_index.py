"""visit: drop ix_visit_campaign_id, which ix_visit_campaign_when (campaign_id, occurred_at)
already serves: SQLite uses a composite index for lookups on its first column. One index fewer
to keep current on every saved visit, and to build after a first sync of a million visits.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_visit_campaign_id")


def downgrade() -> None:
    op.create_index("ix_visit_campaign_id", "visit", ["campaign_id"])
