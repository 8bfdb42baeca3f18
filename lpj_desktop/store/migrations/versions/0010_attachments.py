"""attachments: the synced `attachment` record and the local upload queue (issue 23)

A distinct revision id and file name from the other branches' 0007 migrations: whoever merges
re-points down_revision to the head of main at that time.

Revision ID: 0010_attachments
Revises: 0009
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from lpj_desktop.store.base import UTCDateTime

revision = "0010_attachments"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "attachment",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("deleted_at", UTCDateTime(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.Column("parent_entity", sa.String(16), nullable=False),
        sa.Column("parent_id", sa.String(64), nullable=False),
        sa.Column("author_id", sa.String(36), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(100), nullable=False),
        sa.Column("file_name", sa.String(255), nullable=False),
        sa.Column("caption", sa.String(1000), nullable=True),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("thumbnail_sha256", sa.String(64), nullable=True),
        sa.Column("thumbnail_size", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_attachment"),
    )
    op.create_index("ix_attachment_parent", "attachment", ["parent_id", "parent_entity"])
    op.create_table(
        "attachment_upload",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("attachment_id", sa.String(36), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("upload_url", sa.String(500), nullable=True),
        sa.Column("offset", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("queued_at", UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_attachment_upload"),
    )
    op.create_index("ix_attachment_upload_waiting", "attachment_upload", ["state", "queued_at"])


def downgrade() -> None:
    op.drop_index("ix_attachment_upload_waiting", table_name="attachment_upload")
    op.drop_table("attachment_upload")
    op.drop_index("ix_attachment_parent", table_name="attachment")
    op.drop_table("attachment")
