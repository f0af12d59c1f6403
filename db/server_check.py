"""``vanort check`` for a server: is the schema the one this version writes, and does every
reference lead to a row? PostgreSQL keeps its own pages whole, so there is no page check."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import and_, func, select
from sqlalchemy.engine import Engine

from db.models import Base
from db.schema import SchemaState, inspect_engine


@dataclass(frozen=True)
class ServerCheck:
    """What the check found: the schema state and each problem in a line."""

    state: SchemaState
    problems: list[str]


def check_server(engine: Engine) -> ServerCheck:
    """Compare the server's tables with the models and look for references to missing rows."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    state = inspect_engine(engine)
    problems: list[str] = []
    with engine.connect() as connection:
        if not state.needs_upgrade:
            context = MigrationContext.configure(connection)
            for difference in compare_metadata(context, Base.metadata):
                problems.append(f"schema: {difference}")
        for table in Base.metadata.sorted_tables:
            for constraint in table.foreign_key_constraints:
                parent = constraint.referred_table.alias("referred")
                pairs = [(e.parent, parent.c[e.column.name]) for e in constraint.elements]
                joined = table.outerjoin(parent, and_(*[child == ref for child, ref in pairs]))
                orphans = connection.execute(
                    select(func.count())
                    .select_from(joined)
                    .where(*[child.is_not(None) for child, _ in pairs])
                    .where(pairs[0][1].is_(None))
                ).scalar()
                if orphans:
                    columns = ", ".join(child.name for child, _ in pairs)
                    problems.append(
                        f"{table.name}.{columns}: {orphans} row(s) refer to a missing "
                        f"{constraint.referred_table.name} row"
                    )
    return ServerCheck(state, problems)
