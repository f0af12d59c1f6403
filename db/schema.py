"""Recognising a Vänort database without writing to it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import (
    DatabaseDamaged,
    DatabaseUnreadable,
    NewerDatabase,
    NotADatabase,
    NotAVanortDatabase,
)
from db.file_uri import read_only_uri
from db.migrate import head_revision, known_revisions

if TYPE_CHECKING:  # a file is recognised with sqlite3 alone, before SQLAlchemy is loaded
    from sqlalchemy.engine import Engine

# A table only Vänort has; a database with tables but neither this nor an
# alembic_version table belongs to some other program.
SIGNATURE_TABLE = "twinnings"


@dataclass(frozen=True)
class SchemaState:
    """Where a database's schema stands against the newest migration."""

    revision: str | None  # None: an empty database, ready for the first schema
    head: str

    @property
    def needs_upgrade(self) -> bool:
        """True when the database needs migrating to the newest schema."""
        return self.revision != self.head


def _classify(target: str, tables: set[str], revision: str | None) -> SchemaState:
    head = head_revision()
    if not tables:
        return SchemaState(None, head)
    if "alembic_version" not in tables or revision is None:
        raise NotAVanortDatabase(target)
    if revision not in known_revisions():
        if SIGNATURE_TABLE in tables:
            raise NewerDatabase(target, revision)
        raise NotAVanortDatabase(target)
    return SchemaState(revision, head)


def inspect_sqlite_file(path: Path) -> SchemaState:
    """Read the schema revision of an SQLite file opened read-only (nothing is written)."""
    uri = read_only_uri(path)
    try:
        connection = sqlite3.connect(uri, uri=True)
        try:
            rows = connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table'"
            ).fetchall()
            tables = {row[0] for row in rows}
            revision = None
            if "alembic_version" in tables:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = found[0] if found else None
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        if "not a database" in str(error) or "file is encrypted" in str(error):
            raise NotADatabase(str(path)) from error
        if "malformed" in str(error):
            # Damage that reaches even the list of tables: SQLite says so itself.
            raise DatabaseDamaged(str(path), str(error)) from error
        raise DatabaseUnreadable(str(path), str(error)) from error
    return _classify(str(path), tables, revision)


def inspect_engine(engine: Engine) -> SchemaState:
    """The same check through an engine (for database servers)."""
    from sqlalchemy import inspect, text

    reader = engine
    if engine.dialect.name == "postgresql":
        # Two reads need no transaction: BEGIN and ROLLBACK would add two round trips.
        reader = engine.execution_options(isolation_level="AUTOCOMMIT")
    with reader.connect() as connection:
        tables = set(inspect(connection).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return _classify(str(engine.url), tables, revision)
