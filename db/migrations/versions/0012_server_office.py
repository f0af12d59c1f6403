"""an office on a server: the change log's times with a time zone, attachments in the database

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-06 05:50:00

``attachments.content`` holds the file of an attachment on a server, where there
is no folder beside the database that every colleague could reach; in a file it
stays empty (the files are in the folder beside it).

On PostgreSQL ``change_log.at`` becomes ``timestamp with time zone``; the stored
naive values were UTC and are read as such. SQLite keeps the same text (it has
no time zone type): the program reads a naive value there as UTC, so nothing
needs rewriting and a large change log is not copied for nothing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.add_column(sa.Column("content", sa.LargeBinary(), nullable=True))
    if op.get_bind().dialect.name != "postgresql":
        return
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.alter_column(
            "at",
            existing_type=sa.DateTime(),
            type_=sa.DateTime(timezone=True),
            existing_nullable=True,
            postgresql_using="at AT TIME ZONE 'UTC'",
        )


def downgrade() -> None:
    with op.batch_alter_table("attachments", schema=None) as batch_op:
        batch_op.drop_column("content")
    if op.get_bind().dialect.name != "postgresql":
        return
    with op.batch_alter_table("change_log", schema=None) as batch_op:
        batch_op.alter_column(
            "at",
            existing_type=sa.DateTime(timezone=True),
            type_=sa.DateTime(),
            existing_nullable=True,
            postgresql_using="at AT TIME ZONE 'UTC'",
        )
