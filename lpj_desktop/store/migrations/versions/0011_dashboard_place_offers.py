"""staff figures: the place offers read from an index of their own

The dashboard over a whole history (1,000,000 visits) read its 80,000 place-offer visits row by
row from the table. `ix_visit_place_offers` holds the visits that may carry places (a partial
index: 8 % of the visits here) with everything the figures read of them.

A distinct revision id and file name from the other branches' 0011 migrations: whoever merges
re-points down_revision to the head of main at that time.

Revision ID: 0011_dashboard_place_offers
Revises: 0010_attachments
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0011_dashboard_place_offers"
down_revision = "0010_attachments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The outcome list word for word as the figures' queries name it (domain.ladder.PLACE_OUTCOMES):
    # SQLite uses a partial index only for a query that repeats its condition.
    op.execute("CREATE INDEX IF NOT EXISTS ix_visit_place_offers ON visit "
               "(outcome, occurred_at, deleted_at, hunter_id, company_id, places) "
               "WHERE outcome IN ('place_offered', 'contract_signed')")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_visit_place_offers")
