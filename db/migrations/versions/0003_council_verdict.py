"""the council's verdict on each twinning after a term's evaluation

Revision ID: 0003
Revises: 0009
Create Date: 2026-12-06 02:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Existing evaluations keep every value; their verdict is simply not recorded yet.
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("verdict", sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_column("verdict")
