"""register_change: a company's register changes (new name, new address, bankrupt, deleted) from
Enhetsregisteret's update feed, for its timeline (issue 24).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from lpj_desktop.store.base import UTCDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "register_change",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("company_id", sa.String(36), nullable=False),
        sa.Column("update_id", sa.Integer(), nullable=False),
        sa.Column("occurred_at", UTCDateTime(), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("old_value", sa.String(500), nullable=True),
        sa.Column("new_value", sa.String(500), nullable=True),
        sa.ForeignKeyConstraint(["company_id"], ["company.id"], name="fk_register_change_company_id_company"),
        sa.PrimaryKeyConstraint("id", name="pk_register_change"),
    )
    op.create_index("ix_register_change_company_id", "register_change", ["company_id"])


def downgrade() -> None:
    op.drop_index("ix_register_change_company_id", table_name="register_change")
    op.drop_table("register_change")
