"""What the window needs before its first view: the municipality's name and language.

Read with one SQL string, by sqlite3 while a file's engine is not made yet and by
SQLAlchemy's ``text()`` once it is (or on a server), so the window can appear
before SQLAlchemy and the models are loaded (they come on the reading thread).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.file_uri import read_only_uri

if TYPE_CHECKING:
    from db.session import Database

# The register's settings row is the first one (app.services.settings reads the same).
NAME_AND_LANGUAGE = "SELECT name, language FROM municipality_settings ORDER BY id LIMIT 1"


@dataclass(frozen=True)
class NameAndLanguage:
    """The municipality's name ("" when not given) and the register's language ("sv", "en")."""

    name: str = ""
    language: str = "sv"


def name_and_language(database: Database) -> NameAndLanguage:
    """The register's name and language; the defaults when no settings were saved."""
    if database.path is not None and not database.has_engine:
        # Read-only: this read must not make a -wal file beside a file opened read-only.
        connection = sqlite3.connect(read_only_uri(database.path), uri=True)
        try:
            row = connection.execute(NAME_AND_LANGUAGE).fetchone()
        finally:
            connection.close()
    else:
        from sqlalchemy import text

        with database.reading() as session:
            row = session.execute(text(NAME_AND_LANGUAGE)).first()
    if row is None:
        return NameAndLanguage()
    return NameAndLanguage(row[0] or "", row[1] or "sv")
