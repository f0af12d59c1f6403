"""The demo register's lists, imported from resources/demo/ as a coordinator imports hers.

Each file is one list with Swedish headings, read by the same steps as the
import wizard and ``vanort import`` (:mod:`app.importing.importer`): the columns
are suggested from the headings, every row is checked against the register and
the whole file is written in one transaction. The files are imported in an
order that lets each name what came before it: towns before the twinnings and
organisations that name them, networks before their members and meetings.
"""

from __future__ import annotations

from pathlib import Path

from app.importing.importer import (
    ImportOptions,
    ImportRefused,
    initial_columns,
    open_table,
    read_file,
    run_import,
)
from app.resource_paths import resources_dir
from db.session import Database

# (file in resources/demo/, import kind), in the order the references need.
DEMO_LISTS: tuple[tuple[str, str], ...] = (
    ("orter.csv", "towns"),
    ("vanorter.csv", "twinnings"),
    ("organisationer.csv", "organisations"),
    ("medlemsantal.csv", "members"),
    ("vanortskedjor.csv", "networks"),
    ("kedjans_medlemmar.csv", "network_members"),
    ("vanortsmoten.csv", "meetings"),
    ("vaxelkurser.csv", "exchange_rates"),
    ("bidrag.csv", "grants"),
    ("avtal.csv", "agreements"),
    ("aktiviteter.csv", "activities"),
    ("beslut.csv", "decisions"),
    ("resor.csv", "trips"),
    ("styrdokument.csv", "policies"),
    ("personer.csv", "people"),
)


class DemoListError(RuntimeError):
    """A shipped demo list does not read as it should: a fault of the program, not the user's."""


def demo_folder() -> Path:
    """Where the demo register's lists are shipped."""
    return resources_dir() / "demo"


def import_demo_lists(db: Database, folder: Path | None = None) -> None:
    """Import every list of :data:`DEMO_LISTS` into the register ``db``, in order.

    Raises :class:`DemoListError`, naming the file, its rows and their problems,
    if a heading names no field or a row has a problem; nothing of that file is
    then written.
    """
    folder = folder or demo_folder()
    for file_name, kind_name in DEMO_LISTS:
        table = open_table(folder / file_name)
        choice = initial_columns(db, table, kind_name)
        unread = [h for i, h in enumerate(table.headers) if i not in choice.columns.values()]
        if unread:
            # A heading the suggestion does not recognise would drop its column silently.
            raise DemoListError(f"{file_name}: no field for the headings {unread}")
        parsed = read_file(db, table, choice.kind, choice.columns)
        try:
            # The lists name every town as the survey does; no other names from the gazetteer.
            # Their columns are the program's choice, not the coordinator's: not remembered.
            options = ImportOptions(gazetteer_names=False, remember_columns=False)
            summary = run_import(db, parsed, options)
        except ImportRefused as refused:
            problems = "; ".join(f"row {p.row} {p.column}: {p.message}" for p in refused.problems)
            raise DemoListError(f"{file_name}: {problems}") from refused
        if summary.groups_offered:
            # Two spellings taken for one town would make the demo hold a town twice.
            raise DemoListError(f"{file_name}: {summary.log_text()}")
