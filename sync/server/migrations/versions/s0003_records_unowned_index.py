"""records: a partial index on (org_id, seq) of the unowned records (companies, contacts and
the other shared records of an organisation), for the pull branch that reads them.

Without it PostgreSQL read that branch through (org_id, seq) and dropped every owned record
(a hunter's pull after a burst of 5,000 visits: 4,950 rows read and dropped) whenever its
statistics were older than the rows, as they are on a server that has just taken a big load.
Owned records (visits, follow-ups) are not in this index, so their writes do not maintain it.

Revision ID: s0003
Revises: s0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "s0003"
down_revision = "s0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_records_org_unowned_seq", "records", ["org_id", "seq"],
                    postgresql_where=sa.text("owner_id IS NULL"),
                    sqlite_where=sa.text("owner_id IS NULL"))


def downgrade() -> None:
    op.drop_index("ix_records_org_unowned_seq", table_name="records")
