"""mapping text blocks: paragraphs she saves once and inserts into later mapping reports

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-06 02:50:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('mapping_text_blocks',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_mapping_text_blocks')),
    sa.UniqueConstraint('name', name=op.f('uq_mapping_text_blocks_name'))
    )


def downgrade() -> None:
    op.drop_table('mapping_text_blocks')
