"""First schema (revision 0001): agreements, their actions and their parties."""

# The statements Alembic wrote for the first release (only their layout is new).

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

TABLES = ("agreements", "agreement_actions", "agreement_parties")


def create() -> None:
    """Create this part's tables and their indexes, in order."""
    op.create_table(
        "agreements",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("signed_date", sa.Date(), nullable=True),
        sa.Column("signatories", sa.Text(), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=True),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("review_date", sa.Date(), nullable=True),
        sa.Column("lead_days", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("priority_areas", sa.JSON(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreements_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreements_title"), ["title"], unique=False)

    op.create_table(
        "agreement_actions",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("done_date", sa.Date(), nullable=True),
        sa.Column("responsible", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_actions_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_actions")),
    )
    with op.batch_alter_table("agreement_actions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_actions_agreement_id"), ["agreement_id"], unique=False
        )

    op.create_table(
        "agreement_parties",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("town_id", sa.Integer(), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(town_id IS NOT NULL) OR (organisation_id IS NOT NULL)",
            name=op.f("ck_agreement_parties_town_or_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_parties_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_agreement_parties_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_agreement_parties_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_parties")),
    )
    with op.batch_alter_table("agreement_parties", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_parties_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agreement_parties_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agreement_parties_town_id"), ["town_id"], unique=False)


def drop() -> None:
    """Drop this part's indexes and tables, in the reverse order."""
    with op.batch_alter_table("agreement_parties", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_parties_town_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_parties_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_parties_agreement_id"))

    op.drop_table("agreement_parties")
    with op.batch_alter_table("agreement_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_actions_agreement_id"))

    op.drop_table("agreement_actions")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreements_title"))
        batch_op.drop_index(batch_op.f("ix_agreements_status"))

    op.drop_table("agreements")
