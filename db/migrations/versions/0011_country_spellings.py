"""countries as an import's file wrote them, remembered for the next import

Revision ID: 0011
Revises: 0006
Create Date: 2026-12-06 05:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_country_spellings",
        sa.Column("spelling_key", sa.String(length=200), nullable=False),
        sa.Column("written", sa.String(length=200), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_country_spellings")),
        sa.UniqueConstraint("spelling_key", name=op.f("uq_saved_country_spellings_spelling_key")),
    )


def downgrade() -> None:
    op.drop_table("saved_country_spellings")
