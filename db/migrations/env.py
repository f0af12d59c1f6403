"""Alembic environment: always run from db.migrate with a live connection."""

from __future__ import annotations

from alembic import context

from db.models import Base
from db.search_index import is_index_table

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only the programmatic path is supported
    raise RuntimeError("Run migrations through db.migrate, which passes a connection.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite cannot ALTER most things; batch mode rebuilds the table instead.
    render_as_batch=True,
    compare_type=True,
    # The full-text index is SQL of its own (db.search_index), not a model.
    include_name=lambda name, type_, _parents: not (type_ == "table" and is_index_table(name)),
)
with context.begin_transaction():
    context.run_migrations()
