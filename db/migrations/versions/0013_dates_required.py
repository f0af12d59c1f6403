"""a decision's date and a governing document revision's date may no longer be empty

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 11:15:00

``decisions.decided_on`` and ``policy_revisions.revised_on`` were nullable from the
first schema, but every version of the program has required both: the form and the
record service refuse a decision or a revision without its date, and the importer
skips such a row. So every row the program wrote has its date, and the columns can
say so.

SQLite changes a column's NOT NULL only by rebuilding the table, and dropping the
old table fires the foreign keys' actions (a decision's links are deleted, a trip's
approving decision is emptied) and takes the table's search triggers with it; the
rows pointing at a rebuilt table are therefore kept aside and put back, and the
triggers made again, so that every link survives.

A row left empty by some other program cannot be given a date without
inventing one: the upgrade then refuses the file (:class:`db.errors.UndatedRecords`)
and, in the one transaction of the upgrade, leaves it as it was.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from db.errors import UndatedRecords
from db.search_index import Source, trigger_sql

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

DATES = (("decisions", "decided_on"), ("policy_revisions", "revised_on"))

# The search sources of the two tables as they are at this revision (see 0010).
_SEARCHED = (
    Source(12, "decisions", "decision", ("title", "body_name", "section", "registry_no", "summary", "outcome", "distribution")),
    Source(17, "policy_revisions", "policy_revision", ("section", "registry_no", "description")),
)  # fmt: skip


def _refuse_empty_dates() -> None:
    bind = op.get_bind()
    empty = []
    for table, column in DATES:
        ids = bind.execute(sa.text(f"SELECT id FROM {table} WHERE {column} IS NULL")).scalars()
        empty += [f"{table} {record_id}" for record_id in ids]
    if empty:
        if bind.dialect.name == "sqlite":
            # The engine connects through a function, so its URL does not name the file.
            files = bind.exec_driver_sql("PRAGMA database_list").mappings()
            target = next(f["file"] for f in files if f["name"] == "main")
        else:
            target = bind.engine.url.render_as_string(hide_password=True)
        raise UndatedRecords(target, ", ".join(empty))


def _pointing_rows(table: str) -> list[tuple[str, str, str, list[sa.Row[Any]]]]:
    """Every row of another table whose foreign key names a row of ``table``."""
    bind = op.get_bind()
    kept = []
    names = bind.execute(sa.text("SELECT name FROM sqlite_master WHERE type = 'table'")).scalars()
    for child in list(names):
        for key in bind.exec_driver_sql(f'PRAGMA foreign_key_list("{child}")').mappings():
            if key["table"] != table:
                continue
            column, action = key["from"], key["on_delete"]
            rows = bind.exec_driver_sql(f'SELECT * FROM "{child}" WHERE "{column}" IS NOT NULL')
            kept.append((child, column, action, list(rows)))
    return kept


def _put_back(kept: list[tuple[str, str, str, list[sa.Row[Any]]]]) -> None:
    bind = op.get_bind()
    for child, column, action, rows in kept:
        for row in rows:
            values = row._asdict()
            if action == "CASCADE":
                names = ", ".join(f'"{name}"' for name in values)
                marks = ", ".join(f":{name}" for name in values)
                statement = f'INSERT INTO "{child}" ({names}) VALUES ({marks})'
            else:
                statement = f'UPDATE "{child}" SET "{column}" = :{column} WHERE id = :id'
            bind.execute(sa.text(statement), values)


def _rebuild(table: str, column: str, *, nullable: bool) -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    kept = _pointing_rows(table) if sqlite else []
    with op.batch_alter_table(table, schema=None) as batch_op:
        batch_op.alter_column(column, existing_type=sa.Date(), nullable=nullable)
    if not sqlite:
        return
    _put_back(kept)
    for source in _SEARCHED:
        if source.table == table:
            for statement in trigger_sql(source):
                op.get_bind().exec_driver_sql(statement)


def upgrade() -> None:
    _refuse_empty_dates()
    for table, column in DATES:
        _rebuild(table, column, nullable=False)


def downgrade() -> None:
    for table, column in DATES:
        _rebuild(table, column, nullable=True)
