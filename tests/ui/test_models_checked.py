"""Every item model of the interface passes Qt's model tester with real rows in it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.demo import write_demo
from app.importing.rows import Problem
from app.places import all_countries
from app.workflow.terms import evaluation_sheet
from app.workspace import Workspace
from ui.forms.widgets.combo import EntryModel, make_entry
from ui.importing.wizard import ProblemModel
from ui.todo.term_view import EvaluationTableModel


def test_evaluation_sheet_model(qtmodeltester: Any, tmp_path: Path) -> None:
    """The term evaluation table, filled from the demo's 2022–2026 term."""
    write_demo(tmp_path / "demo.sqlite3")
    workspace = Workspace.open(tmp_path / "demo.sqlite3")
    term = next(t for t in workspace.get_many("term") if t.start_year == 2022)
    rows = evaluation_sheet(workspace.database, term.id)
    assert rows
    model = EvaluationTableModel()
    model.set_rows(rows)
    assert model.rowCount() == len(rows)
    qtmodeltester.check(model)
    workspace.close()


def test_import_problem_model(qtmodeltester: Any) -> None:
    """The preview's problems: with a row, without a row, and none at all."""
    model = ProblemModel()
    qtmodeltester.check(model)
    model.set_problems(
        [
            Problem(4, "Land", "Findland is not a country or area this program knows."),
            Problem(None, "", "The file has no column for the town."),
        ]
    )
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "4"
    qtmodeltester.check(model)


def test_searchable_combo_entry_model(qtmodeltester: Any) -> None:
    """The country picker's entries, with the empty first row of an optional field."""
    model = EntryModel()
    entries = [make_entry(c.name("sv"), c.code) for c in all_countries()]
    model.set_entries(entries, blank=True)
    assert model.rowCount() == len(entries) + 1
    qtmodeltester.check(model)
