"""the municipality's Word template in the settings

Revision ID: 0006
Revises: 0008
Create Date: 2026-12-06 02:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0006'
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('municipality_settings', schema=None) as batch_op:
        batch_op.add_column(sa.Column('word_template', sa.LargeBinary(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('municipality_settings', schema=None) as batch_op:
        batch_op.drop_column('word_template')
