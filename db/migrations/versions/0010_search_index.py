"""search everywhere: a full-text index of every record's text, kept current by triggers

Revision ID: 0010
Revises: 0011
Create Date: 2026-12-06 05:00:00
"""

from __future__ import annotations

from alembic import op

from db.search_index import TABLE, Source, install

revision = "0010"
down_revision = "0011"
branch_labels = None
depends_on = None

# The sources as they are at this revision, written out rather than imported:
# db.search_index.SOURCES follows the newest schema, and a column added later
# does not exist yet when this step runs on an old file. A test keeps the two
# equal while no later revision changes them.
_SOURCES = (
    Source(1, "towns", "town", ("name", "local_name", "region", "website", "notes")),
    Source(2, "town_names", "town", ("name",), record_column="town_id"),
    Source(3, "twinnings", "twinning", ("end_reason", "status_override_reason", "notes")),
    Source(4, "networks", "network", ("name", "notes")),
    Source(5, "network_members", "network_member", ("notes",)),
    Source(6, "network_meetings", "meeting", ("place", "participants", "follow_up_report", "notes")),
    Source(7, "organisations", "organisation", ("name", "website", "email", "phone", "notes")),
    Source(8, "member_counts", "member_count", ("note",)),
    Source(9, "persons", "person", ("name", "role", "email", "phone", "languages", "notes")),
    Source(10, "agreements", "agreement", ("title", "signatories", "notes")),
    Source(11, "agreement_actions", "agreement_action", ("title", "responsible")),
    Source(12, "decisions", "decision", ("title", "body_name", "section", "registry_no", "summary", "outcome", "distribution")),
    Source(13, "trips", "trip", ("title", "travellers", "purpose", "goals", "results", "funding", "notes")),
    Source(14, "activities", "activity", ("title", "description", "funding", "source_reference")),
    Source(15, "grants", "grant", ("conditions", "notes")),
    Source(16, "policy_documents", "policy", ("title", "owner", "responsible_officer", "scope", "section", "registry_no", "notes")),
    Source(17, "policy_revisions", "policy_revision", ("section", "registry_no", "description")),
    Source(18, "evaluations", "evaluation", ("activity_summary", "benefit", "notes")),
    Source(19, "reference_facts", "reference_fact", ("text", "unit", "source_title", "source_publisher", "source_url", "notes")),
    Source(20, "attachments", "attachment", ("filename", "description")),
)  # fmt: skip


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return  # PostgreSQL searches with its own full-text functions (app.search)
    # Creates the table and triggers and fills the index from the existing records.
    install(bind.exec_driver_sql, _SOURCES)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    for source in _SOURCES:
        for suffix in ("ai", "au", "ad"):
            bind.exec_driver_sql(f'DROP TRIGGER IF EXISTS "{TABLE}_{source.table}_{suffix}"')
    bind.exec_driver_sql(f"DROP TABLE IF EXISTS {TABLE}")
