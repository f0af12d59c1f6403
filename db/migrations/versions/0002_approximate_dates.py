"""dates as precisely as known: an EDTF companion column beside each history date

Revision ID: 0002
Revises: 0003
Create Date: 2026-12-06 02:40:00

Each history date keeps its column (a date or a year), which from now on holds
the earliest day the date can mean; beside it a text column holds the date as
known, in EDTF ("194X", "1949~", "2014-21"). Existing rows keep their value and
an empty companion, which reads as what the column always meant: a date column
a day, a year column a year. Nothing is rewritten, so nothing can be lost.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0002'
down_revision = '0003'
branch_labels = None
depends_on = None

COMPANIONS = {
    'twinnings': ('contact_year', 'start_date', 'end_date'),
    'decisions': ('decided_on',),
    'policy_documents': ('decided_on', 'revise_by'),
    'member_counts': ('year',),
    'organisations': ('founded',),
    'network_members': ('joined_year', 'left_year'),
    'networks': ('founded_year',),
    'agreements': ('signed_date',),
}


def upgrade() -> None:
    for table, columns in COMPANIONS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in columns:
                batch_op.add_column(sa.Column(f'{column}_edtf', sa.String(length=20), nullable=True))


def downgrade() -> None:
    for table, columns in COMPANIONS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in reversed(columns):
                batch_op.drop_column(f'{column}_edtf')
