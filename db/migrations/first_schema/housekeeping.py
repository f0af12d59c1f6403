"""First schema (revision 0001): the program's own records (settings, change log, attachments, reminders, mapping reports, import columns)."""

# The statements Alembic wrote for the first release (only their layout is new).

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

TABLES = (
    "municipality_settings",
    "change_log",
    "attachments",
    "reminders",
    "mapping_reports",
    "saved_column_mappings",
)


def create() -> None:
    """Create this part's tables and their indexes, in order."""
    op.create_table(
        "municipality_settings",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("letterhead", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=5), nullable=False),
        sa.Column("rules", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_municipality_settings")),
    )

    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("target_kind", sa.String(length=40), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_change_log")),
    )
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_change_log_at"), ["at"], unique=False)
        batch_op.create_index(batch_op.f("ix_change_log_target_id"), ["target_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_change_log_target_kind"), ["target_kind"], unique=False
        )

    op.create_table(
        "attachments",
        sa.Column("target_kind", sa.String(length=40), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=300), nullable=False),
        sa.Column("stored_name", sa.String(length=300), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attachments")),
    )
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attachments_target_id"), ["target_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_attachments_target_kind"), ["target_kind"], unique=False
        )

    op.create_table(
        "reminders",
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reminders")),
        sa.UniqueConstraint("key", name=op.f("uq_reminders_key")),
    )

    op.create_table(
        "mapping_reports",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("snapshot", sa.JSON(), nullable=True),
        sa.Column("based_on_id", sa.Integer(), nullable=True),
        sa.Column("finalised_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["based_on_id"],
            ["mapping_reports.id"],
            name=op.f("fk_mapping_reports_based_on_id_mapping_reports"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mapping_reports")),
    )

    op.create_table(
        "saved_column_mappings",
        sa.Column("header_signature", sa.String(length=64), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_column_mappings")),
        sa.UniqueConstraint(
            "header_signature", name=op.f("uq_saved_column_mappings_header_signature")
        ),
    )


def drop() -> None:
    """Drop this part's indexes and tables, in the reverse order."""
    op.drop_table("saved_column_mappings")
    op.drop_table("mapping_reports")
    op.drop_table("reminders")
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attachments_target_kind"))
        batch_op.drop_index(batch_op.f("ix_attachments_target_id"))

    op.drop_table("attachments")
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_log_target_kind"))
        batch_op.drop_index(batch_op.f("ix_change_log_target_id"))
        batch_op.drop_index(batch_op.f("ix_change_log_at"))

    op.drop_table("change_log")
    op.drop_table("municipality_settings")
