"""Campaign letters: the channel a target's letter went by (synced, contract schema 2), and two
tables of this laptop only, the letter templates and the hunters' phone and e-mail for letters.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("campaign_target", schema=None) as batch_op:
        batch_op.add_column(sa.Column("letter_channel", sa.String(length=16), nullable=True))
    op.create_table(
        "letter_template",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("language", sa.String(length=2), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("interest_address", sa.String(length=300), nullable=False),
        sa.Column("sender_name", sa.String(length=200), nullable=False),
        sa.Column("sender_phone", sa.String(length=40), nullable=False),
        sa.Column("sender_email", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_template")),
        sa.UniqueConstraint("name", name="uq_letter_template_name"),
    )
    op.create_table(
        "letter_sender",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_letter_sender")),
    )


def downgrade() -> None:
    op.drop_table("letter_sender")
    op.drop_table("letter_template")
    with op.batch_alter_table("campaign_target", schema=None) as batch_op:
        batch_op.drop_column("letter_channel")
