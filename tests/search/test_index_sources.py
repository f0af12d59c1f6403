"""The search index's sources: every text field of every kind, and the migrations agreeing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.services.kinds import KINDS
from app.workspace import Workspace
from db.search_index import SOURCES, install_statements

SEARCHED_TYPES = ("text", "longtext", "email", "url")


def test_every_text_field_of_every_kind_is_searched() -> None:
    """A text field added to a kind without being added to the index is noticed here."""
    indexed = {(s.kind, c) for s in SOURCES if s.record_column == "id" for c in s.columns}
    wanted = {
        (kind, f.name)
        for kind, spec in KINDS.items()
        for f in spec.fields
        if f.type in SEARCHED_TYPES and hasattr(spec.model, f.name)
    }
    assert wanted - indexed == set()
    tables = {spec.model.__tablename__: kind for kind, spec in KINDS.items()}
    for source in SOURCES:
        if source.record_column == "id" and source.kind in KINDS:
            assert tables[source.table] == source.kind


def test_source_numbers_are_unique_and_fit_the_rowid() -> None:
    """A source's number is part of every rowid: two sources must never share one."""
    numbers = [s.number for s in SOURCES]
    assert len(set(numbers)) == len(numbers)
    assert all(0 < n < 2**22 for n in numbers)


def _schema_sql(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute(
        "SELECT sql FROM sqlite_master WHERE name LIKE 'search_index%' AND type = 'trigger'"
    )
    return {sql for (sql,) in rows}


def test_the_migrated_triggers_are_the_ones_the_sources_describe(tmp_path: Path) -> None:
    """The migrations' copy of the sources and db.search_index.SOURCES agree, like the models."""
    Workspace.create(tmp_path / "migrated.sqlite3").close()
    migrated = sqlite3.connect(tmp_path / "migrated.sqlite3")
    try:
        from_migrations = _schema_sql(migrated)
        for statement in install_statements():
            migrated.execute(statement)
        assert from_migrations and _schema_sql(migrated) == from_migrations
    finally:
        migrated.close()
