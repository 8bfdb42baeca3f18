"""staff figures: the place offers and the companies' municipalities read from small indexes

The dashboard over a whole history (1,000,000 visits) read its 80,000 place-offer visits row by
row from the table, and the municipality of 90,000 companies from their wide rows.
`ix_visit_place_offers` holds the visits that may carry places (a partial index: 8 % of the visits
there) with everything the figures read of them; `ix_company_id_municipality` holds each company's
municipality beside its id.

A distinct revision id and file name from the other branches' 0011 migrations: whoever merges
re-points down_revision to the head of main at that time.

Revision ID: 0011_dashboard_indexes
Revises: 0010_attachments
Create Date: 2026-12-05
"""

from __future__ import annotations

from alembic import op

revision = "0011_dashboard_indexes"
down_revision = "0010_attachments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # The outcome list word for word as the figures' queries name it (domain.ladder.PLACE_OUTCOMES):
    # SQLite uses a partial index only for a query that repeats its condition.
    op.execute("CREATE INDEX IF NOT EXISTS ix_visit_place_offers ON visit "
               "(outcome, occurred_at, deleted_at, hunter_id, company_id, places) "
               "WHERE outcome IN ('place_offered', 'contract_signed')")
    op.execute("CREATE INDEX IF NOT EXISTS ix_company_id_municipality ON company (id, municipality_number)")


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_company_id_municipality")
    op.execute("DROP INDEX IF EXISTS ix_visit_place_offers")
