"""First schema (revision 0001): organisations, the people in them and their member counts."""

# The statements Alembic wrote for the first release (only their layout is new).

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

TABLES = ("organisations", "persons", "member_counts")


def create() -> None:
    """Create this part's tables and their indexes, in order."""
    op.create_table(
        "organisations",
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("town_id", sa.Integer(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("founded", sa.Date(), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column("email", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["organisations.id"],
            name=op.f("fk_organisations_parent_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_organisations_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
    )
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisations_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_organisations_town_id"), ["town_id"], unique=False)

    op.create_table(
        "persons",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=True),
        sa.Column("organisation_id", sa.Integer(), nullable=True),
        sa.Column("email", sa.String(length=300), nullable=True),
        sa.Column("phone", sa.String(length=60), nullable=True),
        sa.Column("languages", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("dispose_after", sa.Date(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_persons_organisation_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_persons")),
    )
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_persons_name"), ["name"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_persons_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "member_counts",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_member_counts_organisation_id_organisations"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_counts")),
        sa.UniqueConstraint(
            "organisation_id", "year", name=op.f("uq_member_counts_organisation_id_year")
        ),
    )
    with op.batch_alter_table("member_counts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_member_counts_organisation_id"), ["organisation_id"], unique=False
        )


def drop() -> None:
    """Drop this part's indexes and tables, in the reverse order."""
    with op.batch_alter_table("member_counts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_counts_organisation_id"))

    op.drop_table("member_counts")
    with op.batch_alter_table("persons", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_persons_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_persons_name"))

    op.drop_table("persons")
    with op.batch_alter_table("organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisations_town_id"))
        batch_op.drop_index(batch_op.f("ix_organisations_name"))

    op.drop_table("organisations")
