"""users: whether the account is active (the server's user record, schema 3)

A hunter who has left is deactivated on the server; the user record says so and every laptop
keeps it here, so that nobody hands work to them. Every user already known is active until the
server says otherwise.

A distinct revision id and file name from the other branches' 0013 migrations: whoever merges
re-points down_revision to the head of main at that time.

Revision ID: 0013_user_active
Revises: 0012_outbox_state_record
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013_user_active"
down_revision = "0012_outbox_state_record"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("active", sa.Boolean(), server_default=sa.true(), nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("app_user", schema=None) as batch_op:
        batch_op.drop_column("active")
