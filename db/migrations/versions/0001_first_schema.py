"""first schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-22 19:36:00.011620
"""

from __future__ import annotations

from db.migrations.first_schema import (
    agreements,
    associations,
    decisions,
    exchanges,
    housekeeping,
    places,
    twinnings,
)


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


# In the order a foreign key needs: a part refers only to itself and to parts before it.
PARTS = (places, decisions, associations, twinnings, agreements, exchanges, housekeeping)


def upgrade() -> None:
    for part in PARTS:
        part.create()


def downgrade() -> None:
    for part in reversed(PARTS):
        part.drop()
