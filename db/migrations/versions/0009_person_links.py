"""People of the register named as travellers, signatories and meeting participants.

Revision ID: 0009
Revises: 0001
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0001"
branch_labels = None
depends_on = None

# (table, owner column, owner table)
_LINKS = (
    ("trip_travellers", "trip_id", "trips"),
    ("agreement_signatories", "agreement_id", "agreements"),
    ("meeting_participants", "meeting_id", "network_meetings"),
)


def upgrade() -> None:
    for table, owner, owner_table in _LINKS:
        op.create_table(
            table,
            sa.Column(owner, sa.Integer(), nullable=False),
            sa.Column("person_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                [owner],
                [f"{owner_table}.id"],
                name=op.f(f"fk_{table}_{owner}_{owner_table}"),
                ondelete="CASCADE",
            ),
            sa.ForeignKeyConstraint(
                ["person_id"], ["persons.id"], name=op.f(f"fk_{table}_person_id_persons")
            ),
            sa.PrimaryKeyConstraint(owner, "person_id", name=op.f(f"pk_{table}")),
        )
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_person_id"), ["person_id"], unique=False)


def downgrade() -> None:
    for table, _owner, _owner_table in reversed(_LINKS):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_person_id"))
        op.drop_table(table)
