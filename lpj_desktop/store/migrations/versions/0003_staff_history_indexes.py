"""staff views: indexes for the visit history at 1,000,000 visits; saved filters; apprentice counts

The visit indexes by company and by hunter are widened with outcome, the other party and the tombstone, so that
figures (funnel, goal progress) count from the index alone.

The history table pages newest-first with filters on channel, outcome and campaign. With an index
that leads with the filtered column and ends with the time, SQLite walks the rows already in order
and stops after one page, whatever the size of the store.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("visit", schema=None) as batch_op:
        # Widened in place (same leading columns, so every earlier use still fits): the figures
        # count outcomes per company or per hunter from the index alone.
        batch_op.drop_index("ix_visit_company_when")
        batch_op.drop_index("ix_visit_hunter_when")
        batch_op.create_index("ix_visit_company_when",
                              ["company_id", "occurred_at", "outcome", "hunter_id", "deleted_at"], unique=False)
        batch_op.create_index("ix_visit_hunter_when",
                              ["hunter_id", "occurred_at", "outcome", "company_id", "deleted_at"], unique=False)
        batch_op.create_index("ix_visit_channel_when", ["channel", "occurred_at"], unique=False)
        batch_op.create_index("ix_visit_outcome_when", ["outcome", "occurred_at"], unique=False)
        batch_op.create_index("ix_visit_campaign_when", ["campaign_id", "occurred_at"], unique=False)
    op.create_table(
        "saved_filter",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("query", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_filter")),
        sa.UniqueConstraint("kind", "name", name="uq_saved_filter_kind_name"),
    )
    op.create_table(
        "lb_apprentices",
        sa.Column("company_id", sa.String(length=36), nullable=False),
        sa.Column("trade", sa.String(length=200), nullable=False),
        sa.Column("apprentices", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"],
                                name=op.f("fk_lb_apprentices_company_id_company")),
        sa.PrimaryKeyConstraint("company_id", "trade", name=op.f("pk_lb_apprentices")),
    )


def downgrade() -> None:
    op.drop_table("lb_apprentices")
    op.drop_table("saved_filter")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index("ix_visit_campaign_when")
        batch_op.drop_index("ix_visit_outcome_when")
        batch_op.drop_index("ix_visit_channel_when")
        batch_op.drop_index("ix_visit_hunter_when")
        batch_op.drop_index("ix_visit_company_when")
        batch_op.create_index("ix_visit_hunter_when", ["hunter_id", "occurred_at"], unique=False)
        batch_op.create_index("ix_visit_company_when", ["company_id", "occurred_at"], unique=False)
