"""Migrations: from nothing to the newest schema, and the models and the migrations agreeing.

The checked-in database of the first schema upgrading with its data intact is in
test_upgrade_0001.py.
"""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from db.engine import make_engine
from db.migrate import current_revision, head_revision, known_revisions, upgrade
from db.models import Base


def test_upgrade_from_an_empty_file_reaches_the_newest_revision(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "ny.sqlite3", create=True)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            tables = set(inspect(connection).get_table_names())
        assert set(Base.metadata.tables) <= tables
        upgrade(engine)  # a second run changes nothing and does not fail
        with engine.connect() as connection:
            assert current_revision(connection) == head_revision()
    finally:
        engine.dispose()


def test_the_models_and_the_migrations_agree(tmp_path: Path) -> None:
    engine = make_engine(tmp_path / "jamfor.sqlite3", create=True)
    try:
        upgrade(engine)
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection,
                opts={
                    "compare_type": True,
                    "compare_server_default": True,
                    # The search index is FTS5 SQL of its own, not a model (db.search_index).
                    "include_name": _not_the_search_index,
                },
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == [], "models differ from the migrations; write a migration"


def _not_the_search_index(name: str | None, type_: str, _parents: object) -> bool:
    from db.search_index import is_index_table

    return not (type_ == "table" and is_index_table(name))


def test_a_model_change_without_a_migration_would_be_noticed(tmp_path: Path) -> None:
    # The check above is only worth something if it can see a difference.
    from sqlalchemy import Column, Integer, MetaData, Table

    engine = make_engine(tmp_path / "jamfor.sqlite3", create=True)
    try:
        upgrade(engine)
        changed = MetaData()
        for table in Base.metadata.tables.values():
            table.to_metadata(changed)
        Table("not_migrated", changed, Column("id", Integer, primary_key=True))
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"include_name": _not_the_search_index}
            )
            differences = compare_metadata(context, changed)
    finally:
        engine.dispose()
    assert [d[0] for d in differences] == ["add_table"]


def test_the_first_revision_is_known_to_this_version() -> None:
    assert "0001" in known_revisions()
