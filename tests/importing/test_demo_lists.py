"""The demo register's lists (resources/demo/) read as a coordinator's files are read: every
heading names a field in either language, every row becomes a record, and a broken list is
refused with the file, row and reason named."""

from __future__ import annotations

import csv
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import i18n
from app.demo.register_files import DEMO_LISTS, DemoListError, demo_folder, import_demo_lists
from app.importing.columns import suggest_columns
from app.importing.fields import import_kind
from app.importing.importer import ImportOptions, initial_columns, open_table, read_file, run_import
from app.workspace import Workspace


@pytest.fixture
def empty(tmp_path: Path) -> Iterator[Workspace]:
    workspace = Workspace.create(tmp_path / "register.sqlite3", municipality="Vänersborgs kommun")
    yield workspace
    workspace.close()


@pytest.fixture(autouse=True)
def back_to_english() -> Iterator[None]:
    yield
    i18n.set_language("en")


def _rows(file_name: str) -> int:
    with (demo_folder() / file_name).open(encoding="utf-8", newline="") as stream:
        return sum(1 for _ in csv.reader(stream, delimiter=";")) - 1


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize(("file_name", "kind"), DEMO_LISTS)
def test_every_heading_of_a_demo_list_names_a_field(
    file_name: str, kind: str, language: str
) -> None:
    """Whatever language the program speaks, no column of a demo list is left unread."""
    i18n.set_language(language)
    table = open_table(demo_folder() / file_name)
    column_choice = suggest_columns(import_kind(kind), table.headers)
    assert sorted(column_choice.values()) == list(range(len(table.headers)))


def test_every_row_of_the_demo_lists_becomes_one_record(empty: Workspace) -> None:
    """Counted from the files themselves: each row is one new record of its list's kind."""
    import_demo_lists(empty.database)
    for file_name, kind in DEMO_LISTS:
        record_kind = import_kind(kind).record_kind
        assert len(empty.get_many(record_kind)) == _rows(file_name), file_name


def test_a_broken_demo_list_is_refused_naming_the_file_row_and_reason(
    empty: Workspace, tmp_path: Path
) -> None:
    """A meeting naming a chain that is not in the lists stops the build with why."""
    folder = tmp_path / "demo"
    shutil.copytree(demo_folder(), folder)
    meetings = folder / "vanortsmoten.csv"
    text = meetings.read_text(encoding="utf-8")
    meetings.write_text(
        text.replace("Den nordiska vänortskedjan", "Den baltiska kedjan", 1), encoding="utf-8"
    )
    with pytest.raises(DemoListError) as refused:
        import_demo_lists(empty.database, folder)
    assert str(refused.value) == (
        "vanortsmoten.csv: row 2 Vänortskedja: There is no network called “Den baltiska kedjan” "
        "in the register; import the networks first."
    )
    # The lists before it were imported; nothing of the refused one was.
    assert empty.get_many("meeting") == []
    assert len(empty.get_many("network_member")) == _rows("kedjans_medlemmar.csv")


def test_a_new_demo_register_remembers_no_column_choices(empty: Workspace) -> None:
    """The wizard offers the coordinator none of the demo's columns as if she had chosen them."""
    import_demo_lists(empty.database)
    tables = {name: open_table(demo_folder() / name) for name, _kind in DEMO_LISTS}
    for file_name, kind in DEMO_LISTS:
        assert not initial_columns(empty.database, tables[file_name], kind).remembered, file_name
    # The same list imported by the coordinator is remembered: the check above can see it.
    file_name, kind = DEMO_LISTS[-1]
    choice = initial_columns(empty.database, tables[file_name], kind)
    parsed = read_file(empty.database, tables[file_name], choice.kind, choice.columns)
    run_import(empty.database, parsed, ImportOptions(merge_all=True, skip_invalid=True))
    assert initial_columns(empty.database, tables[file_name], kind).remembered
