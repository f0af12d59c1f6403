"""The start: a file is opened without an engine, and its name and language read without one.

The window shows before SQLAlchemy is loaded (tests/ui/test_fast_start.py); these
are the pieces that make it so, and what they must still get right.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app.register import open_read_only, open_register
from app.workspace import Workspace
from db.start_reads import NameAndLanguage


def _named(path: Path, name: str, language: str) -> None:
    workspace = Workspace.open(path)
    try:
        stored = workspace.settings()
        workspace.save_settings(dataclasses.replace(stored, name=name, language=language))
    finally:
        workspace.close()


def test_opening_a_file_makes_no_engine_until_the_first_read(vanort_file: Path) -> None:
    database = open_register(vanort_file, daily_backup=False)
    try:
        assert not database.has_engine
        with database.reading() as session:
            assert session.connection().exec_driver_sql("SELECT count(*) FROM towns").scalar()
        assert database.has_engine
    finally:
        database.close()


def test_the_name_and_language_are_read_before_the_engine_and_after_alike(
    vanort_file: Path,
) -> None:
    _named(vanort_file, "Vänersborgs kommun", "en")
    workspace = Workspace.open(vanort_file)
    try:
        before = workspace.name_and_language()  # sqlite3: no engine yet
        assert not workspace.database.has_engine
        assert before == NameAndLanguage("Vänersborgs kommun", "en")
        settings = workspace.settings()  # the ORM makes the engine
        assert workspace.database.has_engine
        assert workspace.name_and_language() == before  # now through SQLAlchemy's text()
        assert (settings.name, settings.language) == (before.name, before.language)
    finally:
        workspace.close()


def test_a_register_without_settings_gives_the_defaults(vanort_file: Path) -> None:
    import sqlite3

    connection = sqlite3.connect(vanort_file)
    with connection:
        connection.execute("DELETE FROM municipality_settings")
    connection.close()
    workspace = Workspace.open(vanort_file)
    try:
        assert workspace.name_and_language() == NameAndLanguage("", "sv")
        assert workspace.settings().language == "sv"
    finally:
        workspace.close()


def test_reading_the_name_of_a_file_opened_read_only_leaves_nothing_beside_it(
    vanort_file: Path,
) -> None:
    before = sorted(p.name for p in vanort_file.parent.iterdir())
    database = open_read_only(vanort_file)
    workspace = Workspace(database)
    workspace.read_only = True
    try:
        assert workspace.name_and_language().language == "sv"
        assert sorted(p.name for p in vanort_file.parent.iterdir()) == before
    finally:
        workspace.close()
