"""First schema (revision 0001): decisions and what they concern, governing documents and their revisions, the terms of office."""

# The statements Alembic wrote for the first release (only their layout is new).

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

TABLES = ("decisions", "decision_links", "policy_documents", "policy_revisions", "terms_of_office")


def create() -> None:
    """Create this part's tables and their indexes, in order."""
    op.create_table(
        "decisions",
        sa.Column("body", sa.String(length=30), nullable=False),
        sa.Column("body_name", sa.String(length=200), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("section", sa.String(length=20), nullable=True),
        sa.Column("registry_no", sa.String(length=60), nullable=True),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("outcome", sa.Text(), nullable=True),
        sa.Column("distribution", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decisions")),
    )
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decisions_body"), ["body"], unique=False)
        batch_op.create_index(batch_op.f("ix_decisions_decided_on"), ["decided_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_decisions_registry_no"), ["registry_no"], unique=False)

    op.create_table(
        "decision_links",
        sa.Column("decision_id", sa.Integer(), nullable=False),
        sa.Column("target_kind", sa.String(length=40), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["decision_id"],
            ["decisions.id"],
            name=op.f("fk_decision_links_decision_id_decisions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision_links")),
        sa.UniqueConstraint(
            "decision_id",
            "target_kind",
            "target_id",
            name=op.f("uq_decision_links_decision_id_target_kind_target_id"),
        ),
    )
    with op.batch_alter_table("decision_links", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_decision_links_decision_id"), ["decision_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_decision_links_target_id"), ["target_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_decision_links_target_kind"), ["target_kind"], unique=False
        )

    op.create_table(
        "policy_documents",
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("doc_type", sa.String(length=20), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=True),
        sa.Column("responsible_officer", sa.String(length=200), nullable=True),
        sa.Column("decided_by", sa.String(length=30), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("section", sa.String(length=20), nullable=True),
        sa.Column("registry_no", sa.String(length=60), nullable=True),
        sa.Column("revise_by", sa.Date(), nullable=True),
        sa.Column("scope", sa.String(length=100), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_documents")),
    )
    with op.batch_alter_table("policy_documents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_policy_documents_revise_by"), ["revise_by"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_policy_documents_title"), ["title"], unique=False)

    op.create_table(
        "policy_revisions",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("revised_on", sa.Date(), nullable=True),
        sa.Column("section", sa.String(length=20), nullable=True),
        sa.Column("registry_no", sa.String(length=60), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["policy_documents.id"],
            name=op.f("fk_policy_revisions_document_id_policy_documents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_policy_revisions")),
    )
    with op.batch_alter_table("policy_revisions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_policy_revisions_document_id"), ["document_id"], unique=False
        )

    op.create_table(
        "terms_of_office",
        sa.Column("start_year", sa.Integer(), nullable=False),
        sa.Column("end_year", sa.Integer(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_terms_of_office")),
        sa.UniqueConstraint("start_year", name=op.f("uq_terms_of_office_start_year")),
    )


def drop() -> None:
    """Drop this part's indexes and tables, in the reverse order."""
    op.drop_table("terms_of_office")
    with op.batch_alter_table("policy_revisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_policy_revisions_document_id"))

    op.drop_table("policy_revisions")
    with op.batch_alter_table("policy_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_policy_documents_title"))
        batch_op.drop_index(batch_op.f("ix_policy_documents_revise_by"))

    op.drop_table("policy_documents")
    with op.batch_alter_table("decision_links", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_links_target_kind"))
        batch_op.drop_index(batch_op.f("ix_decision_links_target_id"))
        batch_op.drop_index(batch_op.f("ix_decision_links_decision_id"))

    op.drop_table("decision_links")
    with op.batch_alter_table("decisions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decisions_registry_no"))
        batch_op.drop_index(batch_op.f("ix_decisions_decided_on"))
        batch_op.drop_index(batch_op.f("ix_decisions_body"))

    op.drop_table("decisions")
