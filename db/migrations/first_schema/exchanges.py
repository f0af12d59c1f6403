"""First schema (revision 0001): activities, trips and grants with the towns and organisations taking part, and the exchange rates."""

# The statements Alembic wrote for the first release (only their layout is new).

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

TABLES = (
    "activities",
    "activity_towns",
    "activity_organisations",
    "trips",
    "trip_towns",
    "grants",
    "exchange_rates",
)


def create() -> None:
    """Create this part's tables and their indexes, in order."""
    op.create_table(
        "activities",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("area", sa.String(length=40), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("municipality_took_part", sa.Boolean(), nullable=False),
        sa.Column("funding", sa.Text(), nullable=True),
        sa.Column("source_reference", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activities")),
    )
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activities_start_date"), ["start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_activities_title"), ["title"], unique=False)

    op.create_table(
        "activity_towns",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_towns_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_activity_towns_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("activity_id", "town_id", name=op.f("pk_activity_towns")),
    )
    with op.batch_alter_table("activity_towns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_activity_towns_town_id"), ["town_id"], unique=False)

    op.create_table(
        "activity_organisations",
        sa.Column("activity_id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["activity_id"],
            ["activities.id"],
            name=op.f("fk_activity_organisations_activity_id_activities"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_activity_organisations_organisation_id_organisations"),
        ),
        sa.PrimaryKeyConstraint(
            "activity_id", "organisation_id", name=op.f("pk_activity_organisations")
        ),
    )
    with op.batch_alter_table("activity_organisations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_activity_organisations_organisation_id"),
            ["organisation_id"],
            unique=False,
        )

    op.create_table(
        "trips",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("travellers", sa.Text(), nullable=True),
        sa.Column("department_id", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.Text(), nullable=True),
        sa.Column("goals", sa.Text(), nullable=True),
        sa.Column("results", sa.Text(), nullable=True),
        sa.Column("estimated_cost", sa.Numeric(precision=16, scale=2), nullable=True),
        sa.Column("actual_cost", sa.Numeric(precision=16, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("funding", sa.Text(), nullable=True),
        sa.Column("approval_decision_id", sa.Integer(), nullable=True),
        sa.Column("report_back_decision_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=30), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["approval_decision_id"],
            ["decisions.id"],
            name=op.f("fk_trips_approval_decision_id_decisions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["organisations.id"],
            name=op.f("fk_trips_department_id_organisations"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["report_back_decision_id"],
            ["decisions.id"],
            name=op.f("fk_trips_report_back_decision_id_decisions"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trips")),
    )
    with op.batch_alter_table("trips", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trips_start_date"), ["start_date"], unique=False)
        batch_op.create_index(batch_op.f("ix_trips_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_trips_title"), ["title"], unique=False)

    op.create_table(
        "trip_towns",
        sa.Column("trip_id", sa.Integer(), nullable=False),
        sa.Column("town_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["town_id"], ["towns.id"], name=op.f("fk_trip_towns_town_id_towns")
        ),
        sa.ForeignKeyConstraint(
            ["trip_id"], ["trips.id"], name=op.f("fk_trip_towns_trip_id_trips"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("trip_id", "town_id", name=op.f("pk_trip_towns")),
    )
    with op.batch_alter_table("trip_towns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_trip_towns_town_id"), ["town_id"], unique=False)

    op.create_table(
        "grants",
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("payer_town_id", sa.Integer(), nullable=True),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Numeric(precision=16, scale=2), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("conditions", sa.Text(), nullable=True),
        sa.Column("decision_id", sa.Integer(), nullable=True),
        sa.Column("report_due", sa.Date(), nullable=True),
        sa.Column("report_received", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
            name=op.f("fk_grants_decision_id_decisions"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisations.id"],
            name=op.f("fk_grants_organisation_id_organisations"),
        ),
        sa.ForeignKeyConstraint(
            ["payer_town_id"], ["towns.id"], name=op.f("fk_grants_payer_town_id_towns")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_grants")),
    )
    with op.batch_alter_table("grants", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_grants_organisation_id"), ["organisation_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_grants_payer_town_id"), ["payer_town_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_grants_year"), ["year"], unique=False)

    op.create_table(
        "exchange_rates",
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("rate_to_sek", sa.Numeric(precision=16, scale=6), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_rates")),
        sa.UniqueConstraint("currency", "year", name=op.f("uq_exchange_rates_currency_year")),
    )


def drop() -> None:
    """Drop this part's indexes and tables, in the reverse order."""
    op.drop_table("exchange_rates")
    with op.batch_alter_table("grants", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_grants_year"))
        batch_op.drop_index(batch_op.f("ix_grants_payer_town_id"))
        batch_op.drop_index(batch_op.f("ix_grants_organisation_id"))

    op.drop_table("grants")
    with op.batch_alter_table("trip_towns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trip_towns_town_id"))

    op.drop_table("trip_towns")
    with op.batch_alter_table("trips", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_trips_title"))
        batch_op.drop_index(batch_op.f("ix_trips_status"))
        batch_op.drop_index(batch_op.f("ix_trips_start_date"))

    op.drop_table("trips")
    with op.batch_alter_table("activity_organisations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_organisations_organisation_id"))

    op.drop_table("activity_organisations")
    with op.batch_alter_table("activity_towns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activity_towns_town_id"))

    op.drop_table("activity_towns")
    with op.batch_alter_table("activities", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_activities_title"))
        batch_op.drop_index(batch_op.f("ix_activities_start_date"))

    op.drop_table("activities")
