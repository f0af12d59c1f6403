"""decision proposals and reference facts

A decision can be a proposal (förslag) that a later decision takes up; the
later decision points to it. Reference facts (omvärldsfakta) are a new table.
Existing decisions become ordinary decisions with no proposal.

Revision ID: 0005
Revises: 0002
Create Date: 2026-12-06 02:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ALTER TABLE ADD COLUMN, not a batch rebuild: rebuilding "decisions" drops
    # the old table, and with foreign keys on, SQLite cascades that drop to every
    # decision link. So proposal_id carries no foreign key (SQLite cannot add one
    # without a rebuild); the services clear it when the proposal is deleted, as
    # they do for every optional reference.
    op.add_column(
        "decisions", sa.Column("is_proposal", sa.Boolean(), server_default="0", nullable=False)
    )
    op.add_column("decisions", sa.Column("proposal_id", sa.Integer(), nullable=True))
    op.create_index(op.f("ix_decisions_proposal_id"), "decisions", ["proposal_id"], unique=False)
    op.create_table(
        "reference_facts",
        sa.Column("topic", sa.String(length=40), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("figure", sa.Numeric(precision=16, scale=6), nullable=True),
        sa.Column("unit", sa.String(length=60), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("source_title", sa.String(length=300), nullable=False),
        sa.Column("source_publisher", sa.String(length=300), nullable=True),
        sa.Column("source_url", sa.String(length=500), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reference_facts")),
    )
    with op.batch_alter_table("reference_facts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reference_facts_topic"), ["topic"], unique=False)
        batch_op.create_index(batch_op.f("ix_reference_facts_year"), ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("reference_facts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reference_facts_year"))
        batch_op.drop_index(batch_op.f("ix_reference_facts_topic"))
    op.drop_table("reference_facts")
    op.drop_index(op.f("ix_decisions_proposal_id"), table_name="decisions")
    op.drop_column("decisions", "proposal_id")
    op.drop_column("decisions", "is_proposal")
