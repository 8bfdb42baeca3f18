"""handover: staff moving a hunter's companies and follow-ups to others (synced history, undo)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from lpj_desktop.store.base import UTCDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "handover",
        sa.Column("batch_id", sa.String(36), nullable=False),
        sa.Column("company_id", sa.String(36), nullable=False),
        sa.Column("from_id", sa.String(36), nullable=False),
        sa.Column("to_id", sa.String(36), nullable=False),
        sa.Column("by_id", sa.String(36), nullable=False),
        sa.Column("moved_at", UTCDateTime(), nullable=False),
        sa.Column("company_moved", sa.Boolean(), nullable=False),
        sa.Column("followup_ids", sa.JSON(), nullable=False),
        sa.Column("undoes", sa.String(36), nullable=True),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name=op.f("fk_handover_company_id_company")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_handover")),
    )
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_handover_batch_id"), ["batch_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_handover_company_id"), ["company_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_handover_undoes"), ["undoes"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("handover", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_handover_undoes"))
        batch_op.drop_index(batch_op.f("ix_handover_company_id"))
        batch_op.drop_index(batch_op.f("ix_handover_batch_id"))
    op.drop_table("handover")
