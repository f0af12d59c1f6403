"""First schema (revision 0001): the towns and their other names, which every other part points to."""

# The statements Alembic wrote for the first release (only their layout is new).

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

TABLES = ("towns", "town_names")


def create() -> None:
    """Create this part's tables and their indexes, in order."""
    op.create_table(
        "towns",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("local_name", sa.String(length=200), nullable=True),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("region", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("population", sa.Integer(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("website", sa.String(length=500), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("is_home", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_towns")),
    )
    with op.batch_alter_table("towns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_towns_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_towns_is_home"), ["is_home"], unique=False)
        batch_op.create_index(batch_op.f("ix_towns_name"), ["name"], unique=False)

    op.create_table(
        "town_names",
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_town_names_town_id_towns"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_town_names")),
        sa.UniqueConstraint("town_id", "name", name=op.f("uq_town_names_town_id_name")),
    )
    with op.batch_alter_table("town_names", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_town_names_name"), ["name"], unique=False)
        batch_op.create_index(batch_op.f("ix_town_names_town_id"), ["town_id"], unique=False)


def drop() -> None:
    """Drop this part's indexes and tables, in the reverse order."""
    with op.batch_alter_table("town_names", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_town_names_town_id"))
        batch_op.drop_index(batch_op.f("ix_town_names_name"))

    op.drop_table("town_names")
    with op.batch_alter_table("towns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_towns_name"))
        batch_op.drop_index(batch_op.f("ix_towns_is_home"))
        batch_op.drop_index(batch_op.f("ix_towns_country"))

    op.drop_table("towns")
