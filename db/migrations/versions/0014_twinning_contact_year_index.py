"""an index on the twinnings' year of first contact, the twinnings list's own order

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 11:30:00

The twinnings page shows its first screen before the rest of a long list: the
first rows by year of first contact. With this index the database reads just
those rows in order instead of sorting every twinning of a Europe-sized register
first. No data changes.
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("twinnings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_twinnings_contact_year"), ["contact_year"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("twinnings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_twinnings_contact_year"))
