"""``vanort check --database PATH``: is the database file sound?

Runs SQLite's ``integrity_check`` and ``foreign_key_check``, reports the schema
revision and how many records of each kind the file holds, the home
municipality and the municipality's own rules (saying so when a rule needs a
home town and none is marked). It only reads: the file is neither upgraded
nor backed up, so checking a file changes nothing.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
from pathlib import Path

from app.cli.common import (
    Subparsers,
    add_command,
    add_database_option,
    complain,
    database_file,
    database_target,
    fill,
    say,
    say_rules,
    shown_target,
)
from app.i18n import Context, translate
from app.server_connections import is_server_url

# Counted sentences need a context object that pyside6-lupdate can read (see Context).
CommandLine = Context("CommandLine")


def register(subparsers: Subparsers) -> None:
    """Add the check command to the command line."""
    parser = add_command(
        subparsers,
        "check",
        translate(
            "CommandLine",
            "Check a database file for damage and show its schema revision and contents.",
        ),
    )
    add_database_option(parser)
    parser.add_argument(
        "target",
        nargs="?",
        metavar="PATH_OR_URL",
        help=translate("CommandLine", "The database to check, instead of --database."),
    )
    parser.set_defaults(handler=check)


def record_counts(path: Path) -> list[tuple[str, int]]:
    """(translated plural name, number of records) for every kind whose table exists."""
    from app.services.kinds import KINDS
    from db.file_uri import read_only_uri

    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        tables = {
            row[0]
            for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        counts = []
        for spec in KINDS.values():
            table = spec.model.__tablename__
            if table not in tables:
                continue  # an older schema that opening the file would upgrade
            # The table name comes from our own models, never from the user.
            (number,) = connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()
            counts.append((spec.display_plural(), int(number)))
        return counts
    finally:
        connection.close()


def home_and_rules(path: Path) -> tuple[list[str], dict[str, object] | None]:
    """The names of the towns marked as home, and the stored rules (None when unreadable)."""
    from db.file_uri import read_only_uri

    connection = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        homes = [
            str(name)
            for (name,) in connection.execute(
                "SELECT name FROM towns WHERE is_home = 1 ORDER BY name"
            )
        ]
        row = connection.execute("SELECT rules FROM municipality_settings ORDER BY id").fetchone()
    finally:
        connection.close()
    rules: dict[str, object] | None = {}
    if row is not None and row[0]:
        try:
            loaded = json.loads(row[0])
        except ValueError:
            loaded = None
        rules = loaded if isinstance(loaded, dict) else None
    return homes, rules


def _say_home_and_rules(path: Path) -> None:
    from app.rules import Rules, describe

    try:
        homes, stored = home_and_rules(path)
    except sqlite3.DatabaseError:
        return  # an older schema or a damaged file: the integrity check speaks for it
    if homes:
        say(fill(translate("CommandLine", "Home municipality: %1"), ", ".join(homes)))
    else:
        say(
            translate(
                "CommandLine",
                "Home municipality: none is marked, so the rules on trips to twin towns, "
                "hosting and grants cannot be applied; mark the municipality's own town as home.",
            )
        )
    if stored is None:
        say(translate("CommandLine", "Rules: the stored rules cannot be read; defaults apply."))
        stored = {}
    say_rules(
        describe(Rules.from_json(stored)),
        translate("CommandLine", "The municipality's own rules: none (universal reminders only)."),
    )


def check(args: argparse.Namespace) -> int:
    """Report on the database; 0 when SQLite finds nothing wrong, 1 otherwise."""
    if getattr(args, "target", None) and not getattr(args, "database", None):
        args.database = args.target  # `vanort check URL` reads as well as --database URL
    from db.backup import integrity_problems
    from db.engine import check_sqlite_file
    from db.errors import NotAVanortDatabase
    from db.schema import inspect_sqlite_file

    if is_server_url(database_target(args)):
        return _check_server(database_target(args))
    path = database_file(args)
    check_sqlite_file(path)
    state = inspect_sqlite_file(path)
    if state.revision is None:
        raise NotAVanortDatabase(str(path))
    try:
        problems = integrity_problems(path)
        counts = record_counts(path)
    except sqlite3.DatabaseError as error:
        # A damaged file can make the check itself fail; that is its finding.
        problems, counts = [str(error)], []

    say(fill(translate("CommandLine", "Database: %1"), path.resolve()))
    if state.needs_upgrade:
        revision = translate(
            "CommandLine", "Schema revision: %1 (it will be upgraded to %2 when opened)"
        )
    else:
        revision = translate("CommandLine", "Schema revision: %1 (the current one)")
    say(fill(revision, state.revision, state.head))
    if problems:
        say(CommandLine.tr("Integrity check: %n problem(s):", "", len(problems)))
        for problem in problems:
            say(f"  {problem}")
    else:
        say(translate("CommandLine", "Integrity check: no problems found."))
    if counts:
        say(translate("CommandLine", "Records:"))
        width = max(len(name) for name, _ in counts)
        for name, number in counts:
            say(f"  {name + ':':<{width + 1}} {number:>7}")
        _say_home_and_rules(path)
    if not problems:
        return 0
    complain(
        fill(
            CommandLine.tr(
                "The database %1 has %n problem(s); see the list above.",
                "",
                len(problems),
            ),
            path,
        )
    )
    return 1


def _check_server(url: str) -> int:
    """The server's schema against this version's, and every reference; 0 when sound."""
    from db.engine import make_engine
    from db.errors import NotAVanortDatabase
    from db.server_check import check_server
    from db.server_errors import server_refusal

    engine = make_engine(url)
    shown = shown_target(url)
    try:
        try:
            found = check_server(engine)
        except Exception as error:
            if type(error).__module__.startswith("db."):
                raise
            raise server_refusal(shown, error) from error
    finally:
        engine.dispose()
    if found.state.revision is None:
        raise NotAVanortDatabase(shown)
    say(fill(translate("CommandLine", "Database: %1"), shown))
    if found.state.needs_upgrade:
        revision = translate(
            "CommandLine", "Schema revision: %1 (it will be upgraded to %2 when opened)"
        )
    else:
        revision = translate("CommandLine", "Schema revision: %1 (the current one)")
    say(fill(revision, found.state.revision, found.state.head))
    if not found.problems:
        say(translate("CommandLine", "Schema and references: no problems found."))
        return 0
    say(fill(translate("CommandLine", "Integrity check: %1 problem(s):"), len(found.problems)))
    for problem in found.problems:
        say(f"  {problem}")
    complain(
        fill(
            translate("CommandLine", "The database %1 has %2 problem(s); see the list above."),
            shown,
            len(found.problems),
        )
    )
    return 1
