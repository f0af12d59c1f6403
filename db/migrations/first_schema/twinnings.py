"""First schema (revision 0001): twinnings and their evaluations; the networks (chains) of towns, their members and meetings."""

# The statements Alembic wrote for the first release (only their layout is new).

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

TABLES = ("twinnings", "evaluations", "networks", "network_meetings", "network_members")


def create() -> None:
    """Create this part's tables and their indexes, in order."""
    op.create_table(
        "twinnings",
        sa.Column("town_a_id", sa.Integer(), nullable=False),
        sa.Column("town_b_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("contact_year", sa.Integer(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=True),
        sa.Column("end_decision_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_override", sa.String(length=20), nullable=True),
        sa.Column("status_override_reason", sa.Text(), nullable=True),
        sa.Column("areas", sa.JSON(), nullable=False),
        sa.Column("responsible_person_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.CheckConstraint("town_a_id < town_b_id", name=op.f("ck_twinnings_ordered_pair")),
        sa.ForeignKeyConstraint(
            ["end_decision_id"],
            ["decisions.id"],
            name=op.f("fk_twinnings_end_decision_id_decisions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["responsible_person_id"],
            ["persons.id"],
            name=op.f("fk_twinnings_responsible_person_id_persons"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["town_a_id"], ["towns.id"], name=op.f("fk_twinnings_town_a_id_towns")
        ),
        sa.ForeignKeyConstraint(
            ["town_b_id"], ["towns.id"], name=op.f("fk_twinnings_town_b_id_towns")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_twinnings")),
        sa.UniqueConstraint(
            "town_a_id", "town_b_id", name=op.f("uq_twinnings_town_a_id_town_b_id")
        ),
    )
    with op.batch_alter_table("twinnings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_twinnings_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_twinnings_town_a_id"), ["town_a_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_twinnings_town_b_id"), ["town_b_id"], unique=False)

    op.create_table(
        "evaluations",
        sa.Column("term_id", sa.Integer(), nullable=False),
        sa.Column("twinning_id", sa.Integer(), nullable=False),
        sa.Column("activity_summary", sa.Text(), nullable=True),
        sa.Column("benefit", sa.Text(), nullable=True),
        sa.Column("recommendation", sa.String(length=20), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
            name=op.f("fk_evaluations_decision_id_decisions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["term_id"],
            ["terms_of_office.id"],
            name=op.f("fk_evaluations_term_id_terms_of_office"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["twinning_id"],
            ["twinnings.id"],
            name=op.f("fk_evaluations_twinning_id_twinnings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evaluations")),
        sa.UniqueConstraint(
            "term_id", "twinning_id", name=op.f("uq_evaluations_term_id_twinning_id")
        ),
    )
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evaluations_term_id"), ["term_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_evaluations_twinning_id"), ["twinning_id"], unique=False
        )

    op.create_table(
        "networks",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("cadence_years", sa.Integer(), nullable=False),
        sa.Column("founded_year", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_networks")),
    )
    with op.batch_alter_table("networks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_networks_name"), ["name"], unique=False)

    op.create_table(
        "network_meetings",
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("host_town_id", sa.Integer(), nullable=True),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("participants", sa.Text(), nullable=True),
        sa.Column("follow_up_report", sa.Text(), nullable=True),
        sa.Column("follow_up_date", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["host_town_id"], ["towns.id"], name=op.f("fk_network_meetings_host_town_id_towns")
        ),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_network_meetings_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_meetings")),
    )
    with op.batch_alter_table("network_meetings", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_network_meetings_host_town_id"), ["host_town_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_network_meetings_network_id"), ["network_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_network_meetings_year"), ["year"], unique=False)

    op.create_table(
        "network_members",
        sa.Column("network_id", sa.Integer(), nullable=False),
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.Column("joined_year", sa.Integer(), nullable=True),
        sa.Column("left_year", sa.Integer(), nullable=True),
        sa.Column("rotation_position", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["network_id"],
            ["networks.id"],
            name=op.f("fk_network_members_network_id_networks"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_network_members_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_network_members")),
        sa.UniqueConstraint(
            "network_id", "town_id", name=op.f("uq_network_members_network_id_town_id")
        ),
    )
    with op.batch_alter_table("network_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_network_members_network_id"), ["network_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_network_members_town_id"), ["town_id"], unique=False)


def drop() -> None:
    """Drop this part's indexes and tables, in the reverse order."""
    with op.batch_alter_table("network_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_members_town_id"))
        batch_op.drop_index(batch_op.f("ix_network_members_network_id"))

    op.drop_table("network_members")
    with op.batch_alter_table("network_meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_network_meetings_year"))
        batch_op.drop_index(batch_op.f("ix_network_meetings_network_id"))
        batch_op.drop_index(batch_op.f("ix_network_meetings_host_town_id"))

    op.drop_table("network_meetings")
    with op.batch_alter_table("networks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_networks_name"))

    op.drop_table("networks")
    with op.batch_alter_table("evaluations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evaluations_twinning_id"))
        batch_op.drop_index(batch_op.f("ix_evaluations_term_id"))

    op.drop_table("evaluations")
    with op.batch_alter_table("twinnings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_twinnings_town_b_id"))
        batch_op.drop_index(batch_op.f("ix_twinnings_town_a_id"))
        batch_op.drop_index(batch_op.f("ix_twinnings_status"))

    op.drop_table("twinnings")
