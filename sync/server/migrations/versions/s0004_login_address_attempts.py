"""login_address_attempts: failed logins per client address, so that password guessing is slowed
per address as well as per account (sync.server.login_limits). Old rows are pruned by the server.

Revision ID: s0004
Revises: s0003
Create Date: 2026-12-04
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0004"
down_revision = "s0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_address_attempts",
        sa.Column("address", sa.String(length=64), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(), nullable=True),
        sa.Column("blocked_until", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("address", name=op.f("pk_login_address_attempts")),
    )
    op.create_index(op.f("ix_login_address_attempts_last_failed_at"), "login_address_attempts",
                    ["last_failed_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_login_address_attempts_last_failed_at"), table_name="login_address_attempts")
    op.drop_table("login_address_attempts")
