"""The cycle collector runs at a slower pace during an import, and at its usual pace after."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from app.importing.collector import IMPORT_THRESHOLDS, fewer_collections
from app.importing.importer import (
    ImportOptions,
    ImportProgress,
    ImportRefused,
    initial_columns,
    read_file,
    run_import,
)
from app.importing.sources import open_table
from app.workspace import Workspace


def _csv(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "vanorter.csv"
    path.write_text("town,town_country,partner,partner_country,year\n" + rows, encoding="utf-8")
    return path


def test_an_import_reads_and_writes_at_the_slower_pace_then_restores_it(
    workspace: Workspace, tmp_path: Path
) -> None:
    """Every step the import reports runs at the import's pace; afterwards the usual one."""
    usual = gc.get_threshold()
    assert usual != IMPORT_THRESHOLDS
    seen: set[tuple[int, int, int]] = set()

    def progress(step: ImportProgress) -> None:
        seen.add(gc.get_threshold())

    table = open_table(_csv(tmp_path, "Vänersborg,SE,Lohja,FI,1950\nVänersborg,SE,Eiði,FO,1960\n"))
    choice = initial_columns(workspace.database, table, "twinnings")
    parsed = read_file(workspace.database, table, choice.kind, choice.columns, progress=progress)
    summary = run_import(workspace.database, parsed, ImportOptions(), progress=progress)
    assert summary.counts["twinning"].created == 2
    assert seen == {IMPORT_THRESHOLDS}
    assert gc.get_threshold() == usual


def test_a_refused_import_restores_the_usual_pace(workspace: Workspace, tmp_path: Path) -> None:
    """A row the import refuses ends the import with an error; the pace is restored all the same."""
    usual = gc.get_threshold()
    table = open_table(_csv(tmp_path, "Vänersborg,SE,Lohja,Ingenstansland,1950\n"))
    choice = initial_columns(workspace.database, table, "twinnings")
    parsed = read_file(workspace.database, table, choice.kind, choice.columns)
    with pytest.raises(ImportRefused):
        run_import(workspace.database, parsed, ImportOptions())
    assert gc.get_threshold() == usual


def test_overlapping_imports_restore_the_pace_when_the_last_ends() -> None:
    """Two imports at once (the window's and another): the first to end leaves the pace slow."""
    usual = gc.get_threshold()
    first, second = fewer_collections(), fewer_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold() == IMPORT_THRESHOLDS
    second.__exit__(None, None, None)
    assert gc.get_threshold() == usual
